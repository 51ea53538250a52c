// Where the workspace lives on disk: dataDir/workspace.json (validated on load, replaced
// atomically, saved debounced), dataDir/files/<reportId> (original bytes of text reports) and a
// lock file so that two hosts never write the same folder at once.
import { mkdir, readFile, readdir, rename, rm } from 'node:fs/promises';
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { TEMP_MARK, writeFileAtomic } from './atomic-file';
import { emptyWorkspace, persistedWorkspaceSchema, reportIdSchema, type PersistedWorkspace } from './workspace-schema';

export const WORKSPACE_FILE = 'workspace.json';
export const LOCK_FILE = 'workspace.lock';
export const FILES_DIR = 'files';

export interface LoadOutcome {
  workspace: PersistedWorkspace;
  /** False on first start (no workspace file yet). */
  existed: boolean;
  /** Set when the saved file was damaged and set aside. */
  notice: string | null;
  /** Where the damaged file was moved. */
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
  /** Saves the state the getter returns, at most once per debounce interval. */
  scheduleSave(): void;
  /** Writes now (after any write in flight) and resolves when it is durable. */
  saveNow(): Promise<void>;
  /** Waits for pending and in-flight saves. */
  flush(): Promise<void>;
  /** Copies the current workspace file aside (before it is replaced by an imported one). */
  backup(): Promise<string | null>;
  writeOriginal(reportId: string, bytes: Uint8Array): Promise<void>;
  readOriginal(reportId: string): Promise<Uint8Array | null>;
  removeOriginal(reportId: string): Promise<void>;
  /** Flushes, and releases the lock. */
  close(): Promise<void>;
}

export interface StoreOptions {
  /** Returns the state to save (called at write time, so the latest state wins). */
  getState(): PersistedWorkspace;
  debounceMs?: number;
  /** A save failed (disk full, permissions): the host tells the user. */
  onSaveError?(error: Error): void;
}

export async function openWorkspaceStore(dataDir: string, options: StoreOptions): Promise<WorkspaceStore> {
  await mkdir(join(dataDir, FILES_DIR), { recursive: true });
  const lockPath = acquireLock(dataDir);
  const workspacePath = join(dataDir, WORKSPACE_FILE);
  const debounceMs = options.debounceMs ?? 300;
  let timer: NodeJS.Timeout | null = null;
  let chain: Promise<void> = Promise.resolve();
  let closed = false;

  const originalPath = (id: string) => {
    // Ids come from our own hashes, but never let one escape files/.
    if (!reportIdSchema.safeParse(id).success) throw new Error(`invalid report id: ${id}`);
    return join(dataDir, FILES_DIR, id);
  };

  const write = (): Promise<void> => {
    const next = chain.then(async () => {
      const state = { ...options.getState(), savedAt: new Date().toISOString() };
      await writeFileAtomic(workspacePath, JSON.stringify(state));
    });
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

  const store: WorkspaceStore = {
    dataDir,

    async load() {
      await removeTempFiles(dataDir);
      let raw: string;
      try {
        raw = await readFile(workspacePath, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          return { workspace: emptyWorkspace(), existed: false, notice: null, damagedPath: null };
        }
        throw error;
      }
      const reason = validate(raw);
      if (reason.ok) return { workspace: reason.workspace, existed: true, notice: null, damagedPath: null };
      const damagedPath = join(dataDir, `workspace.damaged-${stamp()}.json`);
      await rename(workspacePath, damagedPath);
      const notice =
        `保存的工作区文件已损坏(${reason.why}),已原样另存为 ${damagedPath},当前从空工作区开始。` +
        ` / The saved workspace was damaged (${reason.why}); it was set aside unchanged as ${damagedPath} and an empty workspace was started.`;
      console.warn('[workspace]', notice);
      return { workspace: emptyWorkspace(), existed: true, notice, damagedPath };
    },

    scheduleSave() {
      if (closed) return;
      cancelTimer();
      timer = setTimeout(() => {
        timer = null;
        void write().catch(() => undefined); // reported through onSaveError by the chain
      }, debounceMs);
    },

    saveNow() {
      cancelTimer();
      return write();
    },

    async flush() {
      if (timer) {
        cancelTimer();
        await write();
      }
      await chain;
    },

    async backup() {
      const target = join(dataDir, `workspace.backup-${stamp()}.json`);
      try {
        const current = await readFile(workspacePath);
        await writeFileAtomic(target, current);
        return target;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },

    writeOriginal: async (id, bytes) => writeFileAtomic(originalPath(id), bytes),

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

type Validation = { ok: true; workspace: PersistedWorkspace } | { ok: false; why: string };

function validate(raw: string): Validation {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { ok: false, why: `JSON: ${(error as Error).message}` };
  }
  const parsed = persistedWorkspaceSchema.safeParse(json);
  if (parsed.success) return { ok: true, workspace: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, why: `${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}` };
}

/** Temp files of writes interrupted by a crash: never complete, never read. */
async function removeTempFiles(dataDir: string): Promise<void> {
  for (const dir of [dataDir, join(dataDir, FILES_DIR)]) {
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      if (name.includes(TEMP_MARK)) await rm(join(dir, name), { force: true });
    }
  }
}
