// Builds the shipped demo set: resources/demo/src/*.txt (UTF-8 report texts) become the files
// users really have — GBK and Big5 .txt, saved web pages, .docx, PDFs — in resources/demo/, listed
// in resources/demo/manifest.json. Each written file is loaded back with the app's own loader and
// checked (metadata, figures found) so a broken demo never ships.
//
//   npx tsx scripts/build-demo.ts [--src DIR] [--out DIR]
//
// Formats: from resources/demo/src/manifest.json when present ([{src, format, region?, reviewYear?,
// reportDate?}]), otherwise assigned in rotation.
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadDocument } from '../src/main/loaders';
import { extractIndicators } from '../src/core/parser';
import { REPORT_FORMATS, writeReport, type ReportFormat } from './lib/report-files';

interface SourceEntry {
  src: string;
  format: ReportFormat;
  region?: string;
  reviewYear?: number;
  reportDate?: string;
}

export interface DemoManifestEntry {
  file: string;
  src: string;
  format: ReportFormat;
  encoding: string | null;
  region: string | null;
  reviewYear: number | null;
  reportDate: string | null;
  indicators: number;
}

const ROTATION: ReportFormat[] = ['txt-gbk', 'pdf', 'html', 'docx', 'txt-utf8', 'html', 'txt-big5', 'txt-gbk'];

async function sourceEntries(srcDir: string): Promise<SourceEntry[]> {
  const manifest = path.join(srcDir, 'manifest.json');
  if (existsSync(manifest)) {
    const list = JSON.parse(await readFile(manifest, 'utf8')) as SourceEntry[];
    for (const e of list) if (!REPORT_FORMATS.includes(e.format)) throw new Error(`${manifest}: unknown format “${e.format}” for ${e.src} (known: ${REPORT_FORMATS.join(', ')})`);
    return list;
  }
  const names = (await readdir(srcDir)).filter((n) => n.endsWith('.txt')).sort();
  return names.map((src, i) => ({ src, format: ROTATION[i % ROTATION.length] }));
}

export async function buildDemo(srcDir: string, outDir: string, log: (line: string) => void = console.log): Promise<{ entries: DemoManifestEntry[]; problems: string[] }> {
  await mkdir(outDir, { recursive: true });
  const entries: DemoManifestEntry[] = [];
  const problems: string[] = [];
  for (const e of await sourceEntries(srcDir)) {
    const text = await readFile(path.join(srcDir, e.src), 'utf8');
    const base = e.src.replace(/\.txt$/, '');
    const written = writeReport(text, e.format, { title: `${base.split('-')[0]}政府工作报告`, siteName: `${base.split('-')[0]}人民政府门户网站` });
    const file = `${base}.${written.extension}`;
    await writeFile(path.join(outDir, file), written.bytes);

    // Load it back the way the app will.
    const loaded = await loadDocument({ path: path.join(outDir, file) });
    if (!loaded.ok) {
      problems.push(`${file}: ${loaded.error.messageEn}`);
      continue;
    }
    const { meta } = loaded.document;
    const found = extractIndicators(loaded.document.text).length;
    const expected = extractIndicators(text).length;
    const checks: [string, unknown, unknown][] = [
      ['region', meta.region.value, e.region],
      ['reviewYear', meta.reviewYear.value, e.reviewYear],
      ['reportDate', meta.reportDate.value, e.reportDate],
      ['encoding', loaded.document.encoding, written.encoding],
    ];
    for (const [name, got, want] of checks) if (want !== undefined && got !== want) problems.push(`${file}: ${name} detected as ${String(got)}, expected ${String(want)}`);
    // Layout (PDF line joins, HTML paragraphs) may shift a figure or two; losing many is a bug.
    if (found < expected * 0.9) problems.push(`${file}: ${found} figures found, ${expected} in the source text`);
    entries.push({ file, src: e.src, format: e.format, encoding: loaded.document.encoding, region: meta.region.value, reviewYear: meta.reviewYear.value, reportDate: meta.reportDate.value, indicators: found });
    log(`${file.padEnd(32)} ${e.format.padEnd(12)} ${String(written.bytes.length).padStart(7)} B  ${String(meta.region.value).padEnd(8)} ${meta.reviewYear.value} ${meta.reportDate.value}  ${found}/${expected} figures`);
  }
  await writeFile(path.join(outDir, 'manifest.json'), JSON.stringify({ reports: entries }, null, 2) + '\n');
  return { entries, problems };
}

const argValue = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

if (process.argv[1] && /build-demo\.ts$/.test(process.argv[1])) {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
  const srcDir = argValue('--src') ?? path.join(root, 'resources/demo/src');
  const outDir = argValue('--out') ?? path.join(root, 'resources/demo');
  buildDemo(srcDir, outDir).then(
    ({ entries, problems }) => {
      console.log(`${entries.length} demo reports written to ${outDir}`);
      for (const p of problems) console.error(`problem: ${p}`);
      process.exitCode = problems.length ? 1 : 0;
    },
    (err: unknown) => {
      console.error(`build-demo: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
    },
  );
}
