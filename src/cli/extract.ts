// `npm run extract -- [--format jsonl|csv] [--out FILE] [--encoding ENC] FILE|DIR...`
// Loads each report, extracts every figure, prints one JSON object (or CSV row) per indicator.
// Bad files get one line on stderr and the rest of the batch goes on.
import { createWriteStream, openSync } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { loadDocument } from '../main/loaders';
import { extractIndicators } from '../core/parser';
import { cellText, longHeader, longRows, type CellValue } from '../core/csv';
import type { StoredReport } from '../shared/api';
import { parseArgs, UsageError, USAGE, type CliArgs } from './args';
import { expandPaths } from './expand';
import { jsonRecord } from './records';

export interface RunResult {
  exitCode: number;
  loaded: number;
  failed: number;
}

/** Quotes a CSV cell only when needed (RFC 4180): the same output papaparse gives, without loading it. */
function csvLine(cells: readonly CellValue[]): string {
  return cells
    .map((c) => {
      const t = cellText(c);
      return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
    })
    .join(',');
}

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

export async function run(argv: readonly string[], stdout: Writable, stderr: Writable): Promise<RunResult> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    stderr.write(`${err.message}\n\n${USAGE}\n`);
    return { exitCode: 2, loaded: 0, failed: 0 };
  }
  if (args.help) {
    stdout.write(`${USAGE}\n`);
    return { exitCode: 0, loaded: 0, failed: 0 };
  }
  let out: Writable = stdout;
  if (args.out) {
    // Open before any work, so a bad --out path fails at once with a clear message.
    let fd: number;
    try {
      fd = openSync(args.out, 'w');
    } catch (err) {
      stderr.write(`无法写入 ${args.out} / cannot write ${args.out}: ${(err as Error).message}\n`);
      return { exitCode: 2, loaded: 0, failed: 0 };
    }
    out = createWriteStream('', { fd });
  }
  const files = await expandPaths(args.files);
  if (files.length === 0) stderr.write('没有找到支持的报告文件 / no supported report file found\n');
  if (args.format === 'csv') await write(out, '\uFEFF' + csvLine(longHeader('zh')) + '\r\n');
  let loaded = 0;
  let failed = 0;
  for (const file of files) {
    const result = await loadDocument({ path: file }, args.encoding ? { encoding: args.encoding } : {});
    if (!result.ok) {
      failed++;
      stderr.write(`${file}: [${result.error.code}] ${result.error.message} / ${result.error.messageEn}\n`);
      continue;
    }
    loaded++;
    const doc = result.document;
    for (const w of doc.warnings) stderr.write(`${file}: 提示 / note: ${w}\n`);
    const indicators = extractIndicators(doc.text);
    let chunk = '';
    if (args.format === 'jsonl') {
      for (const ind of indicators) chunk += JSON.stringify(jsonRecord(file, doc, ind)) + '\n';
    } else {
      // The app's long table, one report at a time so output streams; the file column shows the path given.
      const report: StoredReport = { id: doc.contentHash, document: { ...doc, fileName: file }, indicators, addedAt: '', demo: false };
      for (const row of longRows([report], null, null, 'zh')) chunk += csvLine(row) + '\r\n';
    }
    if (chunk) await write(out, chunk);
  }
  if (args.out) {
    out.end();
    await once(out, 'finish');
  }
  return { exitCode: loaded === 0 && files.length > 0 ? 1 : files.length === 0 ? 1 : 0, loaded, failed };
}

// Run when executed directly (tsx src/cli/extract.ts), not when imported by a test.
const invokedDirectly = process.argv[1] && /extract\.ts$|extract\.js$|extract\.mjs$/.test(process.argv[1]);
if (invokedDirectly) {
  // `extract … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  run(process.argv.slice(2), process.stdout, process.stderr).then(
    (r) => {
      process.exitCode = r.exitCode;
    },
    (err: unknown) => {
      process.stderr.write(`extract: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
