// Crash-safe file replacement: a reader sees either the old complete file or the new complete
// file, never a torn one. Write a temp file in the same directory (same filesystem, so rename is
// atomic), fsync it, rename over the target, then fsync the directory so the rename itself survives
// a power cut.
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let counter = 0;

export const TEMP_MARK = '.tmp-';

export interface AtomicWriteOptions {
  /** False when the caller writes many files into one folder and fsyncs the folder once itself
   *  (before anything that depends on them is written). */
  syncDir?: boolean;
}

/** mode: 0o600 for our own data folder; user exports pass 0o644 (umask still applies). */
export async function writeFileAtomic(path: string, data: string | Uint8Array, mode = 0o600, options: AtomicWriteOptions = {}): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `${basename(path)}${TEMP_MARK}${process.pid}-${++counter}`);
  const handle = await open(temp, 'w', mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  if (options.syncDir !== false) await syncDir(dir);
}

/** fsync a directory so a rename in it is durable. Windows cannot open directories for sync. */
export async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
