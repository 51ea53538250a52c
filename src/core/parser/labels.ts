// Labels: the name of what a figure measures, cut from the words of its clause.
import {
  ADVERBS,
  ADVERBS_ONLY,
  AFTER_STOP,
  BARE_MEASURE,
  DIMENSION_SUFFIX,
  HEAD_NOUNS,
  KEEP_WHOLE,
  LEADING_COMPARATIVE,
  LEADING_NOISE,
  QUALIFIER_ANY,
  QUALIFIER_END,
  QUALIFIER_MAX,
  SUBJECT_VERB,
  TERMINAL_NOUN,
  TRAILING_MAX,
  TRAILING_NOISE,
  W,
} from './lexicon';

const ENUMERATION = /^(?:[一二三四五六七八九十]+是|[((]?[一二三四五六七八九十0-9]+[))、.]|——|—|-|[*·•▲△▶►●○■□◆◇★☆◎√✓➤→]+)/;
const YEAR_PREFIX = /^(?:\d{4}年(?:底|末|全年|度)?|[一二三四五六七八九十]+年来|\d+年来|(?:即将|刚刚)?过去的?[一二三四五六七八九十\d]*年(?:来|里|中)?)/;
/** 计划新增学位: the plan before a verb of action is no part of the measure (年度计划投资 is). */
const PLANNED_ACTION = /^计划(?=新增|新建|实施|完成|建设|改造|开工)/;
/** 按年平均汇率折算, 按可比价计算: how a figure was converted, naming no measure. */
const CONVERSION = /^按[^,;。]{0,12}(?:折算|计算|换算)$/;
/** 完成了年初确定的…, 超过年初确定的…: how a target is recalled, not what it measures. */
const TARGET_RECALL = /^(?:完成了?|超过了?|高于|低于|实现了?|了)?年初(?:确定|制定|设定|提出)的?/;
/** 【城市能级持续提升】岚湾港…: a run-in heading before the sentence. */
const BRACKETED_HEADING = /^【[^】]{0,24}】/;
const LEAD_PUNCT = ',;:、。!?. \n\t和与及或';
const TRAIL_PUNCT = ',;:、。!? \n\t';

/** The string without list and sentence punctuation at its edges (a character loop: no regex scan). */
function trimEdges(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && LEAD_PUNCT.includes(s[a])) a++;
  while (b > a && TRAIL_PUNCT.includes(s[b - 1])) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** Length of the word of `pattern` (end-anchored) that ends s, looked for in its last `max` characters only. */
function endWord(s: string, pattern: RegExp, max: number): number {
  const m = pattern.exec(s.length > max ? s.slice(-max) : s);
  return m ? m[0].length : 0;
}
const PLAN_PERIOD = /“?[十][一二三四五六七八九]五”?(?:期间|时期|以来|末)?/g;

/** Cut a raw clause fragment down to its label: no enumeration marks, times, regions, verbs of achievement. */
export function cleanLabel(raw: string): string {
  let s = trimEdges(raw);
  // 由2011年的…: the starting level keeps its year (到2020年的… is the level reached: no year).
  let year = /(?:由|从)(\d{4}年)(?:的|底|末)?$/.exec(s)?.[1] ?? '';
  s = withoutExamples(s);
  // 地区生产总值由2011年的…: the label stands before 由.
  const from = s.search(/(?<![自理经缘因来])由(?!于|此)|(?<![自服打听])从(?!而|事|业|严|快|优|细|实|源|头)/);
  if (from > 0) {
    year ||= /^[由从](\d{4}年)/.exec(s.slice(from))?.[1] ?? '';
    s = s.slice(0, from);
  }
  s = s.replace(/\(下同\)/g, '').replace(/连续[0-9一二三四五六七八九十]+个?(?:月|年|季度|天|周)$/, '');
  s = afterInnerNumber(s);
  // 仅用3天时间将全区116个开放小区…: what precedes 将/把 is another clause.
  const prep = Math.max(s.lastIndexOf('将'), s.lastIndexOf('把'));
  // 一般性支出将再压减8%: 将 as "will" ends the name instead.
  if (prep > 0 && s[prep] === '将' && /^将(?:再|继续|进一步|努力|全力|着力)?$/.test(s.slice(prep))) s = s.slice(0, prep);
  else if (prep >= 0 && prep < s.length - 1) s = s.slice(prep + 1);
  return year + withoutNoise(s);
}

/** 库迪咖啡等463个…: examples before 等 name no measure; 发放“科创贷”“税易贷”等普惠贷款 → 发放普惠贷款. */
function withoutExamples(s: string): string {
  const etc = s.lastIndexOf('等');
  if (etc >= 0 && etc === s.length - 1) return '';
  if (etc > 0 && /[”、]$/.test(s.slice(0, etc)) && s.length - etc > 2) return (SUBJECT_VERB.exec(s)?.[0] ?? '') + s.slice(etc + 1);
  return s;
}

/**
 * 按照…3倍目标策划生成项目: a number left in a label belongs to another phrase; keep what follows
 * it. Thresholds (5亿元以上…, 超…), quoted names, PM2.5 and month ranges (1-11月…) stay.
 */
function afterInnerNumber(s: string): string {
  const inner = /[0-9][0-9.]*(?:[-—~至到][0-9]+)?[%倍个万亿元年月日号]*/g;
  let cut = -1;
  for (let m = inner.exec(s); m !== null; m = inner.exec(s)) {
    const rest = s.slice(m.index + m[0].length);
    const quoted = s.lastIndexOf('“', m.index) > s.lastIndexOf('”', m.index);
    const kept =
      /^[\u3400-\u9fff]{0,3}(?:以上|以下|的)/.test(rest) ||
      /^(?:米|公里|千米|分钟)(?:覆盖|范围|服务|生活圈|半径|内|以内)/.test(rest) ||
      /(?:超|[A-Za-z])$/.test(s.slice(0, m.index)) ||
      m[0].endsWith('月');
    if (!quoted && !kept && !/^[A-Za-z]/.test(rest) && rest.length >= 2) cut = m.index + m[0].length;
  }
  return cut > 0 ? s.slice(cut) : s;
}

/** Enumeration marks, years, regions, verbs of achievement in front; 达到/突破/同比… behind. */
function withoutNoise(label: string): string {
  let s = label;
  for (let guard = 0; guard < 12; guard++) {
    const before = s;
    if (KEEP_WHOLE.has(s)) break;
    s = trimEdges(s.replace(ENUMERATION, '').replace(YEAR_PREFIX, '').replace(PLANNED_ACTION, '').replace(BRACKETED_HEADING, '').replace(TARGET_RECALL, ''));
    const stripped = trimEdges(s.replace(LEADING_NOISE, '').replace(LEADING_COMPARATIVE, ''));
    // 完成率118%: a verb in front of a one-character measure is part of its name.
    if (!/^[率量额数]$/.test(stripped)) s = stripped;
    // 占年度计划的110.4%: the plan is what the share is of.
    const tail = /年度计划$|年计划$/.test(s) ? 0 : endWord(s, TRAILING_NOISE, TRAILING_MAX);
    if (tail) s = s.slice(0, s.length - tail);
    if (s.endsWith('的')) s = s.slice(0, -1);
    // 化解率在92%以上: 在 opens the value's phrase.
    if (s.length > 2 && TRAILING_PREPOSITION.test(s)) s = s.slice(0, -1);
    if (s.startsWith('的')) s = s.slice(1);
    // 办复率均为…: 均 belongs to the verb; 年均, 人均 belong to the measure.
    if (s.endsWith('均') && !/[年月日人平]均$/.test(s.slice(-2))) s = s.slice(0, -1);
    if (s === before) break;
  }
  // 由60%到62%: the second level names nothing but its preposition; 按年平均汇率折算约合…: only how it was converted.
  return s === '到' || s === '至' || CONVERSION.test(s) ? '' : s;
}

/** The fragment without edge punctuation, plan periods (“十二五”期间) and parenthesised asides. */
function stripAsides(raw: string): string {
  // 比2015年提高…, 较2020年末…: the base of a comparison names no measure.
  let s = trimEdges(raw).replace(/^(?:比|较|与)\d{4}年(?:末|底|同期)?(?:相比)?/, '');
  if (s.includes('五')) s = s.replace(PLAN_PERIOD, '');
  if (s.includes('(')) s = s.replace(/\([^)]*\)/g, '');
  // 扣除留抵退税因素后增长6.3%: how the change was computed, not what changed.
  if (s.includes('因素')) s = s.replace(/^(?:扣除|剔除|不含|除去)[^,;。]{1,14}?因素(?:影响)?后?/, '');
  return s;
}

/** What remains when the clause between a level and its change says nothing new (…亿元,同比增长…). */
export function isOnlyAdverbs(raw: string): boolean {
  const s = stripAsides(raw);
  return s === '' || ADVERBS_ONLY.test(s);
}

/** Period qualifier a change-only clause is about (年均, 一季度), when it names no measure itself. */
export function qualifierOnly(raw: string): string | null {
  let s = stripAsides(raw);
  s = s.replace(ADVERBS, '');
  const k = endWord(s, QUALIFIER_END, QUALIFIER_MAX);
  if (!k) return null;
  const head = s.slice(0, s.length - k);
  // 克服了一季度…, “十二五”期间年均…: what precedes the period is no measure name.
  return head === '' || head.endsWith('了') || head.length <= 2 ? s.slice(s.length - k) : null;
}

/** The measured thing of a label, without the verb that introduced it (净增高新技术企业 → 高新技术企业). */
export function subjectOf(label: string): string {
  let s = label.replace(/^\d{4}年/, '');
  for (let guard = 0; guard < 3; guard++) {
    const next = s.replace(SUBJECT_VERB, '');
    if (next === s || next === '') break;
    s = next;
  }
  s = s.replace(QUALIFIER_ANY, '');
  const bare = s.replace(DIMENSION_SUFFIX, '');
  return bare.length >= 2 ? bare : s;
}

/** The label without a leading verb (投入民生资金 → 民生资金); periods stay. */
export function withoutVerb(label: string): string {
  const s = label.replace(SUBJECT_VERB, '');
  return s === '' ? label : s;
}

/** A label that is only a verb (新增, 建成). */
export function isVerbOnly(label: string): boolean {
  return label !== '' && label.replace(SUBJECT_VERB, '') === '';
}

export function isBareMeasure(label: string): boolean {
  return label === '' || BARE_MEASURE.test(label) || YEAR_ONLY.test(label) || label.replace(SUBJECT_VERB, '') === '';
}

/** Measure word on a subject carried from earlier (高新技术企业 + 总数). */
export function joinSubject(subject: string, measure: string): string {
  if (!subject) return measure;
  if (!measure) return subject;
  if (measure.startsWith('其中')) measure = measure.slice(2);
  if (YEAR_ONLY.test(measure)) return measure + subject;
  // 新增高新技术企业96家,总数达587家: the total is of the things, not of the additions.
  if (/^(?:总数|总量|总计|累计)/.test(measure)) subject = subject.replace(ADDITION, '') || subject;
  return subject + measure;
}
/** How a count grew (新增, 净增五年新增): words the total of the same things drops. */
const ADDITION = /^(?:[一二三四五六七八九十两]+年(?:来|间)?|\d+年(?:来|间)?)?(?:新增|净增|新认定|新培育|新引进)|(?:新增|净增)$/g;

/** Noun phrase read after a count (172个制造业项目竣工投产 → 制造业项目竣工投产), cut at particles. */
export function afterPhrase(raw: string): string {
  const stop = AFTER_STOP.exec(raw);
  let s = trimEdges(stop ? raw.slice(0, stop.index) : raw);
  // 318家规上工业企业在3月底前复工: a preposition left where a time or place phrase began.
  if (s.length > 2 && TRAILING_PREPOSITION.test(s)) s = s.slice(0, -1);
  return s;
}
/** A preposition ending a phrase, not the end of a word (所在, 位于, 对于, 等于). */
const TRAILING_PREPOSITION = /(?<![所存现位关由等属对基相面])[在于向从自]$/;

const YEAR_ONLY = /^\d{4}年$/;
const LIST_SPLIT = /、|和|与|及/;

/**
 * Labels of a distributive list: 城镇、农村常住居民人均可支配收入 with two figures →
 * 城镇常住居民人均可支配收入, 农村常住居民人均可支配收入. Null when the subject does not split in n.
 */
export function distribute(subject: string, n: number): string[] | null {
  if (n < 2) return null;
  let parts = subject.split('、');
  if (parts.length !== n) parts = subject.split(LIST_SPLIT);
  if (parts.length !== n) {
    for (const [word, members] of Object.entries(W.distributiveExpansions)) {
      if (members.length === n && subject.includes(word)) return members.map((m) => subject.replace(word, m));
    }
    return null;
  }
  if (parts.some((p) => p === '')) return null;
  const last = parts[n - 1];
  const first = parts[0];
  // The shared tail of the list. Parallel members end alike (省级、市级专精特新企业): the tail starts
  // after the last member's counterpart; else at the first head noun inside the last member.
  let tail = '';
  const parallel = last.indexOf(first[first.length - 1]);
  if (parallel >= 0 && parallel < last.length - 1 && parallel <= first.length + 1) {
    tail = last.slice(parallel + 1);
  } else {
    let at = last.length;
    for (const head of HEAD_NOUNS) {
      const k = last.indexOf(head);
      if (k > 0 && k < at) {
        at = k;
        tail = last.slice(k);
      }
    }
    // 城市、农村低保标准: short members of one length; the last one's rest is the shared tail.
    if (!tail && parts.slice(0, -1).every((p) => p.length <= 4 && p.length === first.length) && last.length > first.length + 1) {
      tail = last.slice(first.length);
    }
  }
  return parts.map((p, i) => {
    if (i === n - 1) return p;
    if (i > 0 && isBareMeasure(p)) return stem(first) + p;
    if (TERMINAL_NOUN.test(p) || !tail) return p;
    for (let overlap = Math.min(p.length, tail.length); overlap > 0; overlap--) {
      if (p.endsWith(tail.slice(0, overlap))) return p + tail.slice(overlap);
    }
    return p + tail;
  }).map((p, i) => (i === n - 1 && isBareMeasure(p) ? stem(first) + p : p));
}

/** A list member without its own measure word (规上工业总产值 → 规上工业, 项目数 → 项目). */
function stem(label: string): string {
  const m = /(?:个数|数量|数|总产值|产值|增加值|总额|总投资|投资|收入|总收入)$/.exec(label);
  return m && m.index > 0 ? label.slice(0, m.index) : label;
}
