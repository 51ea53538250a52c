// Checks on decoded text: is it binary junk, and which kinds of scraped-page noise does it carry.
// The loader only REPORTS noise (traditional script, pinyin glosses, full-width digits): the
// parser reads through it on a normalised view, and the display text keeps the original.
import { MAX_CONTROL_CHAR_SHARE } from './limits';

/** Share of characters that no text file contains: C0 controls other than whitespace, DEL, U+FFFD. */
export function junkShare(text: string): number {
  if (text.length === 0) return 0;
  // Long texts: a strided sample keeps this linear-time and cheap.
  const step = Math.max(1, Math.floor(text.length / 200_000));
  let junk = 0;
  let seen = 0;
  for (let i = 0; i < text.length; i += step) {
    const c = text.charCodeAt(i);
    seen++;
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 11) || c === 0x7f || c === 0xfffd) junk++;
  }
  return junk / seen;
}

export function looksBinary(text: string): boolean {
  return junkShare(text) > MAX_CONTROL_CHAR_SHARE;
}

export function isBlank(text: string): boolean {
  return !/[^\s\uFEFF\u200B\u3000]/.test(text);
}

// Characters that exist only in traditional script and are frequent in reports.
const TRADITIONAL = /[這個國們會發時來對說動產經過開當學現還後進長問兩體見關點於業務書區縣報屆議億萬與為實總歲鄉鎮設計劃點項貿費濟穩優質場價導層幹環員輸運邊電農醫療結構廣區]/g;
// A syllable of pinyin with a tone mark in brackets right after a character: 增長(zhǎng).
const PINYIN_GLOSS = /[\u4e00-\u9fff][(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]/g;
const FULL_WIDTH_DIGIT = /[０-９]/g;

export const NOISE_WARNINGS = {
  traditional: '繁体字文本(解析时按简体读取)— traditional script (read as simplified)',
  /** Quotes the first gloss found, so the note names what the user will see in the text. */
  pinyin: (example: string) => `文中夹有拼音注音,如“${example}”(解析时忽略)— pinyin glosses in the text, such as “${example}” (ignored when parsing)`,
  fullWidth: '含全角数字(解析时按半角读取)— full-width digits (read as ordinary digits)',
  replacement: '文中有无法识别的字符(显示为 �),可能是乱码 — unreadable characters (shown as �), possibly garbled text',
};

const countOf = (text: string, re: RegExp, cap: number): number => {
  re.lastIndex = 0;
  let n = 0;
  while (n < cap && re.exec(text)) n++;
  return n;
};

export function noiseWarnings(text: string): string[] {
  const warnings: string[] = [];
  // Thresholds: a handful of hits is noise worth naming; one stray character is not.
  if (countOf(text, TRADITIONAL, 5) >= 5) warnings.push(NOISE_WARNINGS.traditional);
  if (countOf(text, PINYIN_GLOSS, 2) >= 2) {
    PINYIN_GLOSS.lastIndex = 0;
    warnings.push(NOISE_WARNINGS.pinyin(PINYIN_GLOSS.exec(text)?.[0] ?? ''));
  }
  if (countOf(text, FULL_WIDTH_DIGIT, 3) >= 3) warnings.push(NOISE_WARNINGS.fullWidth);
  if (text.includes('\uFFFD')) warnings.push(NOISE_WARNINGS.replacement);
  return warnings;
}
