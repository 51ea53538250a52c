// The report service: everything behind window.api. Imports files (through the import worker),
// keeps the workspace (reports, the user's corrections, the metric mapping, UI state) and saves it.
// No electron here: the Electron shell, the unit tests and the Playwright harness all host it.
import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import iconv from 'iconv-lite';
import { defaultCatalogue } from '../../core/catalogue';
import type { LoadError } from '../../core/model';
import { PARSER_VERSION } from '../../core/parser';
import type {
  ApiMethod,
  DroppedFile,
  ImportFileStatus,
  ImportOutcome,
  ReportApi,
  ReportSummary,
  WorkspaceSnapshot,
} from '../../shared/api';
import { collectFiles } from '../import/collect-files';
import { createImportRunner, type RunnerMode } from '../import/import-runner';
import { displayName, parse, type ImportItem, type ProcessedFile } from '../import/process-file';
import type { ServiceOptions } from './ports';
import { writeFileAtomic } from './atomic-file';
import { readDemoManifest } from './demo';
import { reparseStale } from './reparse';
import * as mappingOps from './mapping-ops';
import { mergeIndicatorEdit, mergeMetaEdits, toReportSummary } from './report-edits';
import { openWorkspaceStore } from './workspace-store';
import {
  EXPORT_FORMAT,
  WORKSPACE_VERSION,
  workspaceExportSchema,
  type PersistedReport,
  type PersistedWorkspace,
  type WorkspaceExport,
} from './workspace-schema';

export type ReportService = Pick<ReportApi, ApiMethod> & {
  /** Cancels running imports, writes pending changes and releases the data folder. */
  close(): Promise<void>;
};

/** Knobs for tests and benchmarks; the hosts use the defaults. */
export interface ServiceTuning {
  importMode?: RunnerMode;
  saveDebounceMs?: number;
  /** Longest a change waits for its save during a steady stream of changes (default 2000 ms). */
  saveMaxWaitMs?: number;
  /** Least time between two progress events of a job (default 200 ms); the first and the final
   *  event, and the one telling a file failed, are sent at once. */
  progressIntervalMs?: number;
}

const PROGRESS_INTERVAL_MS = 200;
/** Failures sent at once (unthrottled) per job; a folder of broken files must not bring back an event per file. */
const IMMEDIATE_ERROR_EVENTS = 20;

/** An exported workspace larger than this is refused before it is read into memory. */
const MAX_WORKSPACE_FILE_BYTES = 1024 * 1024 * 1024;

/** Report ids: derived from the content hash at first import, then kept (re-decoding changes the hash). */
export const reportIdOf = (contentHash: string) => contentHash.slice(0, 16);

/** An error the renderer shows as is: Chinese first, English after the slash. */
class UserError extends Error {
  constructor(zh: string, en: string) {
    super(`${zh} / ${en}`);
    this.name = 'UserError';
  }
}

export async function createReportService(options: ServiceOptions, tuning: ServiceTuning = {}): Promise<ReportService> {
  const catalogue = defaultCatalogue();
  let ws: PersistedWorkspace;
  const store = await openWorkspaceStore(options.dataDir, {
    getState: () => ws,
    debounceMs: tuning.saveDebounceMs,
    maxWaitMs: tuning.saveMaxWaitMs,
  });
  const progressIntervalMs = tuning.progressIntervalMs ?? PROGRESS_INTERVAL_MS;
  let loaded;
  try {
    loaded = await store.load();
  } catch (error) {
    await store.close();
    throw error;
  }
  ws = loaded.workspace;
  const notice = loaded.notice;
  const started = Date.now();
  const reparsed = await reparseStale(ws.reports, parse);
  if (reparsed > 0) {
    console.log(`[workspace] ${reparsed} report(s) parsed again with parser ${PARSER_VERSION} in ${Date.now() - started} ms`);
    store.scheduleSave();
  }
  const runner = createImportRunner(tuning.importMode ?? 'auto');
  const activeJobs = new Set<string>();
  let closed = false;

  // What each report looks like to the renderer, kept until one of its parts is replaced: a snapshot
  // after a small change (a rename, a merge) does not re-apply every report's edits again.
  const views = new WeakMap<PersistedReport, { parts: unknown[]; view: ReportSummary }>();
  const viewOf = (report: PersistedReport): ReportSummary => {
    const parts = [report.document, report.parsed, report.metaEdits, report.edits, report.addedAt, report.demo];
    const cached = views.get(report);
    if (cached && cached.parts.every((part, i) => part === parts[i])) return cached.view;
    const view = toReportSummary(report, catalogue);
    views.set(report, { parts, view });
    return view;
  };

  const snapshot = (): WorkspaceSnapshot => ({
    reports: ws.reports.map(viewOf),
    mapping: ws.mapping,
    ui: ws.ui,
    notice,
  });

  const changed = (): WorkspaceSnapshot => {
    store.scheduleSave();
    return snapshot();
  };

  const findReport = (id: string): PersistedReport => {
    const report = ws.reports.find((r) => r.id === id);
    if (!report) throw new UserError(`找不到报告 ${id}(可能已被移除)`, `report ${id} not found (it may have been removed)`);
    return report;
  };

  const existingFor = (contentHash: string) =>
    ws.reports.find((r) => r.document.contentHash === contentHash || r.id === reportIdOf(contentHash));

  /** Adds one processed file to the workspace (or recognises it as a duplicate). */
  async function commit(result: ProcessedFile, demo: boolean): Promise<ImportFileStatus['state'] | LoadError> {
    if (!result.ok) return result.error;
    if (existingFor(result.document.contentHash)) return 'duplicate';
    const id = reportIdOf(result.document.contentHash);
    if (result.original) await store.writeOriginal(id, result.original);
    // A concurrent job may have added the same content while the original was written.
    if (existingFor(result.document.contentHash)) return 'duplicate';
    ws.reports.push({
      id,
      addedAt: new Date().toISOString(),
      demo,
      document: result.document,
      parsed: result.indicators,
      parserVersion: PARSER_VERSION,
      metaEdits: {},
      edits: {},
      encodingOverride: null,
      hasOriginal: result.original !== null,
    });
    // Saved as the batch goes (debounced): a crash mid-batch keeps what was already imported.
    store.scheduleSave();
    return 'done';
  }

  async function importItems(items: ImportItem[], demo = false): Promise<ImportOutcome> {
    if (closed) throw new UserError('程序正在关闭', 'the service is closing');
    const jobId = randomUUID();
    const files: ImportFileStatus[] = items.map((item) => ({ fileName: displayName(item.input), state: 'queued' }));
    const outcome: ImportOutcome = { jobId, added: [], duplicates: [], errors: [], cancelled: false };
    let done = 0;
    // Every event carries every file's status (the renderer's contract), so events are throttled:
    // one per file would make a batch cost the square of its size on this thread and over IPC.
    let lastEmit = 0;
    let trailing: NodeJS.Timeout | null = null;
    let ended = false;
    let immediateErrors = IMMEDIATE_ERROR_EVENTS;
    const emit = (finished = false) => {
      if (trailing) clearTimeout(trailing);
      trailing = null;
      if (ended) return;
      ended = finished;
      lastEmit = Date.now();
      options.emitProgress({ jobId, done, total: items.length, files: files.map((f) => ({ ...f })), finished });
    };
    const emitSoon = () => {
      if (trailing || ended) return;
      const wait = lastEmit + progressIntervalMs - Date.now();
      if (wait <= 0) emit();
      else trailing = setTimeout(() => emit(), wait);
    };

    // Results are committed one after another, in arrival order.
    let commits = Promise.resolve();
    activeJobs.add(jobId);
    emit();
    try {
      const { cancelled } = await runner.run(jobId, items, {
        onStart(index) {
          files[index].state = 'loading';
          emitSoon();
        },
        onResult(index, result) {
          commits = commits.then(async () => {
            const status = files[index];
            const state = await commit(result, demo).catch(
              (error: Error): LoadError => ({
                fileName: status.fileName,
                code: 'unreadable',
                message: `无法保存"${status.fileName}"的副本:${error.message}`,
                messageEn: `Could not keep a copy of "${status.fileName}": ${error.message}`,
              }),
            );
            if (typeof state === 'string') {
              status.state = state;
              if (result.ok) status.reportId = existingFor(result.document.contentHash)?.id;
              if (state === 'done' && status.reportId) outcome.added.push(status.reportId);
              if (state === 'duplicate' && status.reportId) outcome.duplicates.push(status.reportId);
            } else {
              status.state = 'error';
              status.error = state;
              outcome.errors.push(state);
            }
            done++;
            if (status.state === 'error' && immediateErrors-- > 0) emit();
            else emitSoon();
          });
        },
      });
      await commits;
      outcome.cancelled = cancelled;
      for (const status of files) if (status.state === 'queued' || status.state === 'loading') status.state = 'cancelled';
    } finally {
      activeJobs.delete(jobId);
      emit(true);
    }
    return outcome;
  }

  async function importPaths(paths: string[], demo = false): Promise<ImportOutcome> {
    return importItems(paths.map((path) => ({ input: { path } })), demo);
  }

  async function loadDemo(): Promise<void> {
    const demo = await readDemoManifest(options.resourcesDir);
    if (demo.problem) console.log(`[demo] ${demo.problem}; no demo reports loaded`);
    if (!demo.paths.length) return;
    const outcome = await importPaths(demo.paths, true);
    for (const error of outcome.errors) console.warn(`[demo] ${error.messageEn}`);
    console.log(`[demo] loaded ${outcome.added.length} demo report(s)`);
  }

  if (!loaded.existed && options.demoOnFirstStart !== false) await loadDemo();
  if (!loaded.existed) {
    ws.demoSeeded = true;
    await store.saveNow();
  }

  const service: ReportService = {
    async getWorkspace() {
      return snapshot();
    },

    async getReportText(reportId) {
      return findReport(reportId).document.text;
    },

    async openFiles() {
      const paths = await options.dialogs.pickFiles();
      if (!paths || paths.length === 0) return null;
      return importPaths(paths);
    },

    async openFolder() {
      const folder = await options.dialogs.pickFolder();
      if (!folder) return null;
      const { files, truncated } = await collectFiles(folder);
      if (truncated) console.warn(`[import] folder ${folder} has more than ${files.length} reports; the rest are left out`);
      return importPaths(files);
    },

    async importDropped(dropped: DroppedFile[]) {
      return importItems(dropped.map((file) => ({ input: { name: basename(file.name), bytes: file.bytes } })));
    },

    async cancelImport(jobId) {
      if (activeJobs.has(jobId)) runner.cancel(jobId);
    },

    async removeReports(ids) {
      const remove = new Set(ids);
      const removed = ws.reports.filter((r) => remove.has(r.id));
      ws.reports = ws.reports.filter((r) => !remove.has(r.id));
      await Promise.all(removed.filter((r) => r.hasOriginal).map((r) => store.removeOriginal(r.id)));
      return changed();
    },

    async clearDemo() {
      return service.removeReports(ws.reports.filter((r) => r.demo).map((r) => r.id));
    },

    async updateMeta(reportId, patch) {
      const report = findReport(reportId);
      report.metaEdits = mergeMetaEdits(report.metaEdits, patch);
      return changed();
    },

    async setEncoding(reportId, encoding) {
      if (!iconv.encodingExists(encoding)) {
        throw new UserError(`不支持的编码"${encoding}"`, `unknown encoding "${encoding}"`);
      }
      const report = findReport(reportId);
      const name = report.document.fileName;
      const original = report.hasOriginal ? await store.readOriginal(reportId) : null;
      if (!original) {
        throw new UserError(
          `"${name}"不是文本文件或原文件副本已丢失,无法更换编码;请重新导入该文件。`,
          `"${name}" is not a text file or its original copy is missing, so its encoding cannot be changed; import the file again.`,
        );
      }
      const result = await new Promise<ProcessedFile>((resolve, reject) => {
        let got: ProcessedFile | null = null;
        runner
          .run(randomUUID(), [{ input: { name, bytes: original }, encoding }], {
            onStart: () => undefined,
            onResult: (_, r) => (got = r),
          })
          .then(() => (got ? resolve(got) : reject(new UserError('重新解析被取消', 're-parse was cancelled'))), reject);
      });
      if (!result.ok) throw new UserError(result.error.message, result.error.messageEn);
      const current = findReport(reportId); // still there after the await?
      current.document = result.document;
      current.parsed = result.indicators;
      current.parserVersion = PARSER_VERSION;
      current.encodingOverride = encoding;
      return changed();
    },

    async updateIndicator(reportId, indicatorId, patch) {
      const report = findReport(reportId);
      if (!report.parsed.some((i) => i.id === indicatorId)) {
        throw new UserError(`报告中找不到该数据(${indicatorId})`, `indicator ${indicatorId} not found in the report`);
      }
      report.edits = { ...report.edits, [indicatorId]: mergeIndicatorEdit(report.edits[indicatorId], patch) };
      return changed();
    },

    async deleteIndicator(reportId, indicatorId) {
      const report = findReport(reportId);
      if (!report.parsed.some((i) => i.id === indicatorId)) {
        throw new UserError(`报告中找不到该数据(${indicatorId})`, `indicator ${indicatorId} not found in the report`);
      }
      report.edits = { ...report.edits, [indicatorId]: { op: 'delete' } };
      return changed();
    },

    async mergeMetrics(sources, target) {
      ws.mapping = mappingOps.mergeMetrics(ws.mapping, sources, target);
      return changed();
    },

    async splitMetric(source) {
      ws.mapping = mappingOps.splitMetric(ws.mapping, source);
      return changed();
    },

    async renameMetric(metric, name) {
      ws.mapping = mappingOps.renameMetric(ws.mapping, metric, name);
      return changed();
    },

    async setUi(patch) {
      ws.ui = { language: patch.language ?? ws.ui.language, view: patch.view ?? ws.ui.view };
      store.scheduleSave();
    },

    async save(request) {
      const path = await options.dialogs.pickSavePath(request.suggestedName, request.kind);
      if (!path) return null;
      await writeUserFile(path, request.data);
      return path;
    },

    async exportWorkspace() {
      const day = new Date().toISOString().slice(0, 10);
      const path = await options.dialogs.pickSavePath(`报告对比工作区-${day}.json`, 'workspace');
      if (!path) return null;
      const files: Record<string, string> = {};
      for (const report of ws.reports) {
        if (!report.hasOriginal) continue;
        const bytes = await store.readOriginal(report.id);
        if (bytes) files[report.id] = Buffer.from(bytes).toString('base64');
      }
      const data: WorkspaceExport = {
        format: EXPORT_FORMAT,
        version: WORKSPACE_VERSION,
        exportedAt: new Date().toISOString(),
        workspace: ws,
        files,
      };
      await writeUserFile(path, JSON.stringify(data));
      return path;
    },

    async importWorkspace() {
      const path = await options.dialogs.pickWorkspaceFile();
      if (!path) return null;
      const imported = await readWorkspaceFile(path);
      await store.saveNow();
      const backup = await store.backup();
      if (backup) console.log(`[workspace] previous workspace kept as ${backup}`);
      const next = imported.workspace;
      for (const report of next.reports) {
        const encoded = imported.files[report.id];
        report.hasOriginal = encoded !== undefined;
        if (encoded !== undefined) await store.writeOriginal(report.id, Buffer.from(encoded, 'base64'));
      }
      const kept = new Set(next.reports.filter((r) => r.hasOriginal).map((r) => r.id));
      for (const old of ws.reports) if (old.hasOriginal && !kept.has(old.id)) await store.removeOriginal(old.id);
      // A workspace exported by another version of the app: its figures come from this parser too.
      await reparseStale(next.reports, parse);
      ws = { ...next, demoSeeded: true };
      await store.saveNow();
      return snapshot();
    },

    async close() {
      if (closed) return;
      closed = true;
      for (const jobId of activeJobs) runner.cancel(jobId);
      await runner.close();
      await store.close();
    },
  };
  return service;
}

async function writeUserFile(path: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(path, data, 0o644);
  } catch (error) {
    throw new UserError(`无法写入"${path}":${(error as Error).message}`, `could not write "${path}": ${(error as Error).message}`);
  }
}

async function readWorkspaceFile(path: string): Promise<WorkspaceExport> {
  const name = basename(path);
  let raw: string;
  try {
    const info = await stat(path);
    if (info.size > MAX_WORKSPACE_FILE_BYTES) throw new Error(`${info.size} bytes`);
    raw = await readFile(path, 'utf8');
  } catch (error) {
    throw new UserError(`无法读取工作区文件"${name}":${(error as Error).message}`, `could not read the workspace file "${name}": ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new UserError(`"${name}"不是有效的工作区文件(不是 JSON)`, `"${name}" is not a workspace file (not JSON)`);
  }
  const parsed = workspaceExportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = `${issue?.path.join('.') || '(root)'}: ${issue?.message ?? ''}`;
    throw new UserError(
      `"${name}"不是本程序导出的工作区文件,或已损坏(${where});当前工作区未作改动。`,
      `"${name}" is not a workspace exported by Report Compare, or it is damaged (${where}); the current workspace is unchanged.`,
    );
  }
  return parsed.data as WorkspaceExport;
}
