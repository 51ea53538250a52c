// Turns the paths given on the command line into files: a folder stands for every supported
// report file under it (sorted, hidden files skipped); a file is kept as given.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { SUPPORTED_EXTENSIONS, extensionOf } from '../main/loaders/sniff';

export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const st = await stat(p).catch(() => null);
    // Missing paths stay in the list: loadDocument reports them with a clear message.
    if (st?.isDirectory()) out.push(...(await filesUnder(p)));
    else out.push(p);
  }
  return out;
}

async function filesUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  const pending = [dir];
  while (pending.length) {
    const d = pending.pop()!;
    const entries = await readdir(d, { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
      const full = path.join(d, e.name);
      if (e.isDirectory()) pending.push(full);
      else if (e.isFile() && SUPPORTED_EXTENSIONS.has(extensionOf(e.name))) found.push(full);
    }
  }
  return found.sort((a, b) => a.localeCompare(b));
}
