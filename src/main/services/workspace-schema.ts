// The saved workspace (dataDir/workspace.json) and the exported workspace file: types and the
// zod schemas that every load and import goes through. A file that does not match is never
// trusted partially: it is set aside whole (see workspace-store.ts).
import { z } from 'zod';
import type { Indicator, LoadedDocument } from '../../core/model';
import type { IndicatorPatch, MetaPatch, MetricMapping, UiState } from '../../shared/api';
import { indicatorPatchSchema, metaPatchSchema } from '../../shared/api-schema';

export const WORKSPACE_VERSION = 1;
export const EXPORT_FORMAT = 'report-compare-workspace';

/** A user correction of one indicator, re-applied after every re-parse. */
export type IndicatorEdit = { op: 'update'; patch: IndicatorPatch } | { op: 'delete' };

export interface PersistedReport {
  id: string;
  addedAt: string;
  demo: boolean;
  /** The document as the loader returned it (meta before user edits). */
  document: LoadedDocument;
  /** The parser's output for document.text, before user edits. */
  parsed: Indicator[];
  metaEdits: MetaPatch;
  /** Indicator id → the user's correction. */
  edits: Record<string, IndicatorEdit>;
  /** The encoding the user chose (null: detected). */
  encodingOverride: string | null;
  /** Whether the original bytes are kept under dataDir/files/<id> (text formats). */
  hasOriginal: boolean;
}

export interface PersistedWorkspace {
  version: typeof WORKSPACE_VERSION;
  savedAt: string;
  /** The demo reports were offered once; clearing them must not bring them back on the next start. */
  demoSeeded: boolean;
  reports: PersistedReport[];
  mapping: MetricMapping;
  ui: UiState;
}

/** One file holding a whole workspace; original bytes as base64 so encodings can still be changed. */
export interface WorkspaceExport {
  format: typeof EXPORT_FORMAT;
  version: typeof WORKSPACE_VERSION;
  exportedAt: string;
  workspace: PersistedWorkspace;
  /** Report id → original file bytes, base64. */
  files: Record<string, string>;
}

const metaSource = z.enum(['title', 'dateline', 'filename', 'text', 'user', 'none']);
const metaField = <T extends z.ZodType>(value: T) => z.object({ value: value.nullable(), source: metaSource });

const changeSchema = z.object({ value: z.number(), unit: z.string() });

export const indicatorSchema = z.object({
  id: z.string(),
  label: z.string(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  normValue: z.number().nullable(),
  baseUnit: z.string().nullable(),
  change: changeSchema.nullable(),
  approx: z.boolean(),
  kind: z.enum(['actual', 'estimate', 'target', 'rank', 'comparison']),
  section: z.enum(['review', 'problems', 'plan', 'other']),
  metric: z.string(),
  catalogued: z.boolean(),
  start: z.number().int(),
  end: z.number().int(),
  sentenceStart: z.number().int(),
  sentenceEnd: z.number().int(),
  edited: z.boolean().optional(),
}) satisfies z.ZodType<Indicator>;

export const documentSchema = z.object({
  fileName: z.string(),
  format: z.enum(['txt', 'md', 'html', 'pdf', 'docx']),
  encoding: z.string().nullable(),
  text: z.string(),
  meta: z.object({
    region: metaField(z.string()),
    regionLevel: metaField(z.enum(['province', 'city', 'district', 'county'])),
    reportDate: metaField(z.string()),
    reviewYear: metaField(z.number()),
    title: metaField(z.string()),
  }),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  sizeBytes: z.number().nonnegative(),
  warnings: z.array(z.string()),
}) satisfies z.ZodType<LoadedDocument>;

const editSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('update'), patch: indicatorPatchSchema }),
  z.object({ op: z.literal('delete') }),
]);

/** Report ids name files under dataDir/files: keep them to a safe alphabet. */
export const reportIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);

export const persistedReportSchema = z.object({
  id: reportIdSchema,
  addedAt: z.string(),
  demo: z.boolean(),
  document: documentSchema,
  parsed: z.array(indicatorSchema),
  metaEdits: metaPatchSchema,
  edits: z.record(z.string(), editSchema),
  encodingOverride: z.string().nullable(),
  hasOriginal: z.boolean(),
}) satisfies z.ZodType<PersistedReport>;

export const mappingSchema = z.object({
  merges: z.record(z.string(), z.string()),
  names: z.record(z.string(), z.string()),
}) satisfies z.ZodType<MetricMapping>;

export const uiSchema = z.object({
  language: z.enum(['zh', 'en']),
  view: z.record(z.string(), z.unknown()),
}) satisfies z.ZodType<UiState>;

export const persistedWorkspaceSchema = z
  .object({
    version: z.literal(WORKSPACE_VERSION),
    savedAt: z.string(),
    demoSeeded: z.boolean(),
    reports: z.array(persistedReportSchema),
    mapping: mappingSchema,
    ui: uiSchema,
  })
  .refine((w) => new Set(w.reports.map((r) => r.id)).size === w.reports.length, {
    message: 'duplicate report ids',
  }) satisfies z.ZodType<PersistedWorkspace>;

export const workspaceExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(WORKSPACE_VERSION),
  exportedAt: z.string(),
  workspace: persistedWorkspaceSchema,
  files: z.record(reportIdSchema, z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/)),
}) satisfies z.ZodType<WorkspaceExport>;

export function emptyWorkspace(): PersistedWorkspace {
  return {
    version: WORKSPACE_VERSION,
    savedAt: new Date(0).toISOString(),
    demoSeeded: false,
    reports: [],
    mapping: { merges: {}, names: {} },
    ui: { language: 'zh', view: {} },
  };
}
