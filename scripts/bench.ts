// Benchmark of the extraction engine on this machine: `npm run bench` (full) or
// `npm run bench -- --quick` (smaller). Prints figures; asserts nothing.
//
//   1. the parser over the real corpus (../shared/corpus/text, when present)
//   2. a generated batch of report-sized texts: throughput, latency, memory
//   3. linearity: one text of 10k, 100k, 1M characters
//   4. side by side with Microsoft Recognizers-Text (zh-cn) on the corpus text
//   5. the metric catalogue: match() per label, cold and cached
//   6. batch import of mixed-format files through the app's path (report service, openFolder)
//
// `--json PATH` also writes every table as JSON (to refresh figures in docs without re-typing).
// `--import-in-process` also imports the batch of section 6 without the worker, for comparison.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Culture, NumberRecognizer } from '@microsoft/recognizers-text-number';
import { NumberWithUnitRecognizer } from '@microsoft/recognizers-text-number-with-unit';
import { extractIndicators } from '../src/core/parser';
import { catalogueMetrics, createCatalogue, defaultCatalogue } from '../src/core/catalogue';
import { benchImportBatch } from './bench/import-batch';
import { generateReport } from './bench/report-generator';
import { fmt, int, mb, median, quantile, type Row } from './bench/stats';

const QUICK = process.argv.includes('--quick');
/** Also import the batch with the in-process fallback (no worker), to compare main-thread delay. */
const IMPORT_IN_PROCESS = process.argv.includes('--import-in-process');
const JSON_OUT = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : undefined;
const PLAN = QUICK
  ? { corpusRuns: 3, batchReports: 100, reportChars: 20_000, linearity: [10_000, 100_000, 1_000_000], linearityRuns: [5, 2, 1], recognizerFiles: 8 }
  : { corpusRuns: 15, batchReports: 1000, reportChars: 20_000, linearity: [10_000, 100_000, 1_000_000], linearityRuns: [20, 5, 2], recognizerFiles: Infinity };
/** Beyond this a bigger linearity step is projected rather than run (a quadratic parser would take minutes). */
const LINEARITY_BUDGET_MS = 60_000;
const CORPUS_DIR = fileURLToPath(new URL('../../shared/corpus/text/', import.meta.url));

// ---------------------------------------------------------------------------------------------
// Output

const printed: Array<{ title: string; rows: Row[]; note?: string }> = [];

/** Terminal width of a string: CJK and full-width characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

function printTable(title: string, rows: Row[], note?: string): void {
  printed.push({ title, rows, note });
  console.log(`\n## ${title}`);
  if (rows.length === 0) {
    console.log(note ?? '(nothing measured)');
    return;
  }
  const columns = Object.keys(rows[0]);
  const cells = rows.map((row) => columns.map((c) => String(row[c] ?? '')));
  const widths = columns.map((c, i) => Math.max(width(c), ...cells.map((r) => width(r[i]))));
  const line = (values: string[]) =>
    values.map((v, i) => (typeof rows[0][columns[i]] === 'number' || /^[\d.,]+/.test(v) ? ' '.repeat(widths[i] - width(v)) + v : v + ' '.repeat(widths[i] - width(v)))).join('  ');
  console.log(line(columns));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells) console.log(line(r));
  if (note) console.log(note);
}


// ---------------------------------------------------------------------------------------------
// Timing the parser

interface Run {
  ms: number;
  indicators: number;
  error?: string;
}

/** One timed extraction. An exception is reported in the tables, never swallowed. */
function timedExtract(text: string): Run {
  const start = performance.now();
  try {
    const indicators = extractIndicators(text, { catalogue: defaultCatalogue() });
    return { ms: performance.now() - start, indicators: indicators.length };
  } catch (error) {
    return { ms: performance.now() - start, indicators: 0, error: error instanceof Error ? error.message : String(error) };
  }
}

const errorsNote = (runs: Run[]) => {
  const failed = runs.filter((r) => r.error);
  return failed.length === 0 ? '' : `\n!! extractIndicators threw on ${failed.length} of ${runs.length} runs (first: ${failed[0].error})`;
};

// ---------------------------------------------------------------------------------------------
// 1. Real corpus

interface CorpusResult {
  texts: Array<{ name: string; text: string; medianMs: number; indicators: number }>;
  /** Sum over the texts of their median extraction time: one pass over the corpus. */
  passMs: number;
}

function benchCorpus(): CorpusResult | null {
  if (!existsSync(CORPUS_DIR)) {
    printTable('Parser on the real corpus', [], `skipped: ${CORPUS_DIR} not found (the corpus lives next to the project in ../shared)`);
    return null;
  }
  const texts = readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(CORPUS_DIR + name, 'utf8'), medianMs: NaN, indicators: 0 }));
  for (const { text } of texts) timedExtract(text); // warm-up: JIT, lazy lexicons, the catalogue
  const runs: Run[] = [];
  const perText = texts.map((entry) => {
    const times: number[] = [];
    for (let i = 0; i < PLAN.corpusRuns; i++) {
      const run = timedExtract(entry.text);
      runs.push(run);
      times.push(run.ms);
    }
    entry.medianMs = median(times);
    entry.indicators = runs[runs.length - 1].indicators;
    return { ms: entry.medianMs, indicators: entry.indicators };
  });
  const chars = texts.reduce((sum, t) => sum + t.text.length, 0);
  const passMs = perText.reduce((sum, t) => sum + t.ms, 0);
  const indicators = perText.reduce((sum, t) => sum + t.indicators, 0);
  printTable(
    'Parser on the real corpus (../shared/corpus/text)',
    [
      {
        reports: texts.length,
        chars: int(chars),
        'chars/s': int(chars / (passMs / 1000)),
        'median ms/report': fmt(median(perText.map((t) => t.ms)), 3),
        'max ms/report': fmt(Math.max(...perText.map((t) => t.ms)), 3),
        'total ms (one pass)': fmt(passMs, 2),
        indicators,
      },
    ],
    `each report timed ${PLAN.corpusRuns}× after a warm-up pass; per-report median` + (indicators === 0 ? '\nnote: the parser found no indicators (still a stub?): these figures time an empty pipeline' : '') + errorsNote(runs),
  );
  return { texts, passMs };
}

// ---------------------------------------------------------------------------------------------
// 2. Generated batch

function benchBatch(): void {
  const count = PLAN.batchReports;
  const times: number[] = [];
  const runs: Run[] = [];
  let chars = 0;
  let generateMs = 0;
  let peakHeap = 0;
  let peakRss = 0;
  const before = process.memoryUsage();
  timedExtract(generateReport(0xbeef, PLAN.reportChars)); // warm-up
  for (let i = 0; i < count; i++) {
    const g0 = performance.now();
    const text = generateReport(1 + i, PLAN.reportChars);
    generateMs += performance.now() - g0;
    const run = timedExtract(text);
    runs.push(run);
    times.push(run.ms);
    chars += text.length;
    // Sampled between reports: extraction is synchronous, so a timer would never fire during it.
    const memory = process.memoryUsage();
    peakHeap = Math.max(peakHeap, memory.heapUsed);
    peakRss = Math.max(peakRss, memory.rss);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const totalMs = times.reduce((a, b) => a + b, 0);
  printTable(
    `Generated batch: ${count} reports of ~${int(PLAN.reportChars)} characters (seeded)`,
    [
      {
        reports: count,
        chars: int(chars),
        'chars/s': int(chars / (totalMs / 1000)),
        'median ms': fmt(quantile(sorted, 0.5), 3),
        'p95 ms': fmt(quantile(sorted, 0.95), 3),
        'max ms': fmt(sorted[sorted.length - 1], 3),
        'total s': fmt(totalMs / 1000, 2),
        indicators: int(runs.reduce((s, r) => s + r.indicators, 0)),
      },
    ],
    [
      `memory (sampled after each report): heap ${mb(before.heapUsed)} before → peak ${mb(peakHeap)}; RSS ${mb(before.rss)} before → peak ${mb(peakRss)}; process max RSS so far ${mb(process.resourceUsage().maxRSS * 1024)}`,
      `generating the texts took ${fmt(generateMs / 1000, 2)} s (not counted above)`,
    ].join('\n') + errorsNote(runs),
  );
}

// ---------------------------------------------------------------------------------------------
// 3. Linearity

function benchLinearity(): void {
  const rows: Row[] = [];
  let lastMsPer10k = NaN;
  for (const [i, size] of PLAN.linearity.entries()) {
    const text = generateReport(0x5eed + i, size);
    const previous = rows[rows.length - 1];
    const projected = lastMsPer10k * (text.length / 10_000);
    if (previous && projected > LINEARITY_BUDGET_MS) {
      rows.push({ chars: int(text.length), runs: 0, 'median ms': `skipped (~${int(projected)} ms projected)`, 'ms per 10k chars': '' });
      continue;
    }
    timedExtract(text.slice(0, 10_000)); // warm-up
    const times: number[] = [];
    for (let r = 0; r < PLAN.linearityRuns[i]; r++) times.push(timedExtract(text).ms);
    const ms = median(times);
    lastMsPer10k = ms / (text.length / 10_000);
    rows.push({ chars: int(text.length), runs: times.length, 'median ms': fmt(ms, 3), 'ms per 10k chars': fmt(lastMsPer10k, 4) });
  }
  printTable('Linearity: one text of growing size', rows, 'a linear parser keeps "ms per 10k chars" flat');
}

// ---------------------------------------------------------------------------------------------
// 4. Microsoft Recognizers-Text, zh-cn, sentence by sentence

const SENTENCE_END = /(?<=[。！？；!?;\n])/;

function benchRecognizers(corpus: CorpusResult | null): void {
  if (!corpus) {
    printTable('Microsoft Recognizers-Text (zh-cn) vs the parser', [], 'skipped: needs the real corpus');
    return;
  }
  const texts = corpus.texts.slice(0, PLAN.recognizerFiles);
  const sentences = texts.flatMap(({ text }) => text.split(SENTENCE_END)).filter((s) => s.trim() !== '');
  const chars = sentences.reduce((sum, s) => sum + s.length, 0);

  const c0 = performance.now();
  const numbers = new NumberRecognizer(Culture.Chinese);
  const units = new NumberWithUnitRecognizer(Culture.Chinese);
  const models = [numbers.getNumberModel(), numbers.getPercentageModel(), units.getCurrencyModel(), units.getDimensionModel()];
  const constructMs = performance.now() - c0;
  // The models finish initialising on first use: count that with construction, not recognition.
  const w0 = performance.now();
  for (const model of models) model.parse('全年实现地区生产总值715.3亿元，增长10%，新建公路12公里。');
  const firstUseMs = performance.now() - w0;

  let found = 0;
  const r0 = performance.now();
  for (const sentence of sentences) for (const model of models) found += model.parse(sentence).length;
  const recogniseMs = performance.now() - r0;

  // The parser's time on the same texts: the per-text medians measured in section 1.
  const parserMs = texts.reduce((sum, t) => sum + t.medianMs, 0);
  const parserFound = texts.reduce((sum, t) => sum + t.indicators, 0);
  const ratio = recogniseMs / parserMs;

  printTable(
    `Microsoft Recognizers-Text (zh-cn: number, percentage, currency, dimension) vs the parser, ${texts.length} corpus texts`,
    [
      { engine: 'recognizers: model construction', ms: fmt(constructMs, 1), 'chars/s': '', results: '' },
      { engine: 'recognizers: first use (lazy init)', ms: fmt(firstUseMs, 1), 'chars/s': '', results: '' },
      { engine: `recognizers: recognition, ${sentences.length} sentences`, ms: fmt(recogniseMs, 1), 'chars/s': int(chars / (recogniseMs / 1000)), results: found },
      { engine: 'parser: extractIndicators, same texts (per-text medians)', ms: fmt(parserMs, 3), 'chars/s': int(chars / (parserMs / 1000)), results: parserFound },
    ],
    `recognition time ÷ parser time = ${parserMs > 0.001 ? fmt(ratio, 0) + '×' : 'n/a (parser time too small to measure)'} (expected ≥ 100×)` +
      '\nrecognizer results are raw numbers/units, not labelled indicators: the comparison is of speed, not of output',
  );
}

// ---------------------------------------------------------------------------------------------
// 5. The metric catalogue

function benchCatalogue(): void {
  const labels = Array.from({ length: QUICK ? 5_000 : 50_000 }, (_, i) => {
    const m = catalogueMetrics()[i % catalogueMetrics().length];
    const alias = m.aliases[i % m.aliases.length];
    // A third exact aliases, a third with fillers and region words, a third outside the catalogue.
    return i % 3 === 0 ? alias : i % 3 === 1 ? `全市全年实现${alias}总量` : `新增某类项目${i}`;
  });
  const b0 = performance.now();
  const catalogue = createCatalogue(catalogueMetrics());
  const buildMs = performance.now() - b0;
  const time = () => {
    const t0 = performance.now();
    for (const label of labels) catalogue.match(label, '亿元');
    return ((performance.now() - t0) * 1000) / labels.length;
  };
  const coldUs = time();
  const cachedUs = time();
  printTable(`Metric catalogue: match() over ${int(labels.length)} labels (${catalogueMetrics().length} metrics)`, [
    { 'build ms': fmt(buildMs, 1), 'µs/label, first time': fmt(coldUs, 2), 'µs/label, cached': fmt(cachedUs, 3) },
  ]);
}

// ---------------------------------------------------------------------------------------------
// 6. Batch import of 1,000 mixed-format files (100 with --quick) through the app's import path:
//    see scripts/bench/import-batch.ts.

// ---------------------------------------------------------------------------------------------

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown cpu',
    cores: cpus.length,
    memory: mb(os.totalmem()),
    os: `${os.platform()} ${os.release()}`,
    node: process.version,
    v8: process.versions.v8,
    date: new Date().toISOString(),
  };
}

function printMachine(): void {
  const m = machine();
  console.log(`# Report Compare benchmark${QUICK ? ' (--quick)' : ''}`);
  console.log(`machine: ${m.cpu}, ${m.cores} cores, ${m.memory} RAM, ${m.os}`);
  console.log(`node ${m.node} (V8 ${m.v8}), ${m.date}`);
}

async function main(): Promise<void> {
  printMachine();
  const corpus = benchCorpus();
  benchRecognizers(corpus);
  benchBatch();
  benchLinearity();
  benchCatalogue();
  const files = QUICK ? 100 : 1000;
  const imported = await benchImportBatch({ files, reportChars: PLAN.reportChars, generateReport, compareInProcess: IMPORT_IN_PROCESS });
  printTable(`Batch import: ${int(files)} mixed-format files through the report service (openFolder, as the app)`, imported.rows, imported.note);
  if (JSON_OUT) {
    writeFileSync(JSON_OUT, JSON.stringify({ quick: QUICK, machine: machine(), sections: printed }, null, 2) + '\n');
    console.log(`\nwritten: ${JSON_OUT}`);
  }
}

await main();
