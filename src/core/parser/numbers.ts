// Number words: Arabic (8280, 24,117.9, 8.2) and Chinese numerals (三千, 一百二十, 两, 十二).

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** Value of a Chinese numeral (三千 → 3000, 十二 → 12, 一百二十 → 120, 二〇二一 → 2021); null if malformed. */
export function chineseNumeralValue(s: string): number | null {
  if (s.length === 0) return null;
  // Digit-by-digit years and codes: 二〇二一.
  if (/^[零〇一二三四五六七八九]{2,}$/.test(s)) {
    let v = 0;
    for (const c of s) v = v * 10 + DIGITS[c];
    return v;
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of s) {
    if (c in DIGITS) {
      digit = DIGITS[c];
    } else if (c in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[c];
      digit = null;
    } else if (c in BIG_UNITS) {
      const unit = BIG_UNITS[c];
      section += digit ?? 0;
      if (section === 0 && total > 0) {
        // 万亿: the running total is scaled again.
        total *= unit;
        digit = null;
        continue;
      }
      if (section === 0) section = 1;
      total = (total + section) * unit;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/** Value of an Arabic number as written (thousands separators allowed). */
export function arabicValue(s: string): number {
  return Number(s.replace(/,/g, ''));
}

/** Value of a Chinese decimal (三点五 → 3.5, 六十二点三 → 62.3, 零点八 → 0.8); null if malformed. */
export function chineseDecimalValue(s: string): number | null {
  const dot = s.indexOf('点');
  if (dot < 0) return chineseNumeralValue(s);
  const whole = dot === 0 ? null : chineseNumeralValue(s.slice(0, dot));
  const fraction = s.slice(dot + 1);
  if (whole === null || fraction === '' || !/^[零〇一二三四五六七八九]+$/.test(fraction)) return null;
  let digits = '';
  for (const c of fraction) digits += String(DIGITS[c]);
  return Number(`${whole}.${digits}`);
}
