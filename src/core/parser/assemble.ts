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
import { COMING_YEAR } from './lexicon';
import { cutOff, durationLabel, readAfter } from './after-phrase';
import { clauseEnd, clauseStart, labelStart } from './spans';
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

const LIST_GAP = /^(?:、|和|与|及|以及|、和)?$/;
/** A share with no subject of its own (占比, 所占比重, 占全县的比重). */
const SHARE = /^\(?(?:占比|所占比重|比重|占[^,;。()]{1,8}(?:比重|比例)?)$/;
/** 实际增长6.9%, 实际完成: the result, set against a target said before it. */
const STATED_WORD_END = /实际(?:完成)?$/;
/** 一般公共预算收入目标增长5%: a figure named as the target; 年初确定的… says the same. */
const TARGET_WORD_END = /(?:年初)?(?:预期)?目标(?:为|是)?$/;
/** The plan a share is of (完成年度计划的112.4%, 为全年目标的98%). */
const PLAN_SHARE = /^(?:年度|全年|年)?(?:计划|目标|任务)$/;
/** A clause about the year under review, or a state already reached. */
const PAST_CLAUSE = /^(?:去年|上年|过去一年|过去的一年|一年来)|^[^,;。]{0,12}已(?:经)?(?:建成|完成|达到|累计|降至|突破|实现|超过|拥有|有)/;
/** A sentence that opens on the past: 去年,…; 截至去年底,…; “十四五”以来,…; 目前,…. */
const PAST_SENTENCE = /^(?:去年|上年|过去一年|过去的一年|一年来|过去五年|五年来|截至(?:去年|上年|\d{4}年)(?:底|末)?|目前|当前|“?十[一二三四五]五”?以来)/;
const TENSE_WORD = /(去年|上年|过去一年|一年来|五年来|截至|目前|以来)|(今年(?!以来)|明年|力争|确保|预期|将)/g;
/** Whether the last time word of a sentence prefix points to the past or the future. */
function lastTense(sentence: string): 'past' | 'future' | null {
  let tense: 'past' | 'future' | null = null;
  for (const m of sentence.matchAll(TENSE_WORD)) tense = m[1] ? 'past' : 'future';
  return tense;
}
/** A clause about the coming year (今年以来 and 今年1-11月 tell of the past). */
const FUTURE_CLAUSE = new RegExp(`^${COMING_YEAR}`);
/** 将再压减, 将继续: a pledge (将 before a verb of intent; 将3个村纳入 is 把). */
const PLEDGE = /将(?:再|继续|进一步|力争|确保|实现|完成|新增|新建|压减|提高|降低|控制|达到|突破)/;
/** Verbs that make a count a flow of new things (新增企业) rather than a stock (企业总数). */
const ADDITION_VERB = /^(?:新增|净增|新认定|新培育|新引进|新建|新开工|新登记|新发展)/;
/** Any verb a label may open with (建成, 实施, 完成…): a member that has its own keeps it. */
const SUBJECT_VERB_START = /^(?:建成|实施|完成|改造|培育|引进|认定|开工|竣工|签约|投产)/;
/** A clause that states by how much a level grew (比上年增加, 净增, 多), not a level. */
const INCREMENT = /(?:增加|减少|净增|净减|多|少)$/;

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
  const assembler = new Assembler(text, seg);
  for (const group of groupQuantities(text, qs)) assembler.place(group);
  return withSentencePeriods(text, assembler.drafts, seg);
}

/** A sentence opened by a period (1-11月,…; 前三季度,…) states figures of that period, not the year's. */
const SENTENCE_PERIOD = /^(?:\d{1,2}\s*[-—~至到]\s*\d{1,2}月份?|前[一二三]季度|[一二三四]季度|上半年|下半年)(?=[,:])/;

function withSentencePeriods(text: string, drafts: Draft[], seg: Segmenter): Draft[] {
  for (const d of drafts) {
    const sentence = seg.sentence(d.anchor);
    const m = SENTENCE_PERIOD.exec(text.slice(sentence.start, sentence.start + 12).trimStart());
    if (m && !d.label.includes(m[0])) d.label = m[0] + d.label;
  }
  return drafts;
}

/** Reads the groups of one text in order, keeping what a sentence has said so far. */
class Assembler {
  readonly drafts: Draft[] = [];
  private sentenceStart = -1;
  /** The measured thing said last in this sentence (carried into bare measures: 总数, 完成投资). */
  private subject = '';
  /** The last level of the sentence, waiting for its change. */
  private lastLevel: Draft | null = null;
  /** Levels of the current ;-item a 分别 list may refer to. */
  private pending: Draft[] = [];
  private lastItem: Draft | null = null;
  /** Whether this sentence named a figure as its target (目标增长6.5%), so 实际… is the result. */
  private targetStated = false;
  /** 达到26731元,比上年增加1812元: the increment, and the level it is the increment of. */
  private readonly incrementOf = new Map<Draft, Draft>();
  /** 完成年度计划的103.5%: a share of the plan, whose sentence's growth rate is the measure's own. */
  private readonly planShares = new Set<Draft>();
  /** End of the text already read as figures or their labels. */
  private consumed = 0;

  constructor(
    private readonly text: string,
    private readonly seg: Segmenter,
  ) {}

  place(group: Quantity[]): void {
    const first = group[0];
    const sentence = this.seg.sentence(first.start);
    if (sentence.start !== this.sentenceStart) {
      this.sentenceStart = sentence.start;
      this.lastLevel = null;
      this.pending = [];
      this.lastItem = null;
      this.subject = '';
      this.targetStated = false;
    }
    // 分别 refers to the figures of its own ;-list item.
    if (this.pending.length > 0) {
      const semicolon = this.seg.lastSemicolonBefore(first.outerStart);
      if (semicolon >= sentence.start) this.pending = this.pending.filter((d) => d.anchor > semicolon);
    }
    if (first.role === 'comparison' || first.role === 'rank') this.placeAside(group);
    else if (first.role === 'level') this.placeLevels(group);
    else this.placeChanges(group);
  }

  /**
   * 地区生产总值:目标增长6.5%,实际增长6.9%: the name a row of a list opens with, for figures whose
   * own clause names nothing but 目标/实际. Becomes the subject of the rest of the row.
   */
  private rowName(from: number): string {
    if (this.text[from - 1] !== ':') return this.subject;
    const head = this.text.slice(this.seg.sentence(from - 1).start, from - 1);
    const name = /^[^,;。:0-9]{2,16}$/.test(head.trim()) ? cleanLabel(head) : '';
    if (name) this.subject = name;
    return name || this.subject;
  }

  /** 一般公共预算收入目标增长5%: a figure named as the target; then 实际… names the result. */
  private statedAs(label: string): { label: string; kind: IndicatorKind | null } {
    if (TARGET_WORD_END.test(label) && !/(?:年度|全年|年)目标$/.test(label)) {
      this.targetStated = true;
      return { label: label.replace(TARGET_WORD_END, '').replace(/^年初(?:确定|制定|设定|提出)的/, ''), kind: 'target' };
    }
    if (this.targetStated && STATED_WORD_END.test(label)) return { label: label.replace(STATED_WORD_END, ''), kind: 'actual' };
    return { label, kind: null };
  }

  private kindAt(pos: number): IndicatorKind {
    const clause = this.text.slice(clauseStart(this.text, pos), pos);
    // 预计2021年…达到428亿元 under the plan heading: last year's preliminary result.
    if (this.seg.isEstimate(pos) && !this.seg.isTarget(pos)) return 'estimate';
    if (this.seg.isTarget(pos) || this.seg.section(pos) === 'plan') {
      // 去年全县新增市场主体5820户, 已建成…36个, 去年,全省生产总值增长5.2%: the plan recalls a result.
      const sentence = this.text.slice(this.seg.sentence(pos).start, pos);
      if (FUTURE_CLAUSE.test(clause) || /力争|确保|预期/.test(clause)) return 'target';
      if (PAST_CLAUSE.test(clause)) return 'actual';
      // 去年…突破800万,今年力争达到900万人次,旅游综合收入增长15%: the last time said decides.
      return PAST_SENTENCE.test(sentence) && lastTense(sentence) === 'past' ? 'actual' : 'target';
    }
    // 年初确定的地区生产总值增长6%的预期目标: a review quotes last year's target.
    if (/^[^,;。]{0,10}?的(?:预期|既定)?目标/.test(this.text.slice(pos, pos + 16))) return 'target';
    if (this.seg.isEstimate(pos)) return 'estimate';
    // 今年一般性支出再压减5%, 今年,一般性支出将再压减8%: outside the plan, a pledge for the coming year.
    const sentence = this.text.slice(this.seg.sentence(pos).start, pos);
    return FUTURE_CLAUSE.test(clause) || FUTURE_CLAUSE.test(sentence) || PLEDGE.test(clause) ? 'target' : 'actual';
  }

  /** Comparisons with other regions and ranks: shown, never lined up as values. */
  private placeAside(group: Quantity[]): void {
    const role = group[0].role as 'comparison' | 'rank';
    for (const q of group) {
      const from = Math.max(clauseStart(this.text, q.outerStart), this.consumed);
      let label = cleanLabel(this.text.slice(from, q.outerStart));
      if (isBareMeasure(label)) label = joinSubject(this.subject, label);
      // A rank is no value of the measure: its own label keeps it off the measure's key.
      if (role === 'rank') label += '排名';
      this.drafts.push(makeDraft(label, q, role, role === 'rank' ? q.outerStart : from, q.end));
    }
    this.consumed = group[group.length - 1].end;
  }

  private placeLevels(group: Quantity[]): void {
    const { text } = this;
    const first = group[0];
    const from = Math.max(clauseStart(text, first.outerStart), this.consumed);
    const raw = text.slice(from, first.outerStart);
    const stated = this.statedAs(cleanLabel(raw));
    let label = stated.label;
    if (stated.kind && !label) label = this.rowName(from) || cleanLabel(raw);
    let evStart = label ? from + Math.max(0, raw.lastIndexOf(label)) : first.outerStart;
    let evEnd = first.end;
    let labels: string[] | null = null;
    let mergedChange: Draft | null = null;
    // 其中…, 5亿元以上8个: a part of what was said before; the subject stays the whole.
    let subItem = /其中/.test(raw);
    let planShare = false;

    if (group.length > 1) {
      labels = distribute(label, group.length);
      // 城镇和农村分别为4.1万元和2.05万元: the members only qualify the subject said before.
      if (labels && this.subject && labels.every((l) => l.length <= 3)) labels = labels.map((l) => l + this.subject);
    } else {
      const last = this.lastItem;
      const after = readAfter(text, first, label);
      if (first.base?.category === 'duration' && /连续$/.test(label)) {
        // 连续23个月未发生较大以上生产安全事故: the streak is named by what went on.
        label += afterPhrase(text.slice(first.end, clauseEnd(text, first.end)));
      } else if (first.base?.category === 'duration' && /^(?:仅?用|历时|耗时|仅|只用)?$/.test(label)) {
        // 仅用42天就实现“清零”: how long something took.
        label = durationLabel(label, text.slice(first.end, clauseEnd(text, first.end)));
      } else if (raw === '' && last && this.consumed === first.outerStart) {
        // 发放贷款1267笔12.8亿元: one subject, several quantities.
        label = last.label;
      } else if (after) {
        label = isBareMeasure(label) && !isVerbOnly(label) ? after.phrase + label : label + after.phrase;
        evEnd = Math.max(evEnd, after.end);
        if (!raw.trim()) evStart = first.outerStart;
      } else if (!label && cutOff(text, first)) {
        // The fragment stops right after the figure: what it counts is lost.
        this.consumed = first.end;
        return;
      } else if (!label && last && last.value === null && last.change && last.kind === (stated.kind ?? this.kindAt(first.start)) && this.consumed >= last.end && first.outerStart - last.end <= 3) {
        // 城镇化率提高2个百分点,达到58% (…百分点至58%): the change and the level it reached are one figure.
        this.drafts.splice(this.drafts.lastIndexOf(last), 1);
        label = last.label;
        evStart = last.start;
        mergedChange = last;
      } else if (SHARE.test(label) && first.unit === '%' && this.lastLevel && this.lastLevel.unit !== '%') {
        // 其中税收收入11.06亿元,占比69.9%; 进出口额…(占全市外贸的31.2%): the share of the amount just stated.
        label = joinSubject(this.lastLevel.label, label.replace(/^\(/, ''));
      } else if (PLAN_SHARE.test(label) && /的$/.test(raw) && first.unit === '%' && this.lastLevel && this.lastLevel.unit !== '%') {
        // 完成投资286亿元,完成年度计划的112.4%: how much of the plan the amount just stated is.
        label = this.lastLevel.label + (/完成/.test(raw) && !this.lastLevel.label.includes('完成') ? '完成' : '占') + label;
        planShare = true;
      } else if (isBareMeasure(label)) {
        // 办复率均为100%: one value for the subjects listed before it.
        const joined = /均(?:为|达到|达|保持|突破|超过)?$/.test(raw) ? joinedSubjects(this.drafts, this.sentenceStart) : '';
        label = joinSubject(joined || this.subject, label);
      } else if (/(?:以上|以下)$/.test(label) && this.subject) {
        // 5亿元以上8个 after 亿元以上项目49个: the threshold qualifies the same noun.
        const s = this.subject;
        label += s.includes('以上') ? s.slice(s.lastIndexOf('以上') + 2) : s.slice(-2);
        subItem = true;
      } else if (/^[\u3400-\u9fff]{1,3}(?:级|类|型)$/.test(label) && this.subject) {
        // 其中省级12家: a grade of the subject said before.
        label += this.subject.replace(/^[\u3400-\u9fff]{1,3}(?:级|类|型)/, '');
        subItem = true;
      } else if (/其中/.test(raw) && this.subject) {
        label = insertParent(label, this.subject);
      }
    }

    // 新增规上工业企业25家、高新技术企业20家: an addition verb is shared down a 、 list (the second
    // figure counts new firms too, not the total).
    const sharedVerb = (raw.startsWith('、') || this.text[from - 1] === '、') && this.lastItem ? ADDITION_VERB.exec(this.lastItem.label)?.[0] : undefined;
    if (sharedVerb && label && !labels && !ADDITION_VERB.test(label) && !/总数|总量|总计|累计/.test(label) && label.replace(SUBJECT_VERB_START, '') === label) {
      label = sharedVerb + label;
    }
    const levelBefore = this.lastLevel;
    const increment = group.length === 1 && INCREMENT.test(raw) && levelBefore !== null && levelBefore.unit !== null && levelBefore.base === first.base?.text;
    group.forEach((q, i) => {
      const d = makeDraft(labels ? labels[i] : label, q, stated.kind ?? this.kindAt(q.start), i === 0 ? evStart : q.outerStart, i === 0 ? evEnd : q.end);
      if (increment && levelBefore) this.incrementOf.set(d, levelBefore);
      if (planShare || (/(?:年度|全年)(?:计划|目标|任务)$/.test(d.label) && q.unit === '%')) this.planShares.add(d);
      if (mergedChange && i === 0) {
        d.change = mergedChange.change;
        d.approx ||= mergedChange.approx;
        d.kind = mergedChange.kind;
      }
      this.drafts.push(d);
      this.pending.push(d);
      this.lastLevel = d;
      this.lastItem = d;
    });
    if (!subItem || !this.subject) this.subject = subjectOf(labels ? labels[labels.length - 1] : label) || this.subject;
    this.consumed = Math.max(evEnd, group[group.length - 1].end);
  }

  private placeChanges(group: Quantity[]): void {
    const { text } = this;
    const first = group[0];
    const from = Math.max(clauseStart(text, first.verbStart), this.consumed);
    const raw = text.slice(from, first.verbStart);
    const distributive = group.length > 1 || /分别|(?<![年月日人平])均$/.test(raw);
    const rawSubject = raw.replace(/分别|(?<![年月日人平])均$/g, '');
    // 实际 is an adverb (实际增长: real growth) unless it answers a target of the same sentence.
    const answersTarget = this.targetStated && STATED_WORD_END.test(rawSubject);
    const stated = this.statedAs(cleanLabel(answersTarget ? rawSubject.replace(STATED_WORD_END, '') : rawSubject));
    const statedKind = stated.kind ?? (answersTarget ? 'actual' : null);
    let cleaned = stated.label;
    if (statedKind && !cleaned) cleaned = this.rowName(from);
    const onlyAdverbs = isOnlyAdverbs(rawSubject);
    this.consumed = group[group.length - 1].end;

    if (distributive) {
      const n = group.length;
      const targets = onlyAdverbs || isBareMeasure(cleaned) ? pickTargets(this.pending, n) : null;
      if (targets) {
        targets.forEach((t, i) => {
          t.change = changeOf(group[i]);
          t.approx ||= group[i].approx;
        });
      } else {
        const base = cleaned && !isBareMeasure(cleaned) ? cleaned : joinSubject(this.subject, cleaned);
        const labels = distribute(base, n);
        group.forEach((q, i) => {
          const start = i === 0 ? labelStart(from, raw, base, first.verbStart) : q.outerStart;
          this.drafts.push(changeOnly(labels ? labels[i] : base, q, this.kindAt(q.start), start, q.end));
        });
        this.subject = subjectOf(labels ? labels[labels.length - 1] : base) || this.subject;
        this.lastLevel = null;
      }
      this.pending = [];
      return;
    }

    const q = first;
    const qualifier = qualifierOnly(rawSubject);
    const level = this.lastLevel;
    if (qualifier) {
      // 年均增长9.4%, 一季度下降8.4%: another measure of the same subject.
      const s = this.subject;
      const label = s ? (/季度|半年/.test(qualifier) ? qualifier + s : s + qualifier) : qualifier;
      this.drafts.push(changeOnly(label, q, statedKind ?? this.kindAt(q.start), q.verbStart, q.end));
    } else if (onlyAdverbs && !statedKind && level && !level.change && this.planShares.has(level)) {
      // 固定资产投资完成年度计划的103.5%,增长8.9%: the growth is of the investment, not of the share.
      const d = changeOnly(level.label.replace(/(?:完成|占)?(?:年度|全年)(?:计划|目标|任务)$/, '') || this.subject, q, this.kindAt(q.start), q.verbStart, q.end);
      this.drafts.push(d);
      this.lastItem = d;
    } else if (onlyAdverbs && !statedKind && level && !level.change) {
      // …亿元,同比增长8%: the change of the level just stated; after its increment (比上年增加1812元,
      // 增长7.3%) the rate is the level's, not the increment's.
      const parent = this.incrementOf.get(level);
      const owner = parent && !parent.change ? parent : level;
      owner.change = changeOf(q);
      owner.approx ||= q.approx;
      this.pending = this.pending.filter((d) => d !== owner);
    } else {
      let label = cleaned;
      if (isBareMeasure(label)) label = joinSubject(this.subject, label);
      else if (/其中/.test(raw) && this.subject) label = insertParent(label, this.subject);
      // The evidence of 目标增长6.5% / 实际增长6.9% keeps the word that gives its kind.
      const evidenceStart = statedKind && !raw.includes(cleaned) ? from : labelStart(from, raw, cleaned, q.verbStart);
      const d = changeOnly(label, q, statedKind ?? this.kindAt(q.start), evidenceStart, q.end);
      this.drafts.push(d);
      this.lastItem = d;
      if (cleaned) {
        this.subject = subjectOf(label) || this.subject;
        this.lastLevel = null;
        this.pending = [];
      }
    }
  }
}

const changeOf = (q: Quantity): { value: number; unit: string } => ({ value: q.sign * q.value, unit: q.unit ?? '%' });

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
    change: changeOf(q),
    approx: q.approx,
    kind,
    start: Math.min(start, q.start),
    end: Math.max(end, q.unitEnd),
    anchor: q.start,
  };
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
  if (label.includes(parent) || label.length < 3 || label.length > 4 || parent.length > 4) return label;
  const head = parent.slice(-2);
  if (!label.endsWith(head)) return label;
  return label.slice(0, label.length - head.length) + parent;
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
