// Prints how long loadDocument takes per format, on a realistic report and on the hostile inputs
// whose limits are documented in src/main/loaders/limits.ts. Figures only; nothing is asserted.
//
//   npx tsx scripts/bench-loaders.ts [--runs N]
import { loadDocument } from '../src/main/loaders';
import { REPORT_FORMATS, writeReport } from './lib/report-files';
import { SAMPLE_QINGCHUAN_2024 } from './lib/sample-texts';
import { layoutParagraphs, makePdf } from './lib/make-pdf';
import { makeZip } from './lib/make-docx';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 5;

async function time(name: string, bytes: Uint8Array, fileName: string, runs = RUNS): Promise<void> {
  const ms: number[] = [];
  let outcome = '';
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = await loadDocument({ name: fileName, bytes });
    ms.push(performance.now() - t);
    outcome = r.ok ? `ok, ${r.document.text.length} chars` : `error ${r.error.code}`;
  }
  ms.sort((a, b) => a - b);
  const kb = (bytes.length / 1024).toFixed(0).padStart(7);
  console.log(`${name.padEnd(34)} ${kb} KB  median ${ms[Math.floor(ms.length / 2)].toFixed(1).padStart(8)} ms  max ${ms[ms.length - 1].toFixed(1).padStart(8)} ms  (${outcome})`);
}

// A full-length report: the sample repeated to ~40 pages of text.
const longText = Array.from({ length: 25 }, () => SAMPLE_QINGCHUAN_2024).join('\n');

console.log(`loadDocument, ${RUNS} runs each (first run includes lazy imports)`);
for (const format of REPORT_FORMATS) {
  const w = writeReport(longText, format, { siteName: '临江市青川区人民政府' });
  await time(`report ${format}`, w.bytes, `report.${w.extension}`);
}

console.log('\nhostile input (limits in src/main/loaders/limits.ts)');
const pages2000 = makePdf(layoutParagraphs(Array.from({ length: 2000 }, (_, i) => `第${i + 1}页:新登记市场主体${8000 + i}户。`), { linesPerPage: 1 }));
await time('2,000-page PDF', pages2000, 'long.pdf', 1);
const bomb = makeZip({ '[Content_Types].xml': '<Types/>', '_rels/.rels': '<R/>', 'word/document.xml': new Uint8Array(100 * 2 ** 20).fill(0x20) }, 9);
await time('zip bomb docx (100 MB inflated)', bomb, 'bomb.docx', 1);
const deep = `<html><body>${'<div>'.repeat(10_000)}<p>地区生产总值412.6亿元。</p>${'</div>'.repeat(10_000)}</body></html>`;
await time('HTML nested 10,000 deep', new Uint8Array(Buffer.from(deep)), 'deep.html', 1);
await time('a million digits, one line', new Uint8Array(Buffer.alloc(1_000_000, 0x31)), 'digits.txt', 1);
const big = Buffer.alloc(40 * 2 ** 20, Buffer.from('地区生产总值增长5.8%。\n'));
await time('40 MB text (under the 50 MB limit)', new Uint8Array(big), 'big.txt', 1);
