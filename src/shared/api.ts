// The one typed contract between the renderer and the main process.
//
// The preload exposes exactly these functions as `window.api` (each a thin ipcRenderer.invoke on
// channel `rc:<method>`); the main process registers one validated handler per method; the e2e
// harness exposes the same functions backed by the same main-process services. Argument schemas
// live in `api-schema.ts` and are checked in main before any service runs.
import type { Indicator, IndicatorKind, LoadError, LoadedDocument, RegionLevel } from '../core/model';

/** A report's document as the comparisons and exports read it. The display text is optional: workspace
 *  snapshots leave it out (see ReportSummary); a caller that needs it attaches it (the CLI, the long CSV). */
export type ReportDocument = Omit<LoadedDocument, 'text'> & {
  text?: string;
  /** Length of the display text in UTF-16 code units: known even when the text is left out. */
  textLength?: number;
};

/** A report in the workspace: the loaded document, its indicators (user edits applied), and bookkeeping. */
export interface StoredReport {
  /** Stable id: derived from the content hash. */
  id: string;
  document: ReportDocument;
  indicators: Indicator[];
  /** ISO timestamp of the first import. */
  addedAt: string;
  /** Shipped demo report (removable with clearDemo). */
  demo: boolean;
}

/** The user's control over how labels line up: merges, splits and display names. Applies to all reports. */
export interface MetricMapping {
  /** Indicator metric key (catalogue key or 'label:…') → the metric it is merged into. */
  merges: Record<string, string>;
  /** Metric key → display name chosen by the user. */
  names: Record<string, string>;
}

export type Language = 'zh' | 'en';

export interface UiState {
  language: Language;
  /** Free-form view choices the renderer wants back after a restart (selected view, region, year, metrics…). */
  view: Record<string, unknown>;
}

/** The document as a snapshot carries it: everything but the display text, which is fetched with
 *  getReportText when a report is shown (sending every text on every change cost megabytes per click). */
export type DocumentSummary = Omit<LoadedDocument, 'text'> & { text?: undefined; textLength: number };

/** A report as a snapshot carries it; usable wherever a StoredReport is read. */
export interface ReportSummary extends StoredReport {
  document: DocumentSummary;
}

export interface WorkspaceSnapshot {
  reports: ReportSummary[];
  mapping: MetricMapping;
  ui: UiState;
  /** Set when the saved workspace was damaged and set aside: tells the user where the copy went. */
  notice: string | null;
}

export interface ImportFileStatus {
  fileName: string;
  state: 'queued' | 'loading' | 'done' | 'duplicate' | 'error' | 'cancelled';
  reportId?: string;
  error?: LoadError;
}

export interface ImportProgress {
  jobId: string;
  done: number;
  total: number;
  files: ImportFileStatus[];
  finished: boolean;
}

export interface ImportOutcome {
  jobId: string;
  /** Reports added (duplicates by content are not added again). */
  added: string[];
  duplicates: string[];
  errors: LoadError[];
  cancelled: boolean;
}

export interface DroppedFile {
  name: string;
  bytes: Uint8Array;
}

export interface MetaPatch {
  region?: string | null;
  regionLevel?: RegionLevel | null;
  reportDate?: string | null;
  reviewYear?: number | null;
  title?: string | null;
}

export interface IndicatorPatch {
  label?: string;
  value?: number | null;
  unit?: string | null;
  change?: { value: number; unit: string } | null;
  approx?: boolean;
  kind?: IndicatorKind;
}

export type ExportKind = 'csv' | 'png' | 'svg' | 'workspace';

export interface SaveRequest {
  kind: ExportKind;
  suggestedName: string;
  /** Text (CSV, SVG) or bytes (PNG). */
  data: string | Uint8Array;
}

/** Commands the application menu sends to the renderer. */
export type MenuCommand = 'open-files' | 'open-folder' | 'export' | 'language-zh' | 'language-en';

export interface ReportApi {
  getWorkspace(): Promise<WorkspaceSnapshot>;
  /** The display text of one report (indicator spans index it); snapshots leave it out. */
  getReportText(reportId: string): Promise<string>;
  /** Shows the native open dialog (files) and imports what the user picked. Null when cancelled. */
  openFiles(): Promise<ImportOutcome | null>;
  /** Shows the native open dialog (folder) and imports every supported file under it. Null when cancelled. */
  openFolder(): Promise<ImportOutcome | null>;
  /** Imports files dropped on the window (their bytes: main never reads a path the renderer names). */
  importDropped(files: DroppedFile[]): Promise<ImportOutcome>;
  cancelImport(jobId: string): Promise<void>;
  removeReports(ids: string[]): Promise<WorkspaceSnapshot>;
  clearDemo(): Promise<WorkspaceSnapshot>;
  updateMeta(reportId: string, patch: MetaPatch): Promise<WorkspaceSnapshot>;
  /** Re-decodes a text report with the encoding the user chose, and re-parses it. */
  setEncoding(reportId: string, encoding: string): Promise<WorkspaceSnapshot>;
  updateIndicator(reportId: string, indicatorId: string, patch: IndicatorPatch): Promise<WorkspaceSnapshot>;
  deleteIndicator(reportId: string, indicatorId: string): Promise<WorkspaceSnapshot>;
  /** Merges metric keys into one target metric (for all reports). */
  mergeMetrics(sources: string[], target: string): Promise<WorkspaceSnapshot>;
  /** Undoes a merge: the metric key lines up by its own key again. */
  splitMetric(source: string): Promise<WorkspaceSnapshot>;
  renameMetric(metric: string, name: string | null): Promise<WorkspaceSnapshot>;
  setUi(patch: Partial<UiState>): Promise<void>;
  /** Shows a save dialog and writes the data. Returns the file name written, or null when cancelled. */
  save(request: SaveRequest): Promise<string | null>;
  /** Saves the whole workspace to one file the user picks. */
  exportWorkspace(): Promise<string | null>;
  /** Replaces the workspace with one exported earlier (the current one is kept as a backup). */
  importWorkspace(): Promise<WorkspaceSnapshot | null>;
  onImportProgress(listener: (progress: ImportProgress) => void): () => void;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** The invocable methods (everything but the event subscriptions), in one list that the preload,
 *  the IPC registration and the e2e bridge all iterate. */
export const API_METHODS = [
  'getWorkspace',
  'getReportText',
  'openFiles',
  'openFolder',
  'importDropped',
  'cancelImport',
  'removeReports',
  'clearDemo',
  'updateMeta',
  'setEncoding',
  'updateIndicator',
  'deleteIndicator',
  'mergeMetrics',
  'splitMetric',
  'renameMetric',
  'setUi',
  'save',
  'exportWorkspace',
  'importWorkspace',
] as const satisfies readonly (keyof ReportApi)[];

export type ApiMethod = (typeof API_METHODS)[number];

export const channelOf = (method: ApiMethod): string => `rc:${method}`;
export const EVENT_IMPORT_PROGRESS = 'rc:event:import-progress';
export const EVENT_MENU_COMMAND = 'rc:event:menu-command';
