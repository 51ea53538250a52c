// The saved workspace and the exported workspace file: types and the zod schemas that every load
// and import goes through. On disk (see workspace-store.ts) the workspace is split: a small index
// (dataDir/workspace.json: report entries with the user's edits, mapping, UI state) and one file
// per report revision (dataDir/reports/<id>.<rev>.json: the document and the parser's figures), so a
// save only writes what changed. A file that does not match is never trusted partially: it is set
// aside whole. PersistedWorkspace is the whole workspace in memory, the export format, and the
// single-file layout of version 1 (still read, and migrated).
import { z } from 'zod';
import type { Indicator, LoadedDocument } from '../../core/model';
import type { IndicatorPatch, MetaPatch, MetricMapping, UiState } from '../../shared/api';
import { indicatorPatchSchema, metaPatchSchema } from '../../shared/api-schema';

export const WORKSPACE_VERSION = 1;
/** Version of the split layout's index file (version 1 was the single file holding everything). */
export const INDEX_VERSION = 2;
export const EXPORT_FORMAT = 'report-compare-workspace';
export const REPORT_FILE_FORMAT = 'report-compare-report';

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
  /** Which parser gave `parsed` (PARSER_VERSION); absent in workspaces saved before it was kept. */
  parserVersion?: string;
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
  bound: z.enum(['at-most', 'at-least', 'about']).optional(),
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
  parserVersion: z.string().optional(),
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

/** One report in the index: everything but the large parts, and which revision file holds those. */
export interface IndexEntry {
  id: string;
  /** The report's body is in reports/<id>.<rev>.json. */
  rev: number;
  addedAt: string;
  demo: boolean;
  metaEdits: MetaPatch;
  edits: Record<string, IndicatorEdit>;
  encodingOverride: string | null;
  hasOriginal: boolean;
}

export interface WorkspaceIndex {
  version: typeof INDEX_VERSION;
  savedAt: string;
  demoSeeded: boolean;
  reports: IndexEntry[];
  mapping: MetricMapping;
  ui: UiState;
}

/** dataDir/reports/<id>.<rev>.json: written once per revision, never changed. The small fields are
 *  repeated so the reports can be recovered when the index is lost. */
export interface ReportFile {
  format: typeof REPORT_FILE_FORMAT;
  id: string;
  rev: number;
  addedAt: string;
  demo: boolean;
  encodingOverride: string | null;
  hasOriginal: boolean;
  document: LoadedDocument;
  parsed: Indicator[];
  parserVersion?: string;
}

export const indexEntrySchema = z.object({
  id: reportIdSchema,
  rev: z.number().int().positive(),
  addedAt: z.string(),
  demo: z.boolean(),
  metaEdits: metaPatchSchema,
  edits: z.record(z.string(), editSchema),
  encodingOverride: z.string().nullable(),
  hasOriginal: z.boolean(),
}) satisfies z.ZodType<IndexEntry>;

export const workspaceIndexSchema = z
  .object({
    version: z.literal(INDEX_VERSION),
    savedAt: z.string(),
    demoSeeded: z.boolean(),
    reports: z.array(indexEntrySchema),
    mapping: mappingSchema,
    ui: uiSchema,
  })
  .refine((w) => new Set(w.reports.map((r) => r.id)).size === w.reports.length, {
    message: 'duplicate report ids',
  }) satisfies z.ZodType<WorkspaceIndex>;

export const reportFileSchema = z.object({
  format: z.literal(REPORT_FILE_FORMAT),
  id: reportIdSchema,
  rev: z.number().int().positive(),
  addedAt: z.string(),
  demo: z.boolean(),
  encodingOverride: z.string().nullable(),
  hasOriginal: z.boolean(),
  document: documentSchema,
  parsed: z.array(indicatorSchema),
  parserVersion: z.string().optional(),
}) satisfies z.ZodType<ReportFile>;

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
