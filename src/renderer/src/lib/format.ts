// Numbers as a reader of the report expects them, on top of core/format: thousands separators,
// and in Chinese large plain values folded into 万/亿 (1267000元 → 126.7万元, 23000万元 → 2.3亿元)
// while values already written with a multiplier stay as written (12.8亿元). Pure: unit-tested.
import { formatChange as coreFormatChange, formatLarge, formatNumber, formatValue, splitUnit } from '../../../core/format';
import type { Change } from '../../../core/model';
import type { Language } from '../../../shared/api';

/** From this magnitude a plain value reads better folded (8280户 stays; 126700户 → 12.67万户). */
const FOLD_FROM = 1e5;

export function formatQuantity(value: number | null, unit: string | null, language: Language): string {
  if (value === null || !Number.isFinite(value)) return '';
  const u = unit ?? '';
  if (language === 'zh' && u !== '%' && u !== '‰') {
    const { multiplier, base } = splitUnit(u);
    const total = value * multiplier;
    // Fold only when it reads shorter: a plain big number, or 万-values of 1亿 and more.
    if ((multiplier === 1 && Math.abs(value) >= FOLD_FROM) || (multiplier === 1e4 && Math.abs(value) >= 1e4)) {
      return formatLarge(total, base, 'zh');
    }
  }
  return formatValue(value, unit, language);
}

export function formatChange(change: Change | null, language: Language): string {
  return coreFormatChange(change, language);
}

/** Compact number for chart axes: 1.2亿 / 3.4万 (zh), 1.2B / 3.4M / 5.6K (en). */
export function formatAxis(value: number, language: Language): string {
  if (!Number.isFinite(value)) return '';
  const abs = Math.abs(value);
  const steps: Array<[number, string]> =
    language === 'zh' ? [[1e8, '亿'], [1e4, '万']] : [[1e9, 'B'], [1e6, 'M'], [1e3, 'K']];
  for (const [step, word] of steps) {
    if (abs >= step) return formatNumber(value / step, { maxFractionDigits: 2 }) + word;
  }
  return formatNumber(value, { maxFractionDigits: 2 });
}

/** What a user typed as a number: full-width digits, separators and a leading + accepted. */
export function parseUserNumber(input: string): number | null {
  const ascii = input
    .trim()
    .replace(/[０-９．－＋]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,,\s]/g, '')
    .replace(/^\+/, '')
    .replace(/^[−–]/, '-');
  if (ascii === '' || !/^-?\d+(\.\d+)?$/.test(ascii)) return null;
  return Number(ascii);
}

/**
 * Whether the text already opens with the title (most reports start with their title line), so
 * the view need not show it twice. Spaces and line breaks are ignored; only the opening is read.
 */
export function textOpensWithTitle(text: string, title: string): boolean {
  const squash = (s: string): string => s.replace(/\s+/g, '');
  const wanted = squash(title);
  return wanted.length > 0 && squash(text.slice(0, title.length * 2 + 200)).startsWith(wanted);
}
