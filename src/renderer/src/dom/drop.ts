// Files and folders dropped on the window, read to bytes here in the renderer: main never
// opens a path the renderer names. Folders are walked with the File and Directory Entries API;
// items without an entry (synthetic drops) fall back to getAsFile().
import type { DroppedFile } from '../../../shared/api';

const MAX_FILES = 500;

export async function readDropped(transfer: DataTransfer): Promise<DroppedFile[]> {
  const files: File[] = [];
  const walks: Promise<void>[] = [];
  // Entries must be taken synchronously, before the event handler returns.
  for (const item of Array.from(transfer.items)) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.() ?? null;
    if (entry) walks.push(walkEntry(entry, '', files));
    else {
      const file = item.getAsFile();
      if (file) files.push(file);
    }
  }
  if (transfer.items.length === 0) files.push(...Array.from(transfer.files));
  await Promise.all(walks);
  const limited = files.slice(0, MAX_FILES);
  return Promise.all(
    limited.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
}

async function walkEntry(entry: FileSystemEntry, prefix: string, out: File[]): Promise<void> {
  if (out.length >= MAX_FILES) return;
  if (entry.isFile) {
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
      for (const child of batch) await walkEntry(child, prefix + entry.name + '/', out);
    }
  }
}
