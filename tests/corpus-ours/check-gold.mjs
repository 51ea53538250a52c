#!/usr/bin/env node
// Validates tests/corpus-ours/gold against its texts: every line is JSON with the fields of
// ../shared/corpus/GUIDELINES.md, every quote is found (its `occurrence` when it repeats),
// items follow the order of the text, metric keys exist. Exits 1 on the first file with problems.
//   node tests/corpus-ours/check-gold.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const metricsFile = path.join(here, '../../../shared/eval/headline-metrics.json');
const metricKeys = fs.existsSync(metricsFile)
  ? new Set(JSON.parse(fs.readFileSync(metricsFile, 'utf8')).metrics.map((m) => m.key))
  : null;
const KINDS = new Set(['actual', 'target', 'estimate']);
const CHANGE_UNITS = new Set(['%', '个百分点', '倍']);

const countOf = (text, q) => { let n = 0, i = -1; while ((i = text.indexOf(q, i + 1)) >= 0) n++; return n; };
let problems = 0, items = 0;
const texts = fs.readdirSync(path.join(here, 'text')).filter((f) => f.endsWith('.txt')).sort();
for (const tf of texts) {
  const name = tf.replace(/\.txt$/, '');
  const text = fs.readFileSync(path.join(here, 'text', tf), 'utf8');
  const goldPath = path.join(here, 'gold', `${name}.jsonl`);
  const bad = (msg) => { problems++; console.error(`${name}: ${msg}`); };
  if (!fs.existsSync(goldPath)) { bad('no gold file'); continue; }
  let lastPos = -1;
  fs.readFileSync(goldPath, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let g;
    try { g = JSON.parse(line); } catch { bad(`line ${i + 1}: not JSON`); return; }
    items++;
    const where = `line ${i + 1} ${JSON.stringify(g.quote)}`;
    if (typeof g.quote !== 'string' || !g.quote) { bad(`${where}: no quote`); return; }
    const n = countOf(text, g.quote);
    if (n === 0) { bad(`${where}: quote not in text`); return; }
    if (n > 1 && !g.occurrence) bad(`${where}: quote occurs ${n} times, needs "occurrence"`);
    let pos = -1;
    for (let k = 0; k < (g.occurrence ?? 1); k++) pos = text.indexOf(g.quote, pos + 1);
    if (pos < 0) bad(`${where}: occurrence ${g.occurrence} not found`);
    if (pos < lastPos) bad(`${where}: out of text order`);
    lastPos = Math.max(lastPos, pos);
    if (!g.label) bad(`${where}: no label`);
    if ((g.value == null) !== (g.unit == null) && !(g.value != null && g.unit === null)) bad(`${where}: unit without value`);
    if (g.value != null && typeof g.value !== 'number') bad(`${where}: value must be a number`);
    if (g.value == null && !g.change) bad(`${where}: neither value nor change`);
    if (g.change && (typeof g.change.value !== 'number' || !CHANGE_UNITS.has(g.change.unit))) bad(`${where}: bad change`);
    if (!KINDS.has(g.kind ?? 'actual')) bad(`${where}: bad kind ${g.kind}`);
    if (g.metric && metricKeys && !metricKeys.has(g.metric)) bad(`${where}: unknown metric ${g.metric}`);
    if (/[\u0300-\u036f]|\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/i.test(`${g.label}${g.unit ?? ''}`)) bad(`${where}: pinyin in label/unit`);
  });
}
console.log(`${texts.length} texts, ${items} gold items, ${problems} problems${metricKeys ? '' : ' (metric keys not checked: ../shared absent)'}`);
process.exit(problems ? 1 : 0);
