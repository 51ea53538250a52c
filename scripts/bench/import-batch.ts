// Benchmark section 6: a folder of generated reports in mixed formats, imported the way the app
// imports a folder the user picks: createReportService with a scripted folder dialog, then
// openFolder() — folder walk, loaders, the import worker, the parser, commits (copies of text
// originals) and the debounced workspace saves. Nothing is added to the service for this: per-file
// times come from the progress events the service already pushes to its host (a file's 'loading'
// event → the event that gives its final state), memory and event-loop delay are sampled from outside.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { serialize } from 'node:v8';
import type { ImportOutcome, ImportProgress, StoredReport } from '../../src/shared/api';
import { createReportService, type ServiceTuning } from '../../src/main/services/report-service';
import { WORKSPACE_FILE } from '../../src/main/services/workspace-store';
import { writeReport, type ReportFormat } from '../lib/report-files';
import { fmt, int, mb, quantile, type Row } from './stats';

export interface ImportBatchPlan {
  /** Files to write and import, spread evenly over the formats. */
  files: number;
  /** Characters per generated report. */
  reportChars: number;
  generateReport(seed: number, targetChars: number): string;
  /** Also import the same folder with the in-process fallback (no worker), for comparison. */
  compareInProcess?: boolean;
}

export interface ImportBatchResult {
  rows: Row[];
  note: string;
}

interface FormatSpec {
  format: ReportFormat;
  /** In the file name, so a progress event's file name tells its format. */
  tag: string;
  label: string;
  /** What the loader should detect for a text format; null for binary formats. */
  encoding: RegExp | null;
}

const FORMATS: FormatSpec[] = [
  { format: 'txt-utf8', tag: 'utf8', label: 'txt UTF-8', encoding: /^utf-?8$/i },
  { format: 'txt-gbk', tag: 'gbk', label: 'txt GBK', encoding: /^(gbk|gb18030|gb2312)$/i },
  { format: 'html', tag: 'html', label: 'html (site page)', encoding: /^utf-?8$/i },
  { format: 'docx', tag: 'docx', label: 'docx', encoding: null },
  { format: 'pdf', tag: 'pdf', label: 'pdf (text layer)', encoding: null },
];
const SITES = ['临江市人民政府门户网站', '青川区人民政府', '云岭县人民政府网'];
/** Files a folder walk must pass over: hidden, Office lock, system, unsupported. */
const SKIPPED_FILES: Array<[string, string]> = [
  ['.DS_Store', '\x00\x00\x00\x01Bud1'],
  ['Thumbs.db', '\0'],
  ['~$report-0000-docx.docx', 'lock'],
  ['目录.xlsx', 'PK'],
];
/** Seeds apart from the other sections' texts. */
const SEED_BASE = 0x10000;
const SAMPLE_EVERY_MS = 25;
const FINAL_STATES = new Set(['done', 'duplicate', 'error', 'cancelled']);

const formatOfName = (name: string): FormatSpec | undefined => FORMATS.find((f) => name.includes(`-${f.tag}.`));

// ---------------------------------------------------------------------------------------------
// Generating the folder (timed, not counted in the import)

interface GeneratedFolder {
  folder: string;
  files: number;
  bytes: number;
  bytesByTag: Map<string, number>;
  subfolders: number;
  ms: number;
}

function writeBatchFolder(folder: string, plan: ImportBatchPlan): GeneratedFolder {
  const t0 = performance.now();
  const bytesByTag = new Map<string, number>();
  const subfolders = Math.max(1, Math.ceil(plan.files / 50));
  for (let s = 0; s < subfolders; s++) mkdirSync(join(folder, `区县${String(s).padStart(2, '0')}`, '报告'), { recursive: true });
  let bytes = 0;
  for (let i = 0; i < plan.files; i++) {
    const spec = FORMATS[i % FORMATS.length];
    const written = writeReport(plan.generateReport(SEED_BASE + i, plan.reportChars), spec.format, { siteName: SITES[i % SITES.length] });
    const dir = join(folder, `区县${String(i % subfolders).padStart(2, '0')}`, i % 2 ? '报告' : '');
    writeFileSync(join(dir, `report-${String(i).padStart(4, '0')}-${spec.tag}.${written.extension}`), written.bytes);
    bytes += written.bytes.length;
    bytesByTag.set(spec.tag, (bytesByTag.get(spec.tag) ?? 0) + written.bytes.length);
  }
  for (const [name, content] of SKIPPED_FILES) writeFileSync(join(folder, name), content);
  return { folder, files: plan.files, bytes, bytesByTag, subfolders, ms: performance.now() - t0 };
}

// ---------------------------------------------------------------------------------------------
// Watching the service from outside

interface FileTiming {
  name: string;
  ms: number;
  state: string;
}

/** Per-file times from the progress events, and what sending those events costs the main thread. */
function progressRecorder() {
  const jobs = new Map<string, { start: number[]; end: number[]; names: string[]; states: string[] }>();
  const cost = { events: 0, bytes: 0, ms: 0 };
  return {
    cost,
    emit(progress: ImportProgress): void {
      const t = performance.now();
      // Stand-in for webContents.send: Electron serialises every event with V8's serializer on this thread.
      cost.bytes += serialize(progress).length;
      let job = jobs.get(progress.jobId);
      if (!job) {
        job = { start: Array(progress.total).fill(NaN), end: Array(progress.total).fill(NaN), names: [], states: [] };
        jobs.set(progress.jobId, job);
      }
      progress.files.forEach((file, i) => {
        if (file.state === 'loading' && Number.isNaN(job.start[i])) job.start[i] = t;
        if (FINAL_STATES.has(file.state) && Number.isNaN(job.end[i])) {
          job.end[i] = t;
          if (Number.isNaN(job.start[i])) job.start[i] = t;
        }
        job.names[i] = file.fileName;
        job.states[i] = file.state;
      });
      cost.events++;
      cost.ms += performance.now() - t;
    },
    timings(jobId: string): FileTiming[] {
      const job = jobs.get(jobId);
      if (!job) return [];
      return job.names.map((name, i) => ({ name, ms: job.end[i] - job.start[i], state: job.states[i] }));
    },
  };
}

/** Peak RSS and main-thread heap, and the workspace saves seen on disk, sampled on a timer. */
function startSampler(workspacePath: string) {
  const before = process.memoryUsage();
  let rssPeak = before.rss;
  let heapPeak = before.heapUsed;
  const saves = new Set<number>();
  const initial = statSync(workspacePath, { throwIfNoEntry: false })?.mtimeMs;
  const sample = () => {
    const m = process.memoryUsage();
    rssPeak = Math.max(rssPeak, m.rss);
    heapPeak = Math.max(heapPeak, m.heapUsed);
    const saved = statSync(workspacePath, { throwIfNoEntry: false })?.mtimeMs;
    if (saved !== undefined && saved !== initial) saves.add(saved);
  };
  const timer = setInterval(sample, SAMPLE_EVERY_MS);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { rssBefore: before.rss, heapBefore: before.heapUsed, rssPeak, heapPeak, saves: saves.size };
    },
  };
}

/** Collects what the service logs (fallback to in-process, skipped folders…) while still printing it. */
function captureLogs() {
  const lines: string[] = [];
  const { warn, error } = console;
  const keep =
    (original: (...args: unknown[]) => void) =>
    (...args: unknown[]) => {
      lines.push(args.map((a) => (a instanceof Error ? a.message : String(a))).join(' '));
      original(...args);
    };
  console.warn = keep(warn);
  console.error = keep(error);
  return {
    lines,
    restore() {
      console.warn = warn;
      console.error = error;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// One import of the folder

type Mode = NonNullable<ServiceTuning['importMode']>;

interface ImportRun {
  mode: Mode;
  warmUpMs: number;
  loadBefore: number;
  loadAfter: number;
  totalMs: number;
  outcome: ImportOutcome;
  timings: FileTiming[];
  reports: StoredReport[];
  lag: { p50: number; p99: number; max: number; mean: number };
  memory: ReturnType<ReturnType<typeof startSampler>['stop']>;
  progress: { events: number; bytes: number; ms: number };
  getWorkspace: { ms: number; bytes: number };
  close: { ms: number; lagMax: number; workspaceBytes: number };
  logs: string[];
}

const ms = (ns: number) => ns / 1e6;

async function importFolder(folder: string, dataDir: string, mode: Mode, plan: ImportBatchPlan): Promise<ImportRun> {
  const recorder = progressRecorder();
  const logs = captureLogs();
  try {
    const service = await createReportService(
      {
        dataDir,
        resourcesDir: dataDir,
        demoOnFirstStart: false,
        emitProgress: recorder.emit,
        dialogs: {
          pickFolder: async () => folder,
          pickFiles: async () => null,
          pickSavePath: async () => null,
          pickWorkspaceFile: async () => null,
        },
      },
      // Every progress event is emitted (the app sends at most one per 200 ms), so each file's start and
      // end are seen for the per-file times; this costs the main thread slightly more than in the app.
      { importMode: mode, progressIntervalMs: 0 },
    );
    let closed = false;
    try {
      // Not counted: worker start (under tsx it transpiles its sources), the loaders' lazy modules
      // (pdfjs, mammoth, linkedom) and the parser's first run, with one file per format.
      const w0 = performance.now();
      const warm = await service.importDropped(
        FORMATS.map((spec, i) => {
          const written = writeReport(plan.generateReport(SEED_BASE - 1 - i, plan.reportChars), spec.format);
          return { name: `warm-up-${spec.tag}.${written.extension}`, bytes: written.bytes };
        }),
      );
      const warmUpMs = performance.now() - w0;
      if (warm.errors.length) throw new Error(`warm-up import failed: ${warm.errors[0].messageEn}`);

      const workspacePath = join(dataDir, WORKSPACE_FILE);
      const sampler = startSampler(workspacePath);
      const loadBefore = os.loadavg()[0];
      const lag = monitorEventLoopDelay({ resolution: 5 });
      lag.enable();
      const t0 = performance.now();
      let outcome: ImportOutcome | null;
      let memory: ImportRun['memory'];
      try {
        outcome = await service.openFolder();
      } finally {
        // Stopped on failure too: a live sampling timer would keep the process from exiting.
        lag.disable();
        memory = sampler.stop();
      }
      const totalMs = performance.now() - t0;
      const loadAfter = os.loadavg()[0];
      if (!outcome) throw new Error('openFolder() returned null: the scripted dialog was not used');
      const lagFigures = { p50: ms(lag.percentile(50)), p99: ms(lag.percentile(99)), max: ms(lag.max), mean: ms(lag.mean) };

      // What the renderer asks for next: the whole workspace, over IPC.
      const g0 = performance.now();
      const snapshot = await service.getWorkspace();
      const getWorkspace = { ms: performance.now() - g0, bytes: serialize(snapshot).length };

      // The last debounced save is still pending: close() writes it (and stops the worker).
      lag.reset();
      lag.enable();
      const c0 = performance.now();
      closed = true;
      await service.close();
      const closeMs = performance.now() - c0;
      lag.disable();
      const close = { ms: closeMs, lagMax: ms(lag.max), workspaceBytes: statSync(workspacePath).size };

      return {
        mode,
        warmUpMs,
        loadBefore,
        loadAfter,
        totalMs,
        outcome,
        timings: recorder.timings(outcome.jobId),
        reports: snapshot.reports,
        lag: lagFigures,
        memory,
        progress: { ...recorder.cost },
        getWorkspace,
        close,
        logs: logs.lines,
      };
    } finally {
      if (!closed) await service.close();
    }
  } finally {
    logs.restore();
  }
}

// ---------------------------------------------------------------------------------------------
// Tables

function formatRows(run: ImportRun, generated: GeneratedFolder): Row[] {
  const reportsByName = new Map(run.reports.map((r) => [r.document.fileName, r]));
  const row = (label: string, timings: FileTiming[], bytes: number, spec?: FormatSpec): Row => {
    const sorted = timings.map((t) => t.ms).sort((a, b) => a - b);
    const reports = timings.map((t) => reportsByName.get(t.name)).filter((r): r is StoredReport => r !== undefined);
    const encodings = new Map<string, number>();
    for (const r of reports) encodings.set(r.document.encoding ?? '-', (encodings.get(r.document.encoding ?? '-') ?? 0) + 1);
    const misdecoded = spec?.encoding ? reports.filter((r) => !spec.encoding!.test(r.document.encoding ?? '')).length : 0;
    return {
      format: label,
      files: timings.length,
      size: mb(bytes),
      'median ms/file': fmt(quantile(sorted, 0.5), 1),
      'p95 ms/file': fmt(quantile(sorted, 0.95), 1),
      'max ms/file': fmt(sorted[sorted.length - 1] ?? NaN, 1),
      figures: int(reports.reduce((n, r) => n + r.indicators.length, 0)),
      'decoded as': [...encodings].map(([e, n]) => `${e}×${n}`).join(' ') + (misdecoded ? ` (!! ${misdecoded} unexpected)` : ''),
      errors: timings.filter((t) => t.state === 'error').length,
    };
  };
  const rows = FORMATS.map((spec) =>
    row(
      spec.label,
      run.timings.filter((t) => formatOfName(t.name) === spec),
      generated.bytesByTag.get(spec.tag) ?? 0,
      spec,
    ),
  );
  rows.push(row('all', run.timings, generated.bytes));
  return rows;
}

function errorSummary(outcome: ImportOutcome): string {
  if (outcome.errors.length === 0) return 'errors: 0';
  const byCode = new Map<string, number>();
  for (const e of outcome.errors) byCode.set(e.code, (byCode.get(e.code) ?? 0) + 1);
  return (
    `!! errors: ${outcome.errors.length} (${[...byCode].map(([c, n]) => `${c} ${n}`).join(', ')}); expected 0 for generated files` +
    outcome.errors
      .slice(0, 3)
      .map((e) => `\n   ${e.fileName}: ${e.messageEn}`)
      .join('')
  );
}

function summary(run: ImportRun, generated: GeneratedFolder): string[] {
  const seconds = run.totalMs / 1000;
  const lines = [
    `folder: ${generated.files} reports (${mb(generated.bytes)}) in ${generated.subfolders} subfolder(s) two levels deep with Chinese names + ${SKIPPED_FILES.length} files the walk must skip; ` +
      `generated in ${fmt(generated.ms / 1000, 2)} s (not counted)`,
    `warm-up, not counted: worker start + one file per format ${int(run.warmUpMs)} ms (under tsx the worker transpiles its sources; the built app loads out/main/import-worker.js)`,
    `load average (1 min) before → after: ${fmt(run.loadBefore, 2)} → ${fmt(run.loadAfter, 2)} on ${os.cpus().length} cores (other processes compete for the CPU when it exceeds the cores)`,
    `openFolder() (walk, load, worker, parse, commit, saves): ${fmt(seconds, 2)} s, ${fmt(generated.files / seconds, 1)} files/s, ${fmt(generated.bytes / 1024 / 1024 / seconds, 2)} MB/s; ` +
      `added ${run.outcome.added.length} of ${generated.files}, duplicates ${run.outcome.duplicates.length}, cancelled ${run.outcome.cancelled}`,
    `per file = its 'loading' progress event → its final event (load + parse in the worker, then the commit on the main thread): a main-thread stall (a workspace save) stretches every file in flight`,
    `main-thread event-loop delay during the import (monitorEventLoopDelay, 5 ms resolution): p50 ${fmt(run.lag.p50, 1)} ms, p99 ${fmt(run.lag.p99, 1)} ms, max ${fmt(run.lag.max, 1)} ms, mean ${fmt(run.lag.mean, 1)} ms`,
    `memory (sampled every ${SAMPLE_EVERY_MS} ms): RSS ${mb(run.memory.rssBefore)} → peak ${mb(run.memory.rssPeak)} (whole process, worker included); ` +
      `main-thread heap ${mb(run.memory.heapBefore)} → peak ${mb(run.memory.heapPeak)}`,
    `progress events: ${int(run.progress.events)}, ${mb(run.progress.bytes)} serialised as webContents.send would, ${int(run.progress.ms)} ms of main-thread time (counted above)`,
    `workspace saves seen on disk during the import: ${run.memory.saves}; close() then wrote the pending one in ${int(run.close.ms)} ms ` +
      `(workspace.json ${mb(run.close.workspaceBytes)}, event-loop max ${fmt(run.close.lagMax, 1)} ms)`,
    `getWorkspace() afterwards (what the renderer asks next): ${int(run.getWorkspace.ms)} ms, ${mb(run.getWorkspace.bytes)} over IPC`,
    errorSummary(run.outcome),
  ];
  const missing = generated.files - run.outcome.added.length - run.outcome.duplicates.length - run.outcome.errors.length;
  if (missing !== 0) lines.push(`!! ${missing} generated files were not imported at all (folder walk?)`);
  if (run.logs.length) lines.push(`logged by the service: ${run.logs.slice(0, 5).join(' | ')}${run.logs.length > 5 ? ` (+${run.logs.length - 5} more)` : ''}`);
  return lines;
}

function comparisonLine(run: ImportRun, files: number): string {
  return (
    `same folder, importMode '${run.mode}': ${fmt(run.totalMs / 1000, 2)} s, ${fmt(files / (run.totalMs / 1000), 1)} files/s, ` +
    `event-loop delay p99 ${fmt(run.lag.p99, 1)} ms, max ${fmt(run.lag.max, 1)} ms, errors ${run.outcome.errors.length}`
  );
}

// ---------------------------------------------------------------------------------------------

export async function benchImportBatch(plan: ImportBatchPlan): Promise<ImportBatchResult> {
  const root = mkdtempSync(join(tmpdir(), 'rc-bench-import-'));
  const cleanUp = () => rmSync(root, { recursive: true, force: true });
  // Ctrl-C during a long run must not leave a thousand files in /tmp.
  const onSignal = () => {
    cleanUp();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  try {
    const folder = join(root, '政府工作报告');
    mkdirSync(folder);
    const generated = writeBatchFolder(folder, plan);
    const run = await importFolder(folder, join(root, 'data-app'), 'auto', plan);
    const lines = summary(run, generated);
    if (plan.compareInProcess) lines.push(comparisonLine(await importFolder(folder, join(root, 'data-in-process'), 'in-process', plan), plan.files));
    return { rows: formatRows(run, generated), note: lines.join('\n') };
  } finally {
    process.off('SIGINT', onSignal);
    cleanUp();
  }
}
