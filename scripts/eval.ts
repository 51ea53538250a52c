// npm run eval [-- --show-errors] [--pred out.jsonl] [--corpus DIR]
// Runs the parser over every corpus text and scores it with the shared scorer.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { extractIndicators } from '../src/core/parser';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const root = resolve(import.meta.dirname, '..');
const corpus = resolve(root, opt('--corpus') ?? '../shared/corpus');
const scorer = resolve(root, '../shared/eval/score.mjs');
const textDir = join(corpus, 'text');

if (!existsSync(textDir) || !existsSync(scorer)) {
  console.log(`eval skipped: no corpus at ${textDir} or no scorer at ${scorer} (语料不存在,跳过评测)`);
  process.exit(0);
}

const predPath = opt('--pred') ?? join(mkdtempSync(join(tmpdir(), 'report-compare-eval-')), 'pred.jsonl');
const lines: string[] = [];
let totalMs = 0;
for (const name of readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(join(textDir, name), 'utf8');
  const t0 = performance.now();
  const indicators = extractIndicators(text);
  totalMs += performance.now() - t0;
  for (const ind of indicators) lines.push(JSON.stringify({ file: basename(name), ...ind }));
}
writeFileSync(predPath, lines.join('\n') + '\n');
console.log(`${lines.length} predictions → ${predPath} (parse time ${totalMs.toFixed(1)} ms in total)`);

const scoreArgs = [scorer, '--corpus', corpus, '--pred', predPath];
if (args.includes('--show-errors')) scoreArgs.push('--show-errors');
for (const flag of ['--min-f1', '--min-strict-f1']) {
  const v = opt(flag);
  if (v) scoreArgs.push(flag, v);
}
const run = spawnSync(process.execPath, scoreArgs, { encoding: 'utf8' });
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);

// Our own corpora (tests/corpus-ours, tests/corpus-fresh): written independently of the parser's rules.
for (const [dir, about] of [
  ['tests/corpus-ours', 'our own texts, independent of the parser\'s rules'],
  ['tests/corpus-fresh', 'our second set: province reports, scraped county pages, news coverage'],
  ['tests/corpus-fresh2', 'our third set: district reports, text converted from PDF and Word'],
  ['tests/corpus-fresh3', 'our fourth set: reports of 2008–2016, pages saved from repost sites'],
  ['tests/corpus-fresh4', 'our fifth set: whole reports in order, dense economic paragraphs'],
  ['tests/corpus-fresh5', 'our sixth set: plan-heavy report parts, OCR text of scanned pages'],
  ['tests/corpus-fresh6', 'our seventh set: typical county reports, news reposts (held out until the end)'],
] as const) {
  const corpusDir = resolve(root, dir);
  if (!existsSync(join(corpusDir, 'text'))) continue;
  const ownPred = predPath.replace(/\.jsonl$/, '') + `.${basename(dir)}.jsonl`;
  const out: string[] = [];
  for (const name of readdirSync(join(corpusDir, 'text')).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(corpusDir, 'text', name), 'utf8');
    for (const ind of extractIndicators(text)) out.push(JSON.stringify({ file: name, ...ind }));
  }
  writeFileSync(ownPred, out.join('\n') + '\n');
  console.log(`\n== ${dir} (${about}) ==`);
  const o = spawnSync(process.execPath, [scorer, '--corpus', corpusDir, '--pred', ownPred, ...(args.includes('--show-errors') ? ['--show-errors'] : [])], { encoding: 'utf8' });
  process.stdout.write(o.stdout.split('\n').filter((l) => !/^\S+\.txt\s+\d/.test(l)).join('\n'));
  process.stderr.write(o.stderr);
}
process.exit(run.status ?? 1);
