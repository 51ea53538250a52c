// One normalised view of the text for every pattern, with a map back to the original.
// Folded: full-width forms, traditional script, pinyin glosses (增長(zhǎng)), anti-copy tokens
// (PZl, 7rw repeated through scraped pages), spaces inside numbers (8 280) and between a
// number and its unit, line breaks that hard-wrap a paragraph (71.53亿\n元).
import { HEADING_MARK } from './lexicon';
import { simplifiedCode } from './script';

export interface NormalizedText {
  /** The normalised text every extractor reads. */
  text: string;
  /** map[i] = offset in the original of normalised char i; map[text.length] = original length. */
  map: Int32Array;
}

const TONE_VOWELS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const PINYIN_CHARS = 'a-zü' + TONE_VOWELS;
/** A pinyin gloss: a short run of pinyin letters in parentheses, with or without a tone mark. */
const GLOSS = new RegExp(`[(（]([${PINYIN_CHARS}]{1,7})[)）]`, 'y');
const GLOSS_WRAPPED = new RegExp(`[(（]([${PINYIN_CHARS}]{0,6})\\r?\\n([${PINYIN_CHARS}]{0,6})[)）]`, 'y');
const HAS_TONE = new RegExp(`[${TONE_VOWELS}]`);
const ANY_TONED_GLOSS = new RegExp(`[(（][${PINYIN_CHARS}]*[${TONE_VOWELS}][${PINYIN_CHARS}]*[)）]`);
/** A plausible toneless syllable (de, men, zi): only glossed when the page glosses with tones elsewhere. */
const TONELESS_SYLLABLE = /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:[aeiouü]{1,3})(?:n|ng|r)?$/;

/** Short tokens mixing digits and letters, or letter cases, repeated through a page: anti-copy marks. */
const JUNK_CANDIDATE = /(?<![A-Za-z0-9.])([A-Za-z0-9]{3,4})(?![A-Za-z0-9.+%])/g;

/** Horizontal white space of any width (ASCII, no-break, ideographic). */
const isSpace = (c: number): boolean =>
  c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f;
/** Zero-width marks and the BOM: nothing to read. */
const isInvisible = (c: number): boolean => (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad;
const HAN = /[\u3400-\u9fff]/;
const DIGIT = /[0-9]/;
/**
 * Letters an OCR engine read for digits inside a number (1O.5亿元, ll2家, 3.O5‰): l and I for 1,
 * O and o for 0, in a run of digits, dots and single spaces that holds a real digit and touches no
 * other Latin letter. Null when there are none (the common case).
 */
const OCR_RUN = /(?<![A-Za-z])[0-9０-９lIOo](?:[0-9０-９lIOo.．]|[ ](?=[0-9０-９lIOo]))*(?![A-Za-z])/g;
function ocrDigitLetters(original: string): Set<number> | null {
  if (!/[0-9０-９][lIOo]|[lIOo][0-9０-９.．]/.test(original)) return null;
  let found: Set<number> | null = null;
  for (const m of original.matchAll(OCR_RUN)) {
    if (!/[0-9０-９]/.test(m[0]) || !/[lIOo]/.test(m[0])) continue;
    found ??= new Set();
    for (let k = 0; k < m[0].length; k++) if (/[lIOo]/.test(m[0][k])) found.add(m.index + k);
  }
  return found;
}

/** A page number alone on a line: 第 3 页 / 共 15 页, - 12 -, ·1·, 3/15, 12 (never a year). */
const PAGE_NUMBER_LINE = /^(?:第\s*\d+\s*页\s*(?:[\/／,，]\s*)?(?:共\s*\d+\s*页)?|[-—·•]\s*\d+\s*[-—·•]|\d+\s*\/\s*\d+|\d{1,3})$/;
/** A running header or footer: the report's title, perhaps with its page (…工作报告 — 第1页). */
const RUNNING_TITLE = /^(.{4,40}?报告)\s*(?:[-—–]+\s*)?(?:第\s*\d+\s*页)?$/;

/**
 * Lines of page furniture, as start offset → where reading resumes: page numbers, and a title line
 * that comes back after the first (a running header). Blank lines around them go too, so the
 * sentence they interrupted reads on. Null when the text has none (the common case).
 */
function pageFurniture(original: string): Map<number, number> | null {
  const lines: Array<{ start: number; next: number; text: string }> = [];
  for (let start = 0; start < original.length; ) {
    const nl = original.indexOf('\n', start);
    const next = nl < 0 ? original.length : nl + 1;
    // Compared folded: full-width digits and the traditional 頁 read like the rest.
    const text = original.slice(start, nl < 0 ? original.length : nl).replace(/[\s\u3000]+/g, '');
    lines.push({ start, next, text: text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/頁/g, '页').replace(/報告/g, '报告') });
    start = next;
  }
  const firstTitle = lines.find((l) => l.text !== '');
  const isFurniture = (k: number): boolean => {
    const t = lines[k].text;
    if (PAGE_NUMBER_LINE.test(t)) return lines.length >= 3;
    const m = RUNNING_TITLE.exec(t);
    return m !== null && lines[k] !== firstTitle && firstTitle !== undefined && (firstTitle.text === m[1] || firstTitle.text.endsWith(m[1]) || m[1].endsWith(firstTitle.text));
  };
  let map: Map<number, number> | null = null;
  for (let k = 0; k < lines.length; k++) {
    if (!isFurniture(k)) continue;
    // Extend over the furniture block and the blank lines around it.
    let a = k;
    while (a > 0 && lines[a - 1].text === '') a--;
    let b = k;
    while (b + 1 < lines.length && (lines[b + 1].text === '' || isFurniture(b + 1))) b++;
    // Only between two parts of the text: a blank line that ends a paragraph stays one.
    if (a === 0 || b === lines.length - 1) continue;
    map ??= new Map();
    map.set(lines[a].start, lines[b].next);
    k = b;
  }
  return map;
}
const SPACE_ENTITY = /&(?:nbsp|ensp|emsp|thinsp|#160|#12288|#x3000|#xa0);?/iy;

function isJunkShape(token: string): boolean {
  const digits = /[0-9]/.test(token);
  const letters = /[A-Za-z]/.test(token);
  if (digits && letters) return true;
  // PZl: upper then lower inside one short token, not a word like 'Pro' in running text.
  return /[A-Z]{2}[a-z]|[a-z][A-Z]/.test(token);
}

/** Tokens that recur as page noise (at least three times, all bounded by non-Latin text). */
function junkTokens(text: string): RegExp | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(JUNK_CANDIDATE)) {
    const token = m[1];
    if (isJunkShape(token)) counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  const junk = [...counts].filter(([, n]) => n >= 3).map(([t]) => t);
  if (junk.length === 0) return null;
  // A mark may itself be broken by the page's hard wrap (PZ\nl).
  const alternatives = junk.map((t) => [...t].map((c) => c.replace(/[^A-Za-z0-9]/g, '')).join('(?:\\r?\\n)?'));
  return new RegExp(`(?:${alternatives.join('|')})`, 'y');
}

function fullToHalf(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x2236) return 0x3a; // RATIO ∶: only separates ratio parts
  return code;
}

/** Display width of a character: CJK and full-width forms take two columns. */
const width = (code: number): number => (code >= 0x2e80 ? 2 : 1);

/**
 * Line breaks that wrap a paragraph at a fixed width (text copied from a PDF or a fixed-width
 * page): most long lines end near one width. Measured on the folded text (no glosses, no marks).
 * Returns the indexes (into chars) of the breaks that end such lines.
 */
function wrapBreaks(codes: Uint16Array, length: number, map: Int32Array): Set<number> {
  const ends: number[] = [];
  const widths: number[] = [];
  const counts: number[] = [];
  /** Characters of the line as the page had them (glosses and spaces included): a page wraps those. */
  const originalCounts: number[] = [];
  let w = 0;
  let c = 0;
  let lineStart = 0;
  for (let i = 0; i < length; i++) {
    if (codes[i] === 10) {
      ends.push(i);
      widths.push(w);
      counts.push(c);
      originalCounts.push(i > lineStart ? map[i] - map[lineStart] : 0);
      w = 0;
      c = 0;
      lineStart = i + 1;
    } else {
      w += width(codes[i]);
      c++;
    }
  }
  const breaks = new Set<number>();
  // Pages wrap at a display width or at a number of characters: look for either.
  for (const [sizes, min, spread] of [[widths, 40, 8], [counts, 20, 3], [originalCounts, 20, 3]] as const) {
    const band = wrapBand(sizes, min, spread);
    if (band) sizes.forEach((x, k) => x >= band[0] && x <= band[1] && breaks.add(ends[k]));
  }
  // A long line that stops without punctuation goes on in the next one (粮食播种\n面积…).
  counts.forEach((x, k) => x >= 30 && breaks.add(ends[k]));
  // A page wrapped at uneven widths (OCR, 25–35 characters): most lines of some length stop mid-sentence.
  // A heading (一、…工作回顾) stops without punctuation too, and is no wrap.
  const open = counts.map(
    (x, k) => x >= 15 && !PARAGRAPH_END.test(String.fromCharCode(codes[ends[k] - 1])) && !HEADING_START.test(String.fromCharCode(...codes.subarray(ends[k] - x, Math.min(ends[k], ends[k] - x + 8)))),
  );
  const longLines = counts.filter((x) => x >= 15).length;
  const openLines = open.filter(Boolean).length;
  // …and their lengths cluster, as a page's width makes them (a list of short rows varies more).
  const openSizes = counts.filter((_, k) => open[k]).sort((a, b) => a - b);
  const spread = openSizes.length ? openSizes[Math.floor((openSizes.length - 1) * 0.9)] - openSizes[Math.floor((openSizes.length - 1) * 0.1)] : Infinity;
  if (openLines >= 4 && openLines >= 0.6 * longLines && spread <= 10) open.forEach((o, k) => o && breaks.add(ends[k]));
  return breaks;
}

/** [low, high] of the line sizes most lines end in, when most long lines end there. */
function wrapBand(sizes: readonly number[], min: number, spread: number): [number, number] | null {
  if (sizes.length < 3) return null;
  const long = sizes.filter((x) => x >= min).sort((a, b) => a - b);
  let best = 0;
  let bestCount = 0;
  for (let i = 0, j = 0; j < long.length; j++) {
    while (long[j] - long[i] > spread) i++;
    if (j - i + 1 > bestCount) {
      bestCount = j - i + 1;
      best = long[j];
    }
  }
  const longer = long.filter((x) => x > best).length;
  if (bestCount < 3 || longer > Math.max(2, bestCount / 4)) return null;
  return [best - spread, best];
}

const PARAGRAPH_END = /[。!?!?]/;

export function normalizeText(original: string): NormalizedText {
  const n = original.length;
  // Code units out and their original offsets; typed buffers keep long reports cheap.
  const out = new Uint16Array(n);
  const map = new Int32Array(n + 1);
  let len = 0;
  const junk = junkTokens(original);
  const furniture = pageFurniture(original);
  const ocrDigits = ocrDigitLetters(original);
  const glossesWithTones = ANY_TONED_GLOSS.test(original);
  const emit = (code: number, at: number): void => {
    out[len] = code;
    map[len] = at;
    len++;
  };
  const lastOut = (): string => (len ? String.fromCharCode(out[len - 1]) : '');

  for (let i = 0; i < n; ) {
    const code = original.charCodeAt(i);

    // Page furniture on lines of its own (第 3 页 / 共 15 页, - 12 -, the running header) may split a
    // sentence in two: the lines go, with the blank lines around them.
    if (furniture && (i === 0 || original.charCodeAt(i - 1) === 10)) {
      const skipTo = furniture.get(i);
      if (skipTo !== undefined) {
        i = skipTo;
        continue;
      }
    }

    // Fast path: a Han character that needs nothing but script folding.
    if (code >= 0x3400 && code <= 0x9fff) {
      // OCR slips after a number: 91.4忆元 (亿), 4.12方人 (万).
      const misreadYi = code === 0x5fc6 || code === 0x61b6; // 忆, 憶
      if (len > 0 && isDigit(out[len - 1]) && (misreadYi || (code === 0x65b9 && /[人元户吨亩辆家个台]/.test(original[i + 1] ?? '')))) {
        emit(misreadYi ? 0x4ebf : 0x4e07, i);
        i++;
        continue;
      }
      emit(simplifiedCode(code), i);
      i++;
      continue;
    }

    // Spaces left as HTML entities by a page saved as text (8&nbsp;280, 66.1&nbsp;亿元).
    if (code === 0x26) {
      SPACE_ENTITY.lastIndex = i;
      const m = SPACE_ENTITY.exec(original);
      if (m) {
        const prev = lastOut();
        const j = i + m[0].length;
        const groupFollows = /^[0-9]{3}(?![0-9])/.test(original.slice(j, j + 4));
        if (DIGIT.test(prev) && DIGIT.test(original[j] ?? '') && !groupFollows) emit(32, i);
        i = j;
        continue;
      }
    }

    if (junk && code < 0x80) {
      junk.lastIndex = i;
      const m = junk.exec(original);
      if (m && m[0].length > 0) {
        i += m[0].length;
        continue;
      }
    }

    if (ocrDigits?.has(i)) {
      emit(original[i] === 'O' || original[i] === 'o' ? 0x30 : 0x31, i);
      i++;
      continue;
    }

    const ch = original[i];
    if (isInvisible(code)) {
      i++;
      continue;
    }

    if (ch === '(' || ch === '（') {
      GLOSS.lastIndex = i;
      GLOSS_WRAPPED.lastIndex = i;
      // A page's hard wrap may fall inside the gloss (億(y⏎ì)元).
      const m = GLOSS.exec(original) ?? GLOSS_WRAPPED.exec(original);
      if (m && HAN.test(lastOut())) {
        const syllable = m[1] + (m[2] ?? '');
        if (HAS_TONE.test(syllable) || (glossesWithTones && TONELESS_SYLLABLE.test(syllable))) {
          i += m[0].length;
          continue;
        }
      }
    }

    if (ch === '\r' || ch === '\n') {
      // Decided below, once the width of every folded line is known.
      emit(10, i);
      i += ch === '\r' && original[i + 1] === '\n' ? 2 : 1;
      continue;
    }

    if (isSpace(code)) {
      let j = i;
      while (j < n && isSpace(original.charCodeAt(j))) j++;
      const prev = lastOut();
      const next = original[j] ?? '';
      // 8 280 → 8280 (a thousands group), 66.1 亿元 → 66.1亿元; Latin words keep their space.
      const groupFollows = /^[0-9]{3}(?![0-9])/.test(original.slice(j, j + 4));
      // 2 3 6.8亿元: OCR spaces between single digits of one number.
      const singleDigit = i > 1 && !DIGIT.test(original[i - 2]) && original[i - 2] !== '.' && !/[A-Za-z:]/.test(original[i - 2]);
      const nextIsDigit = DIGIT.test(next) || (ocrDigits?.has(j) ?? false);
      if (DIGIT.test(prev) && nextIsDigit) {
        if (!groupFollows && !singleDigit) emit(32, i);
      } else if (/[A-Za-z]/.test(prev) && /[A-Za-z]/.test(next)) {
        emit(32, i);
      }
      i = j;
      continue;
    }

    // An ASCII full stop between Chinese clauses ends a sentence (监督.全年…, 增长5%.全年…), unlike 3.5 or PM2.5.
    let a = i + 1;
    while (a < n && a - i < 4 && isSpace(original.charCodeAt(a))) a++;
    const after = a < n ? fullToHalf(original.charCodeAt(a)) : 10;
    if (fullToHalf(code) === 0x2e && len > 0 && !isDigit(out[len - 1]) && out[len - 1] !== 10 && ((after >= 0x3400 && after <= 0x9fff) || after === 10 || after === 13)) {
      emit(0x3002, i);
      i++;
      continue;
    }
    // OCR slips a reader reads through: 3。6% (a decimal point read as a full stop), 1O.36亿元 (O for 0).
    const afterDigit = len > 0 && (isDigit(out[len - 1]) || (out[len - 1] === 10 && len > 1 && isDigit(out[len - 2])));
    if (afterDigit) {
      // 增长6,4%, 13⏎。65亿元: a comma or a full stop read for a decimal point (a thousands comma has three digits after it).
      if ((code === 0x3002 || code === 0xff0e || code === 0x2c || code === 0xff0c) && OCR_DECIMAL.test(original.slice(i + 1, i + 8))) {
        if (out[len - 1] === 10) len--;
        emit(0x2e, i);
        i++;
        continue;
      }
      if ((ch === 'O' || ch === 'o') && OCR_ZERO_NEXT.test(original.slice(i + 1, i + 3))) {
        emit(0x30, i);
        i++;
        continue;
      }
    }
    emit(simplifiedCode(fullToHalf(code)), i);
    i++;
  }

  // Line breaks: a paragraph end, or a hard wrap inside a sentence (71.53亿\n元, 17\n772元).
  const wraps = wrapBreaks(out, len, map);
  let k2 = 0;
  for (let k = 0; k < len; k++) {
    if (out[k] === 10) {
      const prev = k2 ? out[k2 - 1] : 0;
      const next = k + 1 < len ? out[k + 1] : 0;
      // 17⏎772元, 1.4⏎%, 27.⏎8万吨: a break inside a number.
      const wrapsNumber =
        (isDigit(prev) && (isDigit(next) || next === 0x2e || next === 0x25 || next === 0x2030)) ||
        (prev === 0x2e && isDigit(next)) ||
        // 246.1亿⏎元: a multiplier and the rest of its unit.
        ((prev === 0x4ebf || prev === 0x4e07) && k2 > 1 && isDigit(out[k2 - 2]) && UNIT_AFTER_MULTIPLIER.test(String.fromCharCode(next)));
      const softWrap =
        wraps.has(k) && prev !== 0 && prev !== 10 && !PARAGRAPH_END.test(String.fromCharCode(prev)) && next !== 0 && next !== 10 && next !== 32 && !opensListItem(out, k + 1, len);
      if (wrapsNumber || softWrap) continue;
    }
    out[k2] = out[k];
    map[k2] = map[k];
    k2++;
  }
  map[k2] = n;
  let text = '';
  for (let s = 0; s < k2; s += 8192) text += String.fromCharCode(...out.subarray(s, Math.min(k2, s + 8192)));
  return { text, map: map.slice(0, k2 + 1) };
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** A line that opens with a bullet or a short name and a colon (固定资产投资:目标…) is an item of its own. */
const LIST_ITEM = new RegExp(`^(?:[▲△▶►●○■□◆◇★☆◎√✓➤•·*▍【]|[^,;。:\\n]{2,14}:|${HEADING_MARK})`);
function opensListItem(codes: Uint16Array, at: number, length: number): boolean {
  return LIST_ITEM.test(String.fromCharCode(...codes.subarray(at, Math.min(length, at + 16))));
}
const UNIT_AFTER_MULTIPLIER = /[元人户吨亩千平立公美欧标辆家个件头只]/;
const HEADING_START = new RegExp(`^\\s*(?:${HEADING_MARK}|【)`);
/** After a 。 that stands for a decimal point: one or two digits and a rate or a multiplier. */
const OCR_DECIMAL = /^[ ]?[0-9０-９]{1,2}[ ]?(?:[%％]|‰|个百分点|個百分點|亿|億|万|萬)/;
/** After an O that stands for 0: another digit, or a decimal point and a digit. */
const OCR_ZERO_NEXT = /^(?:[0-9０-９]|[.．][0-9０-９])/;

/** Original [start, end) of the normalised span [s, e). */
export function toOriginalSpan(norm: NormalizedText, s: number, e: number): [number, number] {
  if (e <= s) return [norm.map[s], norm.map[s]];
  return [norm.map[s], norm.map[e - 1] + 1];
}
