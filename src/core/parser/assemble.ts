// Refiners: quantities become indicators. Per sentence, in order: lists of figures share a
// subject (分别, 、), a change attaches to the level it follows, a bare measure (总数, 完成投资)
// takes the subject said before it, and each figure gets its kind from the scope it stands in.
import type { IndicatorKind } from '../model';
import {
  afterPhrase,
  cleanLabel,
  distribute,
  isBareMeasure,
  isOnlyAdverbs,
  isVerbOnly,
  joinSubject,
  qualifierOnly,
  subjectOf,
} from './labels';
import { AFTER_VERB_STOP, CHANGE_BEFORE } from './lexicon';
import type { Quantity } from './quantities';
import type { Segmenter } from './segments';

export interface Draft {
  label: string;
  value: number | null;
  unit: string | null;
  base: string | null;
  scale: number;
  change: { value: number; unit: string } | null;
  approx: boolean;
  kind: IndicatorKind;
  /** Evidence span in the normalised text. */
  start: number;
  end: number;
  /** Where the figure itself stands (for sentence and section). */
  anchor: number;
}

const CLAUSE_BREAK = /[,;:。!?\n]/;
const LIST_GAP = /^(?:、|和|与|及|以及|、和)?$/;
const HAN = /[\u3400-\u9fff“"]/;
const AFTER_BLOCK = /^(?:以上|以下|以内|左右|的|和|与|及|或|、|增长|下降|同比|比上年)/;
const MAX_LABEL = 40;

function clauseStart(text: string, pos: number): number {
  let s = pos;
  while (s > 0 && pos - s < MAX_LABEL && !CLAUSE_BREAK.test(text[s - 1])) s--;
  return s;
}

function clauseEnd(text: string, pos: number): number {
  let e = pos;
  while (e < text.length && e - pos < MAX_LABEL && !CLAUSE_BREAK.test(text[e])) e++;
  return e;
}

/** Consecutive figures that form one list: same part, same kind of unit, only a list separator between. */
function groupQuantities(text: string, qs: Quantity[]): Quantity[][] {
  const groups: Quantity[][] = [];
  for (const q of qs) {
    const g = groups[groups.length - 1];
    const p = g?.[g.length - 1];
    if (p && p.role === q.role && (q.role === 'level' || q.role === 'change')) {
      const gap = text.slice(p.end, q.outerStart);
      const sameUnit = q.role === 'change' ? p.base?.category === q.base?.category : p.unit === q.unit;
      if (sameUnit && LIST_GAP.test(gap) && (gap !== '' || q.role === 'change')) {
        g.push(q);
        continue;
      }
    }
    groups.push([q]);
  }
  return groups;
}

export function assemble(text: string, qs: Quantity[], seg: Segmenter): Draft[] {
  const drafts: Draft[] = [];
  const kindAt = (pos: number): IndicatorKind =>
    seg.isTarget(pos) || seg.section(pos) === 'plan' ? 'target' : seg.isEstimate(pos) ? 'estimate' : 'actual';

  let sentenceStart = -1;
  let subject = '';
  let lastLevel: Draft | null = null;
  let pending: Draft[] = [];
  let consumed = 0;
  let lastItem: Draft | null = null;

  for (const group of groupQuantities(text, qs)) {
    const first = group[0];
    const sentence = seg.sentence(first.start);
    if (sentence.start !== sentenceStart) {
      sentenceStart = sentence.start;
      lastLevel = null;
      pending = [];
      lastItem = null;
      subject = '';
    }
    // 分别 refers to the figures of its own ;-list item.
    if (pending.length > 0) {
      let semicolon = first.outerStart - 1;
      while (semicolon >= sentence.start && text[semicolon] !== ';') semicolon--;
      if (semicolon >= sentence.start) pending = pending.filter((d) => d.anchor > semicolon);
    }

    if (first.role === 'comparison' || first.role === 'rank') {
      for (const q of group) {
        const from = Math.max(clauseStart(text, q.outerStart), consumed);
        drafts.push(makeDraft(cleanLabel(text.slice(from, q.outerStart)) || subject, q, first.role, from, q.end));
      }
      consumed = group[group.length - 1].end;
      continue;
    }

    if (first.role === 'level') {
      const from = Math.max(clauseStart(text, first.outerStart), consumed);
      const raw = text.slice(from, first.outerStart);
      let label = cleanLabel(raw);
      let evStart = label ? from + Math.max(0, raw.lastIndexOf(label)) : first.outerStart;
      let evEnd = first.end;
      let labels: string[] | null = null;
      let pendingChange: Draft | null = null;

      if (group.length > 1) {
        labels = distribute(label, group.length);
      } else {
        const adjacentToPrevious = raw === '' && lastItem !== null && consumed === first.outerStart;
        const after = readAfter(text, first, label);
        if (first.base?.category === 'duration' && /^(?:仅?用|历时|耗时|仅|只用)?$/.test(label)) {
          // 仅用42天就实现“清零”: how long something took.
          label = durationLabel(label, text.slice(first.end, clauseEnd(text, first.end)));
        } else if (adjacentToPrevious && lastItem) {
          // 发放贷款1267笔12.8亿元: one subject, several quantities.
          label = lastItem.label;
        } else if (after) {
          label = isBareMeasure(label) && !isVerbOnly(label) ? after.phrase + label : label + after.phrase;
          evEnd = Math.max(evEnd, after.end);
          if (!raw.trim()) evStart = first.outerStart;
        } else if (!label && cutOff(text, first)) {
          // The fragment stops right after the figure: what it counts is lost.
          consumed = first.end;
          continue;
        } else if (!label && lastItem && lastItem.value === null && lastItem.change && !/[;]/.test(raw) && consumed >= lastItem.end && first.outerStart - lastItem.end <= 3) {
          // 城镇化率提高2个百分点,达到58%: the change and the level it reached are one figure.
          const changeItem = lastItem;
          drafts.splice(drafts.indexOf(changeItem), 1);
          label = changeItem.label;
          evStart = changeItem.start;
          pendingChange = changeItem;
        } else if (isBareMeasure(label)) {
          // 办复率均为100%: one value for the subjects listed before it.
          const joined = /均(?:为|达到|达|保持|突破|超过)?$/.test(raw) ? joinedSubjects(drafts, sentence.start) : '';
          label = joinSubject(joined || subject, label);
        } else if (/(?:以上|以下)$/.test(label) && subject) {
          // 5亿元以上8个 after 亿元以上项目49个: the threshold qualifies the same noun.
          label += subject.includes('以上') ? subject.slice(subject.lastIndexOf('以上') + 2) : subject.slice(-2);
        } else if (/其中/.test(raw) && subject) {
          label = insertParent(label, subject);
        }
      }

      for (let i = 0; i < group.length; i++) {
        const q = group[i];
        const d = makeDraft(labels ? labels[i] : label, q, kindAt(q.start), i === 0 ? evStart : q.outerStart, i === 0 ? evEnd : q.end);
        if (pendingChange && i === 0) {
          d.change = pendingChange.change;
          d.approx ||= pendingChange.approx;
          d.kind = pendingChange.kind;
        }
        drafts.push(d);
        pending.push(d);
        lastLevel = d;
        lastItem = d;
      }
      if (!/^(?:由)/.test(label)) subject = subjectOf(labels ? labels[labels.length - 1] : label) || subject;
      consumed = Math.max(evEnd, group[group.length - 1].end);
      continue;
    }

    // Changes.
    const from = Math.max(clauseStart(text, first.verbStart), consumed);
    const raw = text.slice(from, first.verbStart);
    const distributive = group.length > 1 || /分别|(?<![年月日人平])均$/.test(raw);
    const rawSubject = raw.replace(/分别|(?<![年月日人平])均$/g, '');
    const cleaned = cleanLabel(rawSubject);
    const onlyAdverbs = isOnlyAdverbs(rawSubject);
    const end = group[group.length - 1].end;

    const changeOf = (q: Quantity) => ({ value: q.sign * q.value, unit: q.unit ?? '%' });

    if (distributive) {
      const n = group.length;
      let targets: Draft[] | null = null;
      if (onlyAdverbs || isBareMeasure(cleaned)) targets = pickTargets(pending, n);
      if (targets) {
        targets.forEach((t, i) => {
          t.change = changeOf(group[i]);
          t.approx ||= group[i].approx;
        });
      } else {
        const base = cleaned && !isBareMeasure(cleaned) ? cleaned : joinSubject(subject, cleaned);
        const labels = distribute(base, n);
        group.forEach((q, i) => {
          const label = labels ? labels[i] : base;
          drafts.push(changeOnly(label, q, kindAt(q.start), i === 0 ? labelStart(from, raw, base, first.verbStart) : q.outerStart, q.end));
        });
        subject = subjectOf(labels ? labels[labels.length - 1] : base) || subject;
        lastLevel = null;
      }
      pending = [];
      consumed = end;
      continue;
    }

    const q = first;
    const qualifier = qualifierOnly(rawSubject);
    if (qualifier) {
      const label = subject ? (/季度|半年/.test(qualifier) ? qualifier + subject : subject + qualifier) : qualifier;
      drafts.push(changeOnly(label, q, kindAt(q.start), q.verbStart, q.end));
    } else if (onlyAdverbs && lastLevel && !lastLevel.change) {
      lastLevel.change = changeOf(q);
      lastLevel.approx ||= q.approx;
      pending = pending.filter((d) => d !== lastLevel);
    } else {
      let label = cleaned;
      if (isBareMeasure(label)) label = joinSubject(subject, label);
      else if (/其中/.test(raw) && subject) label = insertParent(label, subject);
      const d = changeOnly(label, q, kindAt(q.start), labelStart(from, raw, cleaned, q.verbStart), q.end);
      drafts.push(d);
      lastItem = d;
      if (cleaned) {
        subject = subjectOf(label) || subject;
        lastLevel = null;
        pending = [];
      }
    }
    consumed = end;
  }
  return drafts;
}

function makeDraft(label: string, q: Quantity, kind: IndicatorKind, start: number, end: number): Draft {
  return {
    label,
    value: q.value,
    unit: q.unit,
    base: q.base ? q.base.text : q.unit === null ? null : '',
    scale: q.scale,
    change: null,
    approx: q.approx,
    kind,
    start: Math.min(start, q.start),
    end: Math.max(end, q.unitEnd),
    anchor: q.start,
  };
}

function changeOnly(label: string, q: Quantity, kind: IndicatorKind, start: number, end: number): Draft {
  return {
    label,
    value: null,
    unit: null,
    base: null,
    scale: 1,
    change: { value: q.sign * q.value, unit: q.unit ?? '%' },
    approx: q.approx,
    kind,
    start: Math.min(start, q.start),
    end: Math.max(end, q.unitEnd),
    anchor: q.start,
  };
}

function labelStart(from: number, raw: string, label: string, fallback: number): number {
  if (!label) return fallback;
  const k = raw.lastIndexOf(label);
  return k >= 0 ? from + k : fallback;
}

/** The n levels a 分别 list of changes refers to: all pending ones, or those of one unit (总额 → the amounts). */
function pickTargets(all: Draft[], n: number): Draft[] | null {
  const pending = all.filter((d) => d.change === null);
  if (pending.length === n) return pending;
  if (pending.length < n) return null;
  const byBase = new Map<string, Draft[]>();
  for (const d of pending) {
    const key = d.base ?? '';
    byBase.set(key, [...(byBase.get(key) ?? []), d]);
  }
  for (const list of byBase.values()) if (list.length === n) return list;
  return pending.slice(pending.length - n);
}

/** 财政收入…,其中地方收入…: the part names its whole (地方财政收入). */
function insertParent(label: string, parent: string): string {
  if (label.includes(parent) || label.length < 3 || label.length > 4) return label;
  const head = parent.slice(-2);
  if (!label.endsWith(head)) return label;
  return label.slice(0, label.length - head.length) + parent;
}

/**
 * A noun phrase after the figure names what was counted (建成668个智慧安防小区, 15亿元南方水泥…,
 * 总投资80亿元的霍山抽水蓄能电站).
 */
function readAfter(text: string, q: Quantity, labelBefore: string): { phrase: string; end: number } | null {
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
function durationLabel(before: string, rest: string): string {
  const done = rest
    .replace(/[0-9][0-9.]*[\u3400-\u9fff]?/g, '')
    .replace(/^(?:时间|之内|内)/, '')
    .replace(/将|把|就|便|即|全部|全面|顺利|实现|完成|全区|全市|全县|全省/g, '');
  return (before.replace(/^用$/, '') + done + '用时').replace(/^用时$/, '用时');
}

/** 20亿元以上: a threshold inside a noun phrase. */
const THRESHOLD = /^\d+(?:\.\d+)?[万亿千百]*[\u3400-\u9fff%]{0,3}(?:以上|以下)/;

/** Whether the text ends right after the figure (a fragment cut mid-sentence). */
function cutOff(text: string, q: Quantity): boolean {
  return q.base?.category === 'count' && text.slice(q.end).trim() === '';
}

/** Labels of the figures of this sentence joined (人大代表议案和建议、政协提案 for 办复率均为100%). */
function joinedSubjects(drafts: Draft[], sentenceStart: number): string {
  const labels: string[] = [];
  for (let i = drafts.length - 1; i >= 0 && drafts[i].anchor >= sentenceStart; i--) {
    const subject = subjectOf(drafts[i].label);
    if (subject && !labels.includes(subject)) labels.unshift(subject);
  }
  return labels.length > 1 ? labels.join('、') : '';
}
