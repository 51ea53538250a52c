// Extractor: every number with its unit in the normalised text, each with what surrounds it
// (approximation words, change verb, name/date/ordinal context). Numbers that are not figures
// (dates, ordinals, numbers inside names, thresholds qualifying a noun) are dropped here.
import {
  APPROX_AFTER,
  APPROX_BEFORE,
  CHANGE_BEFORE,
  COMPARISON_BEFORE,
  DOWN_VERBS,
  LEVEL_TO_BEFORE,
  MULTIPLIERS,
  NAME_SUFFIX,
  NOT_AFTER_COUNT,
  NOT_UNIT_WORD,
  PAGE_NOISE,
  RANK,
  NUMERAL_NAME_UNITS,
  UNITS_BY_FIRST,
  type UnitDef,
} from './lexicon';
import { arabicValue, chineseDecimalValue, chineseNumeralValue } from './numbers';
import { isClauseBreak } from './spans';

export type QuantityRole = 'level' | 'change' | 'comparison' | 'rank';

export interface Quantity {
  /** Start of the number (normalised text). */
  start: number;
  /** Start including an approximation word before the number (突破, 近). */
  outerStart: number;
  /** End of the unit and of any approximation word after it (余, 以上, 左右). */
  end: number;
  /** End of the unit itself. */
  unitEnd: number;
  value: number;
  /** As written, multiplier included; null for a dimensionless level (城乡收入比1.79). */
  unit: string | null;
  base: UnitDef | null;
  /** Multiplier of the unit (亿 → 1e8). */
  scale: number;
  approx: boolean;
  role: QuantityRole;
  /** For changes: −1 after 下降/减少/回落, else +1. */
  sign: 1 | -1;
  /** For changes: where the change verb starts. */
  verbStart: number;
  /** Whether the number is written in Chinese numerals. */
  chinese: boolean;
}

/** Units of a streak (连续四年): durations that are no units elsewhere (2023年 is a date). */
const STREAK_UNITS: Record<string, UnitDef> = Object.fromEntries(
  ['年', '天', '周'].map((u) => [u, { text: u, base: u, category: 'duration', rate: false, numerals: true }]),
);

const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+/g;
const DELIMITER_AFTER = /^(?:$|[,;:。!?\n、)”"])/;
const LOOKBACK = 24;
/** Measures written in Latin letters that a value may follow directly once spaces are folded. */
const LATIN_MEASURE_BEFORE = /(?<![A-Za-z])(?:GDP|CPI|PPI|GNP)$/;

interface UnitMatch {
  unit: string;
  base: UnitDef | null;
  scale: number;
  end: number;
  approx: boolean;
}

function matchBase(text: string, pos: number, fromNumerals: boolean): UnitDef | null {
  const bucket = UNITS_BY_FIRST.get(text[pos]);
  if (!bucket) return null;
  for (const u of bucket) {
    if (text.startsWith(u.text, pos) && (!fromNumerals || u.numerals)) {
      // 千亿台阶, 3家庭: a word that merely starts with a unit character.
      if (u.text.length === 1 && NOT_UNIT_WORD.test(text.slice(pos, pos + 4))) return null;
      return u;
    }
  }
  return null;
}

/** Unit at pos: [余多]? multiplier? [余多]? base, or a bare multiplier (530万宜城儿女). */
function matchUnit(text: string, pos: number, forcedMultiplier: string, fromNumerals: boolean): UnitMatch | null {
  let p = pos;
  let approx = false;
  let multiplier = forcedMultiplier;
  let scale = 1;
  if (multiplier) {
    scale = multiplierScale(multiplier);
  } else {
    if ((text[p] === '余' || text[p] === '多') && startsMultiplier(text, p + 1)) {
      approx = true;
      p++;
    }
    for (const m of MULTIPLIERS) {
      if (text.startsWith(m.text, p)) {
        multiplier = m.text;
        scale = m.scale;
        p += m.text.length;
        break;
      }
    }
  }
  if (multiplier && (text[p] === '余' || text[p] === '多')) {
    approx = true;
    p++;
  }
  if (!multiplier && (text[p] === '余' || text[p] === '多') && matchBase(text, p + 1, fromNumerals)) {
    approx = true;
    p++;
  }
  const base = matchBase(text, p, fromNumerals);
  if (base) {
    // A multiplier never scales a rate (万% is not a thing).
    if (multiplier && base.rate) return null;
    return { unit: multiplier + base.text, base, scale, end: p + base.text.length, approx };
  }
  if (multiplier) return { unit: multiplier, base: null, scale, end: p, approx };
  return null;
}

function startsMultiplier(text: string, p: number): boolean {
  return MULTIPLIERS.some((m) => text.startsWith(m.text, p));
}

function multiplierScale(m: string): number {
  let scale = 1;
  for (const c of m) scale *= c === '万' ? 1e4 : c === '亿' ? 1e8 : c === '千' ? 1e3 : c === '百' ? 1e2 : c === '十' ? 10 : 1;
  return scale;
}

/** Text of the clause before pos, at most LOOKBACK characters. */
function clauseBefore(text: string, pos: number): string {
  let s = pos;
  while (s > 0 && pos - s < LOOKBACK && !isClauseBreak(text.charCodeAt(s - 1))) s--;
  return text.slice(s, pos);
}

function clauseAfter(text: string, pos: number): string {
  let e = pos;
  while (e < text.length && e - pos < 12 && text[e] !== '。' && text[e] !== '\n') e++;
  return text.slice(pos, e);
}

/** Inside a short quotation (“三公里”, “1+1+N”, “两个确立”): part of a name. */
function insideShortQuote(text: string, start: number, end: number): boolean {
  for (let i = start - 1; i >= 0 && start - i <= 12; i--) {
    const c = text[i];
    if (c === '”' || c === '\n') return false;
    if (c === '“') {
      for (let j = end; j < text.length && j - end <= 12; j++) {
        const d = text[j];
        if (d === '“' || d === '\n') return false;
        if (d === '”') return true;
      }
      return false;
    }
  }
  return false;
}

/** 分别为41、24微克/立方米: a number whose unit is written only after the last member of its list. */
function unitOfNextInList(text: string, numEnd: number): UnitMatch | null {
  const m = /^[、和](\d+(?:\.\d+)?)/.exec(text.slice(numEnd, numEnd + 16));
  if (!m) return null;
  const unit = matchUnit(text, numEnd + m[0].length, '', false);
  // The number takes the unit; its own span ends where it does.
  return unit?.base ? { ...unit, end: numEnd, approx: false } : null;
}

/** Split a Chinese numeral run into the numeral and a multiplier that belongs to the unit (三千万元 → 三千 + 万元). */
function splitChineseRun(run: string): { numeral: string; multiplier: string } {
  let k = run.length;
  while (k > 0 && (run[k - 1] === '万' || run[k - 1] === '亿')) k--;
  if (k === 0) return { numeral: run[0], multiplier: run.slice(1) };
  return { numeral: run.slice(0, k), multiplier: run.slice(k) };
}

export function scanQuantities(text: string): Quantity[] {
  const fractions = scanFractionWords(text);
  const found: Quantity[] = [];
  let nextFraction = 0;
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m !== null; m = NUMBER.exec(text)) {
    while (nextFraction < fractions.length && fractions[nextFraction].end <= m.index) found.push(fractions[nextFraction++]);
    const f = fractions[nextFraction];
    if (f && m.index >= f.outerStart && m.index < f.end) continue;
    // Most Chinese numeral runs are words (一般, 十四五): skip those no unit can follow, cheaply.
    if (!/^\d/.test(m[0]) && !mayHaveUnit(text, m.index + m[0].length, m[0])) continue;
    const q = readQuantity(text, m.index, m[0]);
    if (q) {
      found.push(q);
      // The unit's own multiplier (1.24万亿元) is not another number.
      NUMBER.lastIndex = Math.max(NUMBER.lastIndex, q.unitEnd);
    }
  }
  found.push(...fractions.slice(nextFraction));
  mergeRanges(text, found);
  propagateListRoles(text, found);
  const ranks = scanRanks(text);
  if (ranks.length === 0) return found;
  return [...found, ...ranks].sort((a, b) => a.start - b.start);
}

const FRACTION_WORD = /(百分之|千分之|[二两三四五六七八九十]分之)(\d+(?:\.\d+)?(?![.\d])|[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?(?![点零〇一二两三四五六七八九十百]))/g;

/**
 * 增长5.5%—6%, 6%到6.5%, 1.2万-1.5万人: a range is one figure, read as its lower bound and marked
 * approximate; its evidence spans both ends. 由…到… pairs (two levels) are no ranges.
 */
function mergeRanges(text: string, qs: Quantity[]): void {
  for (let i = qs.length - 2; i >= 0; i--) {
    const a = qs[i];
    const b = qs[i + 1];
    if (!RANGE_GAP.test(text.slice(a.end, b.outerStart)) || b.role === 'rank' || a.role === 'rank') continue;
    const sameUnit = a.unit === b.unit || (a.base === null && a.unit !== null && b.unit !== null && b.unit.startsWith(a.unit));
    if (!sameUnit || /(?:由|从)[^,;。]*$/.test(clauseBefore(text, a.outerStart))) continue;
    a.end = b.end;
    a.unitEnd = b.unitEnd;
    a.unit = b.unit;
    a.base = b.base;
    a.scale = b.scale;
    a.approx = true;
    qs.splice(i + 1, 1);
  }
}

/** Rates written as words (百分之三点五, 百分之3.5, 千分之八): value and unit % / ‰, read like 3.5%. */
function scanFractionWords(text: string): Quantity[] {
  const found: Quantity[] = [];
  FRACTION_WORD.lastIndex = 0;
  for (let m = FRACTION_WORD.exec(text); m !== null; m = FRACTION_WORD.exec(text)) {
    const q = readFractionWord(text, m.index, m[1], m[2]);
    if (q) found.push(q);
  }
  return found;
}

function readFractionWord(text: string, start: number, word: string, numeral: string): Quantity | null {
  const chinese = !/^\d/.test(numeral);
  const numerator = chinese ? chineseDecimalValue(numeral) : arabicValue(numeral);
  // 三分之一: a plain fraction, a dimensionless level; 百分之/千分之 are rates.
  const denominator = word === '百分之' || word === '千分之' ? null : chineseNumeralValue(word[0]);
  const unitText = word === '百分之' ? '%' : word === '千分之' ? '‰' : null;
  const base = unitText ? UNITS_BY_FIRST.get(unitText)?.find((u) => u.text === unitText) ?? null : null;
  if (numerator === null || !Number.isFinite(numerator) || (unitText !== null && !base) || denominator === 0) return null;
  const value = denominator ? numerator / denominator : numerator;
  if (denominator && numerator >= denominator) return null;
  const unitEnd = start + word.length + numeral.length;
  const before = clauseBefore(text, start);
  const approxBefore = APPROX_BEFORE.exec(before);
  let end = unitEnd;
  const approxAfter = APPROX_AFTER.exec(text.slice(unitEnd, unitEnd + 8));
  if (approxAfter) {
    // 百分之五十以上的村: a threshold qualifying a noun.
    if (/^以[上下]$/.test(approxAfter[0]) && !DELIMITER_AFTER.test(text.slice(unitEnd + 2, unitEnd + 3))) return null;
    end += approxAfter[0].length;
  }
  const reading = roleOf(text, start, end, base, before, approxBefore?.[0] ?? '');
  if (!reading) return null;
  return {
    start,
    outerStart: approxBefore ? start - approxBefore[0].length : start,
    end,
    unitEnd,
    value,
    unit: unitText,
    base,
    scale: 1,
    approx: approxBefore !== null || approxAfter !== null,
    ...reading,
    chinese,
  };
}

/** Ranks (居全省第3位): kept as kind 'rank', never as values. */
function scanRanks(text: string): Quantity[] {
  const ranks: Quantity[] = [];
  RANK.lastIndex = 0;
  for (let m = RANK.exec(text); m !== null; m = RANK.exec(text)) {
    const start = m.index + m[0].lastIndexOf(m[2]);
    const value = /^\d/.test(m[2]) ? Number(m[2]) : chineseNumeralValue(m[2]);
    if (value === null || value === 0) continue;
    const unit = /[位名]$/.test(m[0]) ? m[0].slice(-1) : null;
    ranks.push({
      start,
      outerStart: m.index,
      end: m.index + m[0].length,
      unitEnd: m.index + m[0].length,
      value,
      unit,
      base: null,
      scale: 1,
      approx: false,
      role: 'rank',
      sign: 1,
      verbStart: m.index,
      chinese: !/^\d/.test(m[2]),
    });
  }
  return ranks;
}

function mayHaveUnit(text: string, end: number, run: string): boolean {
  const last = run[run.length - 1];
  const next = text[end] ?? '';
  if (next === '年' || next === '天' || next === '周') return text.endsWith('连续', end - run.length);
  return last === '万' || last === '亿' || next === '余' || next === '多' || UNITS_BY_FIRST.has(next);
}

function readQuantity(text: string, start: number, token: string): Quantity | null {
  const chinese = !/^\d/.test(token);
  const numEnd = start + token.length;
  const prev = text[start - 1] ?? '';
  const prev2 = text[start - 2] ?? '';
  const next = text[numEnd] ?? '';

  let value: number;
  let unitMatch: UnitMatch | 'dimensionless' | null;
  // 人口自然增长率为-1.2‰, 增长-3.8%: a minus sign written before the number (not 2020-2025, not a list dash).
  // 增长15.6%、-3.8% too; 1.2万-1.5万人 is a range.
  const beforeMinus = text.slice(Math.max(0, start - 5), start - 1);
  const negative =
    !chinese && /[-−－]/.test(prev) && (/[、,;:(]$/.test(beforeMinus) || (/[\u3400-\u9fff]$/.test(beforeMinus) && !/[0-9]/.test(beforeMinus)));
  if (negative) start -= 1;
  const before = clauseBefore(text, start);
  const approxBefore = APPROX_BEFORE.exec(before);

  if (!chinese) {
    // PM2.5, 5G, S312: a number inside a code; GDP 318.6亿元 (spaces folded) is a measure and its value.
    if (/[A-Za-z._/+#]/.test(prev) && !LATIN_MEASURE_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return null;
    if (/[-:~]/.test(prev) && /[0-9]/.test(prev2)) return null;
    if (/[-:/~+]/.test(next) && /[0-9A-Za-z]/.test(text[numEnd + 1] ?? '')) return null;
    if (next === '+') return null;
    value = negative ? -arabicValue(token) : arabicValue(token);
    unitMatch = matchUnit(text, numEnd, '', false) ?? unitOfNextInList(text, numEnd);
  } else {
    if (/[第前后每几数十0-9.]/.test(prev)) return null;
    const { numeral, multiplier } = splitChineseRun(token);
    const v = chineseNumeralValue(numeral);
    if (v === null || v === 0) return null;
    // A bare 万/千/百 is a number only as a threshold (近万亿元, 突破千亿元), before another multiplier,
    // or before 余/多 (千余人, 百余家).
    const bare = /^[百千万亿]$/.test(numeral);
    if (bare && !approxBefore && multiplier === '' && !/^[余多]/.test(next)) return null;
    unitMatch = matchUnit(text, numEnd, multiplier, true);
    // 首个千亿园区, 三个百亿台阶: a bare 千亿 before a noun names a class, not an amount (迈上千亿台阶 is one).
    const nounAfter = /[\u3400-\u9fff]/.test(text[unitMatch?.end ?? numEnd] ?? '') && !/^[余多]/.test(text[unitMatch?.end ?? numEnd] ?? '');
    if (bare && multiplier !== '' && !approxBefore && unitMatch && !unitMatch.base && nounAfter) return null;
    if (!unitMatch && !(multiplier === '' && /连续$/.test(before) && /^(?:年|天|周)/.test(text.slice(numEnd, numEnd + 1)))) return null;
    // 一个, 一家, 一批: articles, not counts.
    const numeralUnit = unitMatch?.base ?? null;
    if (numeral === '一' && multiplier === '' && !(numeralUnit?.rate ?? false)) return null;
    // 八项规定, 十五条硬措施, 三元正极材料: a numeral, a measure word and a noun make a name.
    if (multiplier === '' && unitMatch && numeralUnit && NUMERAL_NAME_UNITS.has(numeralUnit.text) && /[\u3400-\u9fff]/.test(text[unitMatch.end] ?? '')) return null;
    value = v;
  }

  // Ordinals and ranks (第3位, 前10) are read by scanRanks.
  if (prev === '第' || prev === '每' || prev === '前') return null;
  if (before.endsWith('每') || /第$/.test(before)) return null;

  let unit: string | null = null;
  let base: UnitDef | null = null;
  let scale = 1;
  let unitEnd = numEnd;
  let approx = approxBefore !== null;
  if (!unitMatch) {
    unitMatch = unitlessReading(text, token, numEnd, before);
    if (unitMatch === null) return null;
  }
  if (unitMatch !== 'dimensionless') {
    unit = unitMatch.unit;
    base = unitMatch.base;
    scale = unitMatch.scale;
    unitEnd = unitMatch.end;
    approx ||= unitMatch.approx;
  }

  const after = text.slice(unitEnd, unitEnd + 8);
  if (NAME_SUFFIX.test(after)) return null;
  // 3倍目标: a multiple qualifying a noun.
  if (base?.category === 'multiple' && /^[\u3400-\u9fff]/.test(after) && !APPROX_AFTER.test(after) && !/^[的,]/.test(after)) return null;
  if (base?.text === '个' && NOT_AFTER_COUNT.test(after)) return null;
  if (/^[:∶?][0-9]/.test(after) || /[:∶]$/.test(text.slice(Math.max(0, start - 1), start)) && /[0-9]/.test(prev2)) return null;
  if (insideShortQuote(text, start, unitEnd)) return null;
  // 28项主要指标中,已有24项提前完成: a statement about the indicators themselves.
  if (base?.text === '项' && (/^[^,;。]{0,6}指标/.test(after) || /指标中[^。]{0,12}$/.test(text.slice(Math.max(0, start - 16), start)))) return null;
  if (PAGE_NOISE.test(text.slice(Math.max(0, start - 12), start)) || PAGE_NOISE.test(clauseAfter(text, unitEnd))) return null;

  let end = unitEnd;
  const approxAfter = APPROX_AFTER.exec(after);
  if (approxAfter) {
    const word = approxAfter[0];
    const rest = text.slice(unitEnd + word.length, unitEnd + word.length + 1);
    // 亿元以上项目, 5亿元以上8个: a threshold qualifying a noun, not a figure.
    if ((word === '以上' || word === '以下') && !DELIMITER_AFTER.test(rest)) return null;
    approx = true;
    end = unitEnd + word.length;
  }
  if (/^及以上|^及以下/.test(after)) return null;
  // 超5000万元的镇, 超10亿元项目, 可用财力不足5000万元的乡镇: a threshold qualifying a noun again
  // (not 超12亿元,增长…).
  const following = text[end] ?? '';
  if (/超|不足/.test(approxBefore?.[0] ?? '') && (following === '的' || (/[\u3400-\u9fff]/.test(following) && !'增下同比和'.includes(following)))) return null;
  // 公交站点500米覆盖率, 服务半径内: a distance that qualifies a measure or a name.
  if (base?.category === 'length' && /^(?:覆盖|范围|服务|生活圈|半径|以内的|内的)/.test(text.slice(end, end + 3))) return null;
  // 15分钟生活圈, 半小时交通圈: a duration that names a circle of services.
  if (base?.category === 'duration' && /^[“"]?[\u3400-\u9fff]{0,4}圈/.test(text.slice(end, end + 6))) return null;

  const reading = roleOf(text, start, end, base, before, approxBefore?.[0] ?? '');
  if (!reading) return null;
  const { role, sign, verbStart } = reading;

  return {
    start,
    outerStart: approxBefore ? start - approxBefore[0].length : start,
    end,
    unitEnd,
    value,
    unit,
    base,
    scale,
    approx,
    role,
    sign,
    verbStart,
    chinese,
  };
}

/**
 * Dimensionless levels (城乡收入比降至1.79, 收入比由2.41缩小到2.16, 万车死亡率降至1.32) and streaks
 * that are outcomes (连续四年实现命案全破); null when a number without a unit is no figure.
 */
function unitlessReading(text: string, token: string, numEnd: number, before: string): UnitMatch | 'dimensionless' | null {
  const rest = text.slice(numEnd, numEnd + 3);
  const streak = STREAK_UNITS[rest[0]];
  if (streak && /连续$/.test(before)) return { unit: rest[0], base: streak, scale: 1, end: numEnd + 1, approx: false };
  if (!/^\d/.test(token) || !token.includes('.')) return null;
  if (!(DELIMITER_AFTER.test(rest) || APPROX_AFTER.test(rest) || /^[缩降提增下]/.test(rest))) return null;
  if (!/(?:比|系数|指数|率)/.test(before)) return null;
  if (!/(?:比|系数|指数|率|降至|降到|缩小至|缩小到|缩小为|下降到|下降至|提高到|提高至|为|达|达到|是|保持在|由|从|到|至)$/.test(before)) return null;
  return 'dimensionless';
}

/**
 * What part a figure plays: a level, a change (after 增长/下降…, or 个百分点/倍), a comparison
 * with other regions, a move in a ranking; null for a streak that belongs to a rank.
 */
function roleOf(
  text: string,
  start: number,
  end: number,
  base: UnitDef | null,
  before: string,
  approxWord: string,
): { role: QuantityRole; sign: 1 | -1; verbStart: number } | null {
  const level = { role: 'level' as QuantityRole, sign: 1 as const, verbStart: start };
  if (COMPARISON_BEFORE.test(before) || /在(?:全国|全省|全市)[^,;。]{0,8}$/.test(before)) return { ...level, role: 'comparison' };
  // 排名上升5位: a move in a ranking.
  if (/(?:排名|位次)(?:上升|提升|前移|前进|提高|下降|后移|后退|跃升)了?$/.test(before)) return { ...level, role: 'rank' };
  // 连续8个月位居全省第1: the streak belongs to the rank.
  if (/连续$/.test(before) && /^[^,;。]{0,4}(?:位居|稳居|居|排名|排|列|高于|获|跻身|进入|入选|入围|保持)/.test(text.slice(end, end + 10))) return null;
  if (!base?.rate) return level;
  const levelTo = LEVEL_TO_BEFORE.test(before);
  const change = CHANGE_BEFORE.exec(before);
  if (change && !levelTo) {
    return { role: 'change', sign: DOWN_VERBS.has(change[1]) ? -1 : 1, verbStart: start - (before.length - change.index) };
  }
  if ((base.category === 'points' || base.category === 'multiple') && !levelTo) {
    // 是“十一五”末的2倍: the evidence reaches back to 是.
    const beforeNumber = before.slice(0, before.length - approxWord.length);
    const m = base.category === 'multiple' ? /(?:是|为|相当于)[^,;。]{0,16}的?$/.exec(beforeNumber) : null;
    return { role: 'change', sign: 1, verbStart: m ? start - (beforeNumber.length - m.index) - approxWord.length : start };
  }
  return level;
}

const LIST_GAP = /^(?:、|和|与|及|以及|、和)?$/;
const RANGE_GAP = /^(?:-|—|–|~|至|到|--|——)$/;
const STRETCH_GAP = /^,(?:力争|争取|努力|力求|确保)(?:达到|实现)?$/;

/**
 * 分别增长5%、8%; 高于全国、全省1个、0.2个百分点: a figure that follows a change (or a comparison)
 * with nothing but a list separator between them plays the same part. 1个、0.2个百分点 shares the unit.
 */
function propagateListRoles(text: string, qs: Quantity[]): void {
  for (let i = 1; i < qs.length; i++) {
    const a = qs[i - 1];
    const b = qs[i];
    const gap = text.slice(a.end, b.outerStart);
    const listed = LIST_GAP.test(gap);
    if (a.role === 'comparison' || b.role === 'comparison') {
      if (listed) {
        a.role = 'comparison';
        b.role = 'comparison';
      }
      continue;
    }
    // 分别增长5%、8%, and a stretch goal (增长8%以上,力争达到9%): the same part as the change before.
    if ((listed || STRETCH_GAP.test(gap)) && a.role === 'change' && b.role === 'level' && b.base?.rate && a.base?.category === b.base.category) {
      b.role = 'change';
      b.sign = a.sign;
      // The evidence of a stretch goal includes its 力争达到.
      b.verbStart = listed ? b.outerStart : a.end + 1;
    }
  }
}
