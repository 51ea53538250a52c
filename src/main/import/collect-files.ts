// The files a folder import picks up: every supported report below the folder, recursively,
// skipping hidden and system files, never following symbolic links (no loops, no escaping the
// folder the user chose). Sorted, so a batch imports in a predictable order.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { SUPPORTED_EXTENSIONS, extensionOf } from '../loaders/sniff';

/** A folder with more files than this is almost certainly the wrong folder (a whole disk). */
export const MAX_FOLDER_FILES = 10_000;

const SYSTEM_NAMES = new Set(['thumbs.db', 'desktop.ini', 'ehthumbs.db', '__macosx', 'node_modules', '$recycle.bin', 'system volume information']);

export function isIgnoredName(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    name.startsWith('.') || // hidden (Unix), .DS_Store, ._AppleDouble
    name.startsWith('~$') || // Office lock files next to an open document
    name.startsWith('~') ||
    SYSTEM_NAMES.has(lower)
  );
}

export function isSupportedFile(name: string): boolean {
  return !isIgnoredName(name) && SUPPORTED_EXTENSIONS.has(extensionOf(name));
}

export interface CollectedFiles {
  files: string[];
  /** True when the folder held more than MAX_FOLDER_FILES supported files (the rest are left out). */
  truncated: boolean;
}

export async function collectFiles(folder: string, limit = MAX_FOLDER_FILES): Promise<CollectedFiles> {
  const files: string[] = [];
  const pending = [folder];
  while (pending.length) {
    const dir = pending.shift() as string;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      // An unreadable subfolder (permissions) must not stop the rest of the import.
      console.warn(`[import] skipped unreadable folder ${dir}: ${(error as Error).message}`);
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (isIgnoredName(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile() && isSupportedFile(entry.name)) {
        if (files.length >= limit) return { files, truncated: true };
        files.push(path);
      }
    }
  }
  return { files, truncated: false };
}
