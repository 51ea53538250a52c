// What stands after a figure: the noun phrase it counts (建成668个智慧安防小区), the project an
// amount belongs to (总投资80亿元的霍山抽水蓄能电站), what a duration was spent on.
import { afterPhrase, isBareMeasure } from './labels';
import { AFTER_VERB_STOP, CHANGE_BEFORE } from './lexicon';
import type { Quantity } from './quantities';
import { clauseEnd } from './spans';

const HAN = /[\u3400-\u9fff“"]/;
const AFTER_BLOCK = /^(?:以上|以下|以内|左右|的|和|与|及|或|、|增长|下降|同比|比上年)/;

/**
 * A noun phrase after the figure names what was counted (建成668个智慧安防小区, 15亿元南方水泥…,
 * 总投资80亿元的霍山抽水蓄能电站).
 */
export function readAfter(text: string, q: Quantity, labelBefore: string): { phrase: string; end: number } | null {
  let p = q.end;
  const category = q.base?.category ?? 'count';
  const counted = category === 'count';
  const money = category.startsWith('money');
  if (q.base?.rate || category === 'duration') return null;
  if (money && (!isBareMeasure(labelBefore) || q.approx)) return null;
  if (!counted && !money && labelBefore) return null;
  if (text[p] === '的' && money) p++;
  const c = text[p] ?? '';
  const threshold = THRESHOLD.exec(text.slice(p, p + 12));
  if (!HAN.test(c) && !threshold) return null;
  if (AFTER_BLOCK.test(text.slice(p, p + 4))) return null;
  if (CHANGE_BEFORE.test(text.slice(p, p + 2))) return null;
  let e = p;
  const limit = clauseEnd(text, p);
  while (e < limit) {
    const ch = text[e];
    // A named project ends at the list separator (…电站、总投资16亿元的…).
    if (money && ch === '、') break;
    if (ch === '“' || ch === '"') {
      // A quoted name (“1+1+N”) belongs to the phrase, digits and all.
      const close = text.indexOf(ch === '“' ? '”' : '"', e + 1);
      if (close < 0 || close >= limit) break;
      e = close + 1;
      continue;
    }
    if (/[0-9]/.test(ch)) {
      const t = THRESHOLD.exec(text.slice(e, e + 12));
      if (!t) break;
      e += t[0].length;
      continue;
    }
    e++;
  }
  let phrase = afterPhrase(text.slice(p, e));
  if (money) {
    // 投资1.2亿元的城东污水处理厂建成投用: the project's name ends before what happened to it.
    const stop = AFTER_VERB_STOP.exec(phrase);
    if (stop && stop.index > 0) phrase = phrase.slice(0, stop.index);
  }
  if (!phrase) return null;
  return { phrase, end: p + phrase.length };
}

/** Label of a duration: what was done (the rest of its clause, without other figures) and 用时. */
export function durationLabel(before: string, rest: string): string {
  const done = rest
    .replace(/[0-9][0-9.]*[\u3400-\u9fff]?/g, '')
    .replace(/^(?:时间|之内|内)/, '')
    .replace(/将|把|就|便|即|全部|全面|顺利|实现|完成|全区|全市|全县|全省/g, '');
  return (before.replace(/^用$/, '') + done + '用时').replace(/^用时$/, '用时');
}

/** 20亿元以上: a threshold inside a noun phrase. */
const THRESHOLD = /^\d+(?:\.\d+)?[万亿千百]*[\u3400-\u9fff%]{0,3}(?:以上|以下)/;

/** Whether the text ends right after the figure (a fragment cut mid-sentence). */
export function cutOff(text: string, q: Quantity): boolean {
  return q.base?.category === 'count' && text.slice(q.end).trim() === '';
}

