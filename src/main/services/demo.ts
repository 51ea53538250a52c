// The demo reports shipped in resources/demo: listed by manifest.json, loaded on first start.
// Accepted manifest shapes: ["a.txt", …], { "reports": [...] } or { "files": [...] }, where an entry
// is a file name or an object naming it under file / path / name.
import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';

export interface DemoFiles {
  paths: string[];
  /** Why nothing (or less) was loaded, for the log. */
  problem: string | null;
}

function entryName(entry: unknown): string | null {
  if (typeof entry === 'string') return entry;
  if (entry && typeof entry === 'object') {
    const record = entry as Record<string, unknown>;
    for (const key of ['file', 'path', 'name']) if (typeof record[key] === 'string') return record[key] as string;
  }
  return null;
}

export async function readDemoManifest(resourcesDir: string): Promise<DemoFiles> {
  const demoDir = join(resourcesDir, 'demo');
  const manifestPath = join(demoDir, 'manifest.json');
  let json: unknown;
  try {
    json = JSON.parse(await readFile(manifestPath, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { paths: [], problem: code === 'ENOENT' ? `no demo manifest at ${manifestPath}` : `unreadable demo manifest ${manifestPath}: ${(error as Error).message}` };
  }
  const list = Array.isArray(json)
    ? json
    : json && typeof json === 'object'
      ? ((json as Record<string, unknown>).reports ?? (json as Record<string, unknown>).files)
      : null;
  if (!Array.isArray(list)) return { paths: [], problem: `demo manifest ${manifestPath} lists no reports` };
  const paths: string[] = [];
  for (const entry of list) {
    const name = entryName(entry);
    const path = name ? normalize(join(demoDir, name)) : null;
    // Entries stay inside resources/demo.
    if (path && path.startsWith(demoDir + sep)) paths.push(path);
    else console.warn(`[demo] ignored manifest entry ${JSON.stringify(entry)}`);
  }
  return { paths, problem: paths.length ? null : `demo manifest ${manifestPath} lists no usable reports` };
}
