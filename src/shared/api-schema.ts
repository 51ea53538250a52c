// Argument schemas for every invocable API method. Main validates what crosses IPC against these
// before any service runs: the renderer is treated as untrusted input.
import { z } from 'zod';
import { API_METHODS, type ApiMethod } from './api';

const id = z.string().min(1).max(200);
const metricKey = z.string().min(1).max(500);
const shortText = z.string().max(500);

/** Dropped files: bytes only, bounded so a runaway drop cannot exhaust main's memory. */
export const MAX_DROPPED_FILES = 500;
export const MAX_DROPPED_BYTES = 512 * 1024 * 1024;

const droppedFile = z.object({
  name: z.string().min(1).max(1000),
  bytes: z.instanceof(Uint8Array),
});

const regionLevel = z.enum(['province', 'city', 'district', 'county']);
const indicatorKind = z.enum(['actual', 'estimate', 'target', 'rank', 'comparison']);
const finite = z.number().finite();

export const metaPatchSchema = z
  .object({
    region: shortText.nullable().optional(),
    regionLevel: regionLevel.nullable().optional(),
    reportDate: z
      .string()
      .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'YYYY-MM-DD or YYYY-MM')
      .nullable()
      .optional(),
    reviewYear: z.number().int().min(1900).max(2200).nullable().optional(),
    title: z.string().max(2000).nullable().optional(),
  })
  .strict();

export const indicatorPatchSchema = z
  .object({
    label: z.string().min(1).max(500).optional(),
    value: finite.nullable().optional(),
    unit: z.string().min(1).max(50).nullable().optional(),
    change: z.object({ value: finite, unit: z.string().min(1).max(20) }).strict().nullable().optional(),
    approx: z.boolean().optional(),
    kind: indicatorKind.optional(),
  })
  .strict();

export const uiPatchSchema = z
  .object({
    language: z.enum(['zh', 'en']).optional(),
    view: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

export const saveRequestSchema = z
  .object({
    kind: z.enum(['csv', 'png', 'svg', 'workspace']),
    suggestedName: z.string().min(1).max(255),
    data: z.union([z.string(), z.instanceof(Uint8Array)]),
  })
  .strict();

/** Encoding names as iconv-lite knows them (gbk, big5, utf-16le, gb18030…); main checks existence. */
const encodingName = z.string().regex(/^[A-Za-z0-9_.:-]{1,40}$/, 'encoding name');

const none = z.tuple([]);

export const API_ARG_SCHEMAS = {
  getWorkspace: none,
  getReportText: z.tuple([id]),
  openFiles: none,
  openFolder: none,
  importDropped: z.tuple([
    z
      .array(droppedFile)
      .max(MAX_DROPPED_FILES)
      .refine((files) => files.reduce((n, f) => n + f.bytes.byteLength, 0) <= MAX_DROPPED_BYTES, {
        message: `dropped files exceed ${MAX_DROPPED_BYTES} bytes in total`,
      }),
  ]),
  cancelImport: z.tuple([id]),
  removeReports: z.tuple([z.array(id).max(10_000)]),
  clearDemo: none,
  updateMeta: z.tuple([id, metaPatchSchema]),
  setEncoding: z.tuple([id, encodingName]),
  updateIndicator: z.tuple([id, id, indicatorPatchSchema]),
  deleteIndicator: z.tuple([id, id]),
  mergeMetrics: z.tuple([z.array(metricKey).min(1).max(1000), metricKey]),
  splitMetric: z.tuple([metricKey]),
  renameMetric: z.tuple([metricKey, z.string().min(1).max(200).nullable()]),
  setUi: z.tuple([uiPatchSchema]),
  save: z.tuple([saveRequestSchema]),
  exportWorkspace: none,
  importWorkspace: none,
} satisfies Record<ApiMethod, z.ZodType<unknown[]>>;

export type ArgCheck = { ok: true; args: unknown[] } | { ok: false; message: string };

/** Checks the arguments of one API call; the message names the method and the offending path. */
export function checkApiArgs(method: ApiMethod, args: unknown[]): ArgCheck {
  const schema: z.ZodType<unknown[]> = API_ARG_SCHEMAS[method];
  const result = schema.safeParse(args);
  if (result.success) return { ok: true, args: result.data };
  const issues = result.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : '(arguments)'}: ${i.message}`)
    .join('; ');
  return { ok: false, message: `参数无效 / invalid arguments for ${method}: ${issues}` };
}

export function isApiMethod(name: string): name is ApiMethod {
  return (API_METHODS as readonly string[]).includes(name);
}
