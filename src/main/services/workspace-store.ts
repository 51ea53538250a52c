// Where the workspace lives on disk, and how it gets there without stalling the main thread:
//  - dataDir/reports/<id>.<rev>.json: one report's document and figures (the bulk: ~300 KB each),
//    written once per revision (when the report is added or re-decoded), never rewritten;
//  - dataDir/workspace.json: a small index naming each report's revision, with the user's edits,
//    the metric mapping and UI state, rewritten on every save;
//  - dataDir/files/<id>: original bytes of text reports; dataDir/workspace.lock.
// Every file is replaced atomically, and report files are durable before the index that names
// them, so a crash at any moment leaves the last complete index with all its files; files no index
// names (a crash between the two, superseded revisions) are removed after the next load or save.
// Saves are debounced, with a maximum wait so a steady batch import is still saved as it goes.
import { mkdir, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Indicator, LoadedDocument } from '../../core/model';
import { TEMP_MARK, syncDir, writeFileAtomic } from './atomic-file';
import {
  INDEX_VERSION,
  REPORT_FILE_FORMAT,
  WORKSPACE_VERSION,
  emptyWorkspace,
  persistedWorkspaceSchema,
  reportFileSchema,
  reportIdSchema,
  workspaceIndexSchema,
  type IndexEntry,
  type PersistedReport,
  type PersistedWorkspace,
  type ReportFile,
  type WorkspaceIndex,
} from './workspace-schema';

export const WORKSPACE_FILE = 'workspace.json';
export const LOCK_FILE = 'workspace.lock';
export const FILES_DIR = 'files';
export const REPORTS_DIR = 'reports';

export const reportFileName = (id: string, rev: number) => `${id}.${rev}.json`;
const REPORT_FILE_NAME = /^([A-Za-z0-9_-]{1,100})\.([1-9][0-9]{0,14})\.json$/;
/** Files read or written at once: enough to overlap fsyncs, few enough not to flood the disk. */
const IO_PARALLEL = 4;
/** Damaged report files named one by one in the notice; the rest are counted. */
const NOTICE_NAMES = 5;

export interface LoadOutcome {
  workspace: PersistedWorkspace;
  /** False on first start (no workspace file yet). */
  existed: boolean;
  /** Set when something saved was damaged or missing and set aside (Chinese / English). */
  notice: string | null;
  /** Where the damaged index was moved (report files set aside are named in the notice). */
  damagedPath: string | null;
}

export class WorkspaceLockedError extends Error {
  constructor(readonly lockPath: string, readonly holderPid: number) {
    super(
      `工作区正被另一个程序(进程 ${holderPid})使用:${lockPath}。请关闭另一个窗口;若没有其他实例在运行,可删除此锁文件。` +
        ` / The workspace is in use by another process (pid ${holderPid}): ${lockPath}. Close the other instance; if none is running, delete the lock file.`,
    );
    this.name = 'WorkspaceLockedError';
  }
}

/** Data folders this process holds: a second store on the same folder in the same process is refused too. */
const heldHere = new Set<string>();

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLockPid(lockPath: string): number | null {
  try {
    const pid = Number(JSON.parse(readFileSync(lockPath, 'utf8')).pid);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    // Unreadable or half-written lock: its writer died mid-write, so it protects nothing.
    return null;
  }
}

function acquireLock(dataDir: string): string {
  const lockPath = join(dataDir, LOCK_FILE);
  if (heldHere.has(dataDir)) throw new WorkspaceLockedError(lockPath, process.pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx', 0o600);
      writeSync(fd, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
      closeSync(fd);
      heldHere.add(dataDir);
      return lockPath;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readLockPid(lockPath);
      if (holder !== null && holder !== process.pid && pidAlive(holder)) throw new WorkspaceLockedError(lockPath, holder);
      rmSync(lockPath, { force: true }); // stale: its holder is gone
    }
  }
  throw new WorkspaceLockedError(lockPath, readLockPid(lockPath) ?? 0);
}

/** For a host that knows no other instance can be running (Electron holds its single-instance
 *  lock): drop a lock left behind by a crash even if its pid has since been reused. */
export function removeStaleLock(dataDir: string): void {
  if (!heldHere.has(dataDir)) rmSync(join(dataDir, LOCK_FILE), { force: true });
}

function stamp(date = new Date()): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

export interface WorkspaceStore {
  readonly dataDir: string;
  load(): Promise<LoadOutcome>;
  /** Saves the state the getter returns: after debounceMs without changes, or at least every maxWaitMs. */
  scheduleSave(): void;
  /** Writes now (after any write in flight) and resolves when it is durable. */
  saveNow(): Promise<void>;
  /** Waits for pending and in-flight saves. */
  flush(): Promise<void>;
  /** Writes the whole current workspace aside as one file (the single-file format, which load
   *  migrates), before it is replaced by an imported one. Null when nothing was saved yet. */
  backup(): Promise<string | null>;
  writeOriginal(reportId: string, bytes: Uint8Array): Promise<void>;
  readOriginal(reportId: string): Promise<Uint8Array | null>;
  removeOriginal(reportId: string): Promise<void>;
  /** Flushes, and releases the lock. */
  close(): Promise<void>;
}

export interface StoreOptions {
  /** Returns the state to save (called at write time, so the latest state wins). A report whose
   *  document and parsed arrays are the same objects as at the last save is not written again:
   *  replace them (never mutate them) to change a report's body. */
  getState(): PersistedWorkspace;
  debounceMs?: number;
  /** Longest a change waits for its save while changes keep coming (default 2000 ms). */
  maxWaitMs?: number;
  /** A save failed (disk full, permissions): the host tells the user. */
  onSaveError?(error: Error): void;
}

/** A report body as the durable index names it. */
interface Committed {
  rev: number;
  document: LoadedDocument;
  parsed: Indicator[];
}

export async function openWorkspaceStore(dataDir: string, options: StoreOptions): Promise<WorkspaceStore> {
  const filesDir = join(dataDir, FILES_DIR);
  const reportsDir = join(dataDir, REPORTS_DIR);
  await mkdir(filesDir, { recursive: true });
  await mkdir(reportsDir, { recursive: true });
  const lockPath = acquireLock(dataDir);
  const workspacePath = join(dataDir, WORKSPACE_FILE);
  const debounceMs = options.debounceMs ?? 300;
  const maxWaitMs = Math.max(debounceMs, options.maxWaitMs ?? 2000);
  let timer: NodeJS.Timeout | null = null;
  /** When the oldest change not yet being saved was scheduled. */
  let pendingSince: number | null = null;
  let chain: Promise<void> = Promise.resolve();
  /** A write queued behind the one in flight: later requests join it (it reads the state when it starts). */
  let queued: Promise<void> | null = null;
  let closed = false;
  let committed = new Map<string, Committed>();
  /** Originals were renamed into files/ since its last fsync: sync it before an index names them. */
  let filesDirDirty = false;

  const originalPath = (id: string) => {
    // Ids come from our own hashes, but never let one escape files/.
    if (!reportIdSchema.safeParse(id).success) throw new Error(`invalid report id: ${id}`);
    return join(filesDir, id);
  };

  /** Writes the report bodies that changed, then the index naming them, then drops what it superseded. */
  async function persist(state: PersistedWorkspace): Promise<void> {
    // Captured before the first await: the service keeps changing its state while files are written.
    const entries: IndexEntry[] = [];
    const bodies: ReportFile[] = [];
    const next = new Map<string, Committed>();
    for (const report of state.reports) {
      const before = committed.get(report.id);
      const same = before !== undefined && before.document === report.document && before.parsed === report.parsed;
      const rev = same ? before.rev : (before?.rev ?? 0) + 1;
      entries.push({
        id: report.id,
        rev,
        addedAt: report.addedAt,
        demo: report.demo,
        metaEdits: report.metaEdits,
        edits: report.edits,
        encodingOverride: report.encodingOverride,
        hasOriginal: report.hasOriginal,
      });
      next.set(report.id, { rev, document: report.document, parsed: report.parsed });
      if (!same) bodies.push(toReportFile(report, rev));
    }
    const index: WorkspaceIndex = {
      version: INDEX_VERSION,
      savedAt: new Date().toISOString(),
      demoSeeded: state.demoSeeded,
      reports: entries,
      mapping: state.mapping,
      ui: state.ui,
    };
    await forEachLimit(bodies, IO_PARALLEL, (body) =>
      writeFileAtomic(join(reportsDir, reportFileName(body.id, body.rev)), JSON.stringify(body), 0o600, { syncDir: false }),
    );
    if (bodies.length) await syncDir(reportsDir);
    if (filesDirDirty) {
      filesDirDirty = false;
      try {
        await syncDir(filesDir);
      } catch (error) {
        filesDirDirty = true;
        throw error;
      }
    }
    await writeFileAtomic(workspacePath, JSON.stringify(index));
    // The index is durable: files it no longer names can go.
    const superseded: string[] = [];
    for (const [id, before] of committed) {
      if (next.get(id)?.rev !== before.rev) superseded.push(reportFileName(id, before.rev));
    }
    committed = next;
    await Promise.all(superseded.map((name) => rm(join(reportsDir, name), { force: true })));
  }

  const write = (state?: PersistedWorkspace): Promise<void> => {
    if (queued && !state) return queued;
    const next = chain.then(() => {
      if (queued === next) queued = null;
      return persist(state ?? options.getState());
    });
    if (!state) queued = next;
    // Keep the chain alive after a failure; the failure itself is reported, not swallowed.
    chain = next.catch((error: Error) => {
      if (options.onSaveError) options.onSaveError(error);
      else console.error('[workspace] save failed:', error);
    });
    return next;
  };

  const cancelTimer = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };

  const fire = () => {
    timer = null;
    pendingSince = null;
    void write().catch(() => undefined); // reported through onSaveError by the chain
  };

  /** Reads every report the index names; a missing or damaged file drops that report only. */
  async function readIndexed(index: WorkspaceIndex, problems: string[]): Promise<PersistedWorkspace> {
    const loaded: (PersistedReport | null)[] = new Array(index.reports.length).fill(null);
    await forEachLimit(index.reports.map((entry, i) => ({ entry, i })), IO_PARALLEL, async ({ entry, i }) => {
      const name = reportFileName(entry.id, entry.rev);
      const read = await readReportFile(reportsDir, name);
      if (!read.ok) {
        problems.push(await setAside(dataDir, reportsDir, name, read.why));
        return;
      }
      if (read.file.id !== entry.id || read.file.rev !== entry.rev) {
        problems.push(await setAside(dataDir, reportsDir, name, `id/rev ${read.file.id}.${read.file.rev}`));
        return;
      }
      loaded[i] = {
        ...entry,
        document: read.file.document,
        parsed: read.file.parsed,
        ...(read.file.parserVersion === undefined ? {} : { parserVersion: read.file.parserVersion }),
      };
    });
    const reports: PersistedReport[] = [];
    for (const report of loaded) {
      if (!report) continue;
      delete (report as Partial<IndexEntry>).rev;
      reports.push(report);
    }
    const byId = new Map(index.reports.map((e) => [e.id, e.rev]));
    for (const report of reports) committed.set(report.id, { rev: byId.get(report.id) as number, document: report.document, parsed: report.parsed });
    return { version: WORKSPACE_VERSION, savedAt: index.savedAt, demoSeeded: index.demoSeeded, reports, mapping: index.mapping, ui: index.ui };
  }

  /** The index is gone or damaged: rebuild the reports from their files (the newest valid revision
   *  of each); the user's edits, mapping and UI state lived in the index and are lost. */
  async function recover(problems: string[]): Promise<PersistedWorkspace> {
    const revisions = new Map<string, number[]>();
    for (const name of await readdir(reportsDir).catch(() => [] as string[])) {
      const match = REPORT_FILE_NAME.exec(name);
      if (!match) continue;
      const list = revisions.get(match[1]) ?? [];
      list.push(Number(match[2]));
      revisions.set(match[1], list);
    }
    const found: ReportFile[] = [];
    await forEachLimit([...revisions], IO_PARALLEL, async ([id, revs]) => {
      for (const rev of revs.sort((a, b) => b - a)) {
        const name = reportFileName(id, rev);
        const read = await readReportFile(reportsDir, name);
        if (read.ok && read.file.id === id && read.file.rev === rev) {
          found.push(read.file);
          return;
        }
        problems.push(await setAside(dataDir, reportsDir, name, read.ok ? 'id/rev mismatch' : read.why));
      }
    });
    found.sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : a.id < b.id ? -1 : 1));
    const workspace = { ...emptyWorkspace(), demoSeeded: true };
    for (const file of found) {
      workspace.reports.push({
        id: file.id,
        addedAt: file.addedAt,
        demo: file.demo,
        document: file.document,
        parsed: file.parsed,
        ...(file.parserVersion === undefined ? {} : { parserVersion: file.parserVersion }),
        metaEdits: {},
        edits: {},
        encodingOverride: file.encodingOverride,
        hasOriginal: file.hasOriginal,
      });
      committed.set(file.id, { rev: file.rev, document: file.document, parsed: file.parsed });
    }
    return workspace;
  }

  /** Report files the loaded index does not name: superseded revisions, or written by a save that
   *  crashed before its index. */
  async function removeOrphans(): Promise<void> {
    const orphans = (await readdir(reportsDir).catch(() => [] as string[])).filter((name) => {
      const match = REPORT_FILE_NAME.exec(name);
      return match !== null && committed.get(match[1])?.rev !== Number(match[2]);
    });
    await Promise.all(orphans.map((name) => rm(join(reportsDir, name), { force: true })));
  }

  const store: WorkspaceStore = {
    dataDir,

    async load() {
      await removeTempFiles([dataDir, filesDir, reportsDir]);
      committed = new Map();
      let raw: string | null = null;
      try {
        raw = await readFile(workspacePath, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      const problems: string[] = [];
      let notice: string | null = null;
      let damagedPath: string | null = null;
      let workspace: PersistedWorkspace;
      let rewrite = false;
      const parsed = raw === null ? null : parseIndex(raw);
      if (parsed === null || !parsed.ok) {
        if (parsed && !parsed.ok) {
          damagedPath = join(dataDir, `workspace.damaged-${stamp()}.json`);
          await rename(workspacePath, damagedPath);
        }
        workspace = await recover(problems);
        if (parsed === null && workspace.reports.length === 0 && problems.length === 0) {
          return { workspace: emptyWorkspace(), existed: false, notice: null, damagedPath: null };
        }
        const recovered = workspace.reports.length;
        notice =
          (damagedPath
            ? `保存的工作区索引已损坏(${(parsed as { why: string }).why}),已原样另存为 ${damagedPath};`
            : `未找到工作区索引文件 ${workspacePath};`) +
          `已从报告文件恢复 ${recovered} 份报告(对数据的修改、指标映射和界面设置未能恢复)。` +
          ` / ` +
          (damagedPath
            ? `The saved workspace index was damaged (${(parsed as { why: string }).why}); it was set aside unchanged as ${damagedPath}. `
            : `The workspace index ${workspacePath} was missing. `) +
          `${recovered} report(s) were recovered from their files (corrections, metric mapping and UI settings could not be recovered).`;
        rewrite = true;
      } else if (parsed.layout === 'single-file') {
        // Version 1 kept everything in workspace.json: split it now (the next save would anyway).
        workspace = parsed.workspace;
        console.log(`[workspace] migrating ${workspace.reports.length} report(s) from the single-file layout`);
        rewrite = true;
      } else {
        workspace = await readIndexed(parsed.index, problems);
        rewrite = problems.length > 0;
      }
      if (problems.length) {
        const listed = problems.slice(0, NOTICE_NAMES);
        const more = problems.length - listed.length;
        const part =
          `${problems.length} 个报告文件损坏或缺失,已另存并跳过,其余报告正常载入:${listed.join(';')}${more ? ` 等` : ''}` +
          ` / ${problems.length} report file(s) were damaged or missing and were set aside; the other reports loaded: ${listed.join('; ')}${more ? ` and ${more} more` : ''}`;
        notice = notice ? `${notice}\n${part}` : part;
      }
      if (notice) console.warn('[workspace]', notice);
      // Make the disk match what was loaded, so the same problem is not reported on every start.
      if (rewrite) await write(workspace);
      await removeOrphans();
      return { workspace, existed: true, notice, damagedPath };
    },

    scheduleSave() {
      if (closed) return;
      const now = Date.now();
      pendingSince ??= now;
      cancelTimer();
      timer = setTimeout(fire, Math.max(0, Math.min(debounceMs, pendingSince + maxWaitMs - now)));
    },

    saveNow() {
      cancelTimer();
      pendingSince = null;
      return write();
    },

    async flush() {
      if (timer) {
        cancelTimer();
        pendingSince = null;
        await write();
      }
      await chain;
    },

    async backup() {
      try {
        await stat(workspacePath);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
      const target = join(dataDir, `workspace.backup-${stamp()}.json`);
      const state = options.getState();
      await writeFileAtomic(target, JSON.stringify({ ...state, savedAt: new Date().toISOString() }));
      return target;
    },

    async writeOriginal(id, bytes) {
      // Its folder is fsynced once, before the next index (which names the report) is written.
      await writeFileAtomic(originalPath(id), bytes, 0o600, { syncDir: false });
      filesDirDirty = true;
    },

    async readOriginal(id) {
      try {
        return new Uint8Array(await readFile(originalPath(id)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },

    removeOriginal: async (id) => rm(originalPath(id), { force: true }),

    async close() {
      if (closed) return;
      await store.flush();
      closed = true;
      heldHere.delete(dataDir);
      rmSync(lockPath, { force: true });
    },
  };
  return store;
}

function toReportFile(report: PersistedReport, rev: number): ReportFile {
  return {
    format: REPORT_FILE_FORMAT,
    id: report.id,
    rev,
    addedAt: report.addedAt,
    demo: report.demo,
    encodingOverride: report.encodingOverride,
    hasOriginal: report.hasOriginal,
    document: report.document,
    parsed: report.parsed,
    ...(report.parserVersion === undefined ? {} : { parserVersion: report.parserVersion }),
  };
}

type ParsedIndex =
  | { ok: true; layout: 'index'; index: WorkspaceIndex }
  | { ok: true; layout: 'single-file'; workspace: PersistedWorkspace }
  | { ok: false; why: string };

function firstIssue(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  return `${issue?.path.map(String).join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`;
}

function parseIndex(raw: string): ParsedIndex {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { ok: false, why: `JSON: ${(error as Error).message}` };
  }
  const version = json && typeof json === 'object' ? (json as { version?: unknown }).version : undefined;
  if (version === WORKSPACE_VERSION) {
    const parsed = persistedWorkspaceSchema.safeParse(json);
    return parsed.success ? { ok: true, layout: 'single-file', workspace: parsed.data } : { ok: false, why: firstIssue(parsed.error) };
  }
  const parsed = workspaceIndexSchema.safeParse(json);
  return parsed.success ? { ok: true, layout: 'index', index: parsed.data } : { ok: false, why: firstIssue(parsed.error) };
}

type ReadReport = { ok: true; file: ReportFile } | { ok: false; why: string };

async function readReportFile(reportsDir: string, name: string): Promise<ReadReport> {
  let raw: string;
  try {
    raw = await readFile(join(reportsDir, name), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, why: code === 'ENOENT' ? 'missing' : (error as Error).message };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { ok: false, why: `JSON: ${(error as Error).message}` };
  }
  const parsed = reportFileSchema.safeParse(json);
  return parsed.success ? { ok: true, file: parsed.data } : { ok: false, why: firstIssue(parsed.error) };
}

/** Moves a damaged report file out of reports/ (kept unchanged for the user) and says where. */
async function setAside(dataDir: string, reportsDir: string, name: string, why: string): Promise<string> {
  if (why === 'missing') return `${name}(缺失 / missing)`;
  const target = join(dataDir, `report.damaged-${stamp()}-${name}`);
  try {
    await rename(join(reportsDir, name), target);
    return `${name}(${why})→ ${target}`;
  } catch (error) {
    return `${name}(${why}; 无法移走 / could not be moved: ${(error as Error).message})`;
  }
}

/** Runs fn over items with at most `limit` in flight; rejects with the first failure. */
async function forEachLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/** Temp files of writes interrupted by a crash: never complete, never read. */
async function removeTempFiles(dirs: string[]): Promise<void> {
  for (const dir of dirs) {
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      if (name.includes(TEMP_MARK)) await rm(join(dir, name), { force: true });
    }
  }
}
