// In-process scorer for tests/corpus-ours, with the matching rules of ../shared/eval/score.mjs
// (re-implemented so the test runs without ../shared): a prediction matches a gold item when its
// [start,end) overlaps the gold quote and value+unit (万/亿 as multipliers) or, for change-only
// items, the change are equal. Strict also needs change, label (similarity) and kind right.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Change {
  value: number;
  unit: string;
}

export interface GoldItem {
  quote: string;
  occurrence?: number;
  label: string;
  value: number | null;
  unit: string | null;
  change?: Change | null;
  approx?: boolean;
  kind?: string;
  metric?: string;
}

export interface Prediction {
  start: number;
  end: number;
  label: string;
  value: number | null;
  unit: string | null;
  change?: Change | null;
  kind?: string;
  metric?: string;
}

export interface GoldDoc {
  name: string;
  text: string;
  gold: GoldItem[];
}

export interface Tally {
  gold: number;
  pred: number;
  tp: number;
  strict: number;
  change: number;
  label: number;
  kind: number;
  metricGold: number;
  metricOk: number;
}

export interface ScoreResult {
  total: Tally;
  perFile: Map<string, Tally>;
  errors: string[];
  valueF1: number;
  strictF1: number;
}

const normUnit = (u: string | null | undefined): string | null =>
  u == null ? null : String(u).replace(/\s+/g, '').replace('％', '%').replace('萬', '万').replace('億', '亿');

/** 12.8亿元 → {v: 1.28e9, base: '元'}; 个百分点 keeps its 个 (it is no multiplier). */
export function scaled(value: number | null, unit: string | null): { v: number | null; base: string } {
  let u = normUnit(unit) ?? '';
  let scale = 1;
  if (u !== '个百分点' && u !== '百分点') {
    for (;;) {
      if (u.startsWith('万')) { scale *= 1e4; u = u.slice(1); }
      else if (u.startsWith('亿')) { scale *= 1e8; u = u.slice(1); }
      else break;
    }
  }
  return { v: value == null ? null : Number(value) * scale, base: u };
}

const eqNum = (a: number | null, b: number | null): boolean =>
  a != null && b != null && Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(b));

export function eqChange(a: Change | null | undefined, b: Change | null | undefined): boolean {
  if (!a && !b) return true;
  if (!a || !b) return false;
  return eqNum(a.value, b.value) && normUnit(a.unit) === normUnit(b.unit);
}

const normLabel = (s: string | null | undefined): string =>
  String(s ?? '').toLowerCase().replace(/[\s"'“”‘’《》()()、,,。:;:;]/g, '')
    .replace(/gdp/g, '地区生产总值').replace(/cpi/g, '居民消费价格');

const bigrams = (s: string): string[] => {
  const r: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) r.push(s.slice(i, i + 2));
  return r;
};

/** Same label test as score.mjs: equal, contained with ≥ 40% of the length, or bigram Dice ≥ 0.5. */
export function labelOk(pred: string, gold: string): boolean {
  const p = normLabel(pred), g = normLabel(gold);
  if (!p || !g) return false;
  if (p === g) return true;
  const [short, long] = p.length < g.length ? [p, g] : [g, p];
  if (long.includes(short) && short.length / long.length >= 0.4) return true;
  const bp = bigrams(p), bg = bigrams(g);
  if (!bp.length || !bg.length) return false;
  const pool = [...bg];
  let common = 0;
  for (const b of bp) {
    const k = pool.indexOf(b);
    if (k >= 0) { common++; pool.splice(k, 1); }
  }
  return (2 * common) / (bp.length + bg.length) >= 0.5;
}

/** [start,end) of the gold quote in the text (its `occurrence`-th hit), or null when absent. */
export function quoteSpan(text: string, g: GoldItem): [number, number] | null {
  let pos = -1;
  for (let k = 0; k < (g.occurrence ?? 1); k++) {
    pos = text.indexOf(g.quote, pos + 1);
    if (pos < 0) return null;
  }
  return [pos, pos + g.quote.length];
}

const emptyTally = (): Tally => ({ gold: 0, pred: 0, tp: 0, strict: 0, change: 0, label: 0, kind: 0, metricGold: 0, metricOk: 0 });

export function f1(tp: number, gold: number, pred: number): number {
  const p = pred ? tp / pred : 0, r = gold ? tp / gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

export function score(docs: readonly GoldDoc[], predict: (text: string, name: string) => Prediction[]): ScoreResult {
  const total = emptyTally();
  const perFile = new Map<string, Tally>();
  const errors: string[] = [];
  for (const { name, text, gold } of docs) {
    // The scorer ignores rankings and comparisons: the guidelines exclude them from gold.
    const ps = predict(text, name).filter((p) => p.kind !== 'rank' && p.kind !== 'comparison');
    const used = new Set<number>();
    const s = emptyTally();
    s.gold = gold.length;
    s.pred = ps.length;
    for (const g of gold) {
      const span = quoteSpan(text, g);
      if (!span) throw new Error(`${name}: quote not in text: ${g.quote}`);
      const [qs, qe] = span;
      let best = -1;
      for (let i = 0; i < ps.length; i++) {
        if (used.has(i)) continue;
        const p = ps[i]!;
        if (!(p.start < qe && p.end > qs)) continue;
        let hit: boolean;
        if (g.value == null) hit = p.value == null && eqChange(p.change, g.change);
        else {
          const a = scaled(p.value, p.unit), b = scaled(g.value, g.unit);
          hit = eqNum(a.v, b.v) && a.base === b.base;
        }
        if (hit) { best = i; break; }
      }
      if (g.metric) s.metricGold++;
      if (best < 0) {
        errors.push(`${name}  missed  ${g.quote}  → ${g.label} ${g.value ?? ''}${g.unit ?? ''}`);
        continue;
      }
      used.add(best);
      const p = ps[best]!;
      s.tp++;
      const cOk = eqChange(p.change ?? null, g.change ?? null);
      const lOk = labelOk(p.label, g.label);
      const kOk = (p.kind ?? 'actual') === (g.kind ?? 'actual');
      if (g.metric) {
        if (p.metric === g.metric) s.metricOk++;
        else errors.push(`${name}  metric  ${g.quote}  gold: ${g.metric}  got: ${p.metric ?? 'none'}`);
      }
      if (cOk) s.change++;
      if (lOk) s.label++;
      if (kOk) s.kind++;
      if (cOk && lOk && kOk) s.strict++;
      else errors.push(`${name}  partial ${g.quote}  gold: ${g.label} ${JSON.stringify(g.change ?? null)} ${g.kind ?? 'actual'}  got: ${p.label} ${JSON.stringify(p.change ?? null)} ${p.kind ?? 'actual'}`);
    }
    ps.forEach((p, i) => {
      if (!used.has(i)) errors.push(`${name}  extra   ${JSON.stringify(text.slice(p.start, p.end))}  → ${p.label} ${p.value ?? ''}${p.unit ?? ''}`);
    });
    perFile.set(name, s);
    for (const k of Object.keys(total) as (keyof Tally)[]) total[k] += s[k];
  }
  return {
    total,
    perFile,
    errors,
    valueF1: f1(total.tp, total.gold, total.pred),
    strictF1: f1(total.strict, total.gold, total.pred),
  };
}

/** Reads <dir>/text/*.txt with <dir>/gold/<name>.jsonl, as the shared corpus lays them out. */
export function readCorpus(dir: string): GoldDoc[] {
  return readdirSync(join(dir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => {
      const goldPath = join(dir, 'gold', name.replace(/\.txt$/, '.jsonl'));
      const gold = readFileSync(goldPath, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l, i) => {
          try {
            return JSON.parse(l) as GoldItem;
          } catch {
            throw new Error(`${goldPath}:${i + 1}: not JSON`);
          }
        });
      return { name, text: readFileSync(join(dir, 'text', name), 'utf8'), gold };
    });
}
