// Files and folders dropped on the window, read to bytes here in the renderer: main never
// opens a path the renderer names. Folders are walked with the File and Directory Entries API;
// items without an entry (synthetic drops) fall back to getAsFile().
import type { DroppedFile } from '../../../shared/api';

const MAX_FILES = 500;

export const MAX_DROPPED_FILES = MAX_FILES;

/** The dropped files' bytes; `truncated` when more than MAX_DROPPED_FILES were dropped (the rest are left out). */
export async function readDropped(transfer: DataTransfer): Promise<{ files: DroppedFile[]; truncated: boolean }> {
  const files: File[] = [];
  const walks: Promise<void>[] = [];
  // Entries must be taken synchronously, before the event handler returns.
  for (const item of Array.from(transfer.items)) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.() ?? null;
    if (entry) walks.push(walkEntry(entry, files));
    else {
      const file = item.getAsFile();
      if (file) files.push(file);
    }
  }
  if (transfer.items.length === 0) files.push(...Array.from(transfer.files));
  await Promise.all(walks);
  const limited = files.slice(0, MAX_FILES);
  const read = await Promise.all(limited.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
  return { files: read, truncated: files.length > MAX_FILES };
}

async function walkEntry(entry: FileSystemEntry, out: File[], inFolder = false): Promise<void> {
  // One past the limit is enough to know the drop was truncated.
  if (out.length > MAX_FILES) return;
  // Hidden and Office lock files inside a dropped folder are not reports (a file dropped on its own still is).
  if (entry.isFile) {
    if (inFolder && /^(\.|~\$)/.test(entry.name)) return;
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push(file);
    return;
  }
  if (entry.isDirectory) {
    if (entry.name.startsWith('.')) return;
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    // readEntries returns batches (100 at a time in Chromium) until an empty one.
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
      if (batch.length === 0) break;
      for (const child of batch) await walkEntry(child, out, true);
    }
  }
}
