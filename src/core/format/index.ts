// Number formatting for tables, charts and exports: values as written with their unit, signed
// changes, readable large numbers (12.8亿元 / 1.28 bn yuan). Chinese first, English on a switch.
import type { Change, IndicatorKind } from '../model';
import type { Language } from '../../shared/api';
import { clean, groupThousands, plainNumber, roundTo } from './number';
import { splitUnit, unitNameEn } from './units';

export { clean, decimalsOf, groupThousands, halfUlp, isNumericText, plainNumber, roundTo } from './number';
export { splitUnit, unitNameEn } from './units';

/** U+2212: a real minus sign reads better than a hyphen in tables. */
export const MINUS = '\u2212';

export interface NumberOptions {
  /** Round to at most this many decimals (default: as written). */
  maxFractionDigits?: number;
  /** Thousands separators from this magnitude on (default 1000; Infinity for none). */
  groupFrom?: number;
}

/** A number as written (no exponent notation), with thousands separators. '' for NaN/±Infinity. */
export function formatNumber(n: number, options: NumberOptions = {}): string {
  if (!Number.isFinite(n)) return '';
  const rounded = options.maxFractionDigits === undefined ? clean(n) : roundTo(clean(n), options.maxFractionDigits);
  const plain = plainNumber(rounded);
  return Math.abs(rounded) >= (options.groupFrom ?? 1000) ? groupThousands(plain) : plain;
}

/** The value with its unit as a reader expects it: '715亿元', '8,280户', '89.4%'; in English
 *  multiplied units become readable ('71.5 bn yuan'). '' when there is no value. */
export function formatValue(value: number | null | undefined, unit: string | null | undefined, lang: Language = 'zh'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const u = unit ?? '';
  if (lang === 'zh' || u === '' || u === '%' || u === '‰') return formatNumber(value) + u;
  const { multiplier, base } = splitUnit(u);
  if (multiplier > 1) return formatLarge(value * multiplier, base, 'en');
  const name = unitNameEn(base);
  return name ? `${formatNumber(value)} ${name}` : formatNumber(value);
}

/** A signed change: '+6.5%', '−0.3个百分点' ('−0.3 pp'), '1.9倍' ('1.9×'). '' when there is none. */
export function formatChange(change: Change | null | undefined, lang: Language = 'zh', options: NumberOptions = {}): string {
  if (!change || !Number.isFinite(change.value)) return '';
  const num = formatNumber(Math.abs(change.value), options);
  if (change.unit === '倍') return lang === 'zh' ? `${num}倍` : `${num}×`;
  const shown = Number(num.replace(/,/g, ''));
  const sign = shown === 0 ? '' : change.value > 0 ? '+' : MINUS;
  if (change.unit === '%') return `${sign}${num}%`;
  if (change.unit === '个百分点') return lang === 'zh' ? `${sign}${num}个百分点` : `${sign}${num} pp`;
  return lang === 'zh' ? `${sign}${num}${change.unit}` : `${sign}${num} ${change.unit}`;
}

const ZH_STEPS: readonly (readonly [number, string])[] = [
  [1e12, '万亿'],
  [1e8, '亿'],
  [1e4, '万'],
];
const EN_STEPS: readonly (readonly [number, string])[] = [
  [1e12, 'tn'],
  [1e9, 'bn'],
  [1e6, 'm'],
];

/** Four significant digits, never dropping integer digits (12345 stays 12345). */
function readable(x: number): number {
  const intDigits = Math.max(1, Math.floor(Math.log10(Math.abs(x) || 1)) + 1);
  return roundTo(x, Math.max(0, 4 - intDigits));
}

/** A large amount in base units made readable: (1.28e9, '元') → '12.8亿元' / '1.28 bn yuan'. */
export function formatLarge(n: number, baseUnit: string | null | undefined, lang: Language = 'zh'): string {
  if (!Number.isFinite(n)) return '';
  const base = baseUnit ?? '';
  const abs = Math.abs(n);
  if (lang === 'zh') {
    for (const [step, word] of ZH_STEPS) {
      if (abs >= step) return formatNumber(readable(n / step)) + word + base;
    }
    return formatNumber(readable(n)) + base;
  }
  const name = unitNameEn(base);
  for (const [step, word] of EN_STEPS) {
    if (abs >= step) return [formatNumber(readable(n / step)), word, name].filter(Boolean).join(' ');
  }
  return [formatNumber(readable(n)), name].filter(Boolean).join(' ');
}

/** Display name of a region key; '' is the bucket of reports whose region is unknown. */
export function regionName(region: string, lang: Language = 'zh'): string {
  if (region !== '') return region;
  return lang === 'zh' ? '未知地区' : 'Unknown region';
}

const KIND_NAMES: Record<IndicatorKind, [string, string]> = {
  actual: ['实际', 'actual'],
  estimate: ['预计', 'estimate'],
  target: ['目标', 'target'],
  rank: ['排名', 'rank'],
  comparison: ['比较', 'comparison'],
};

export function kindName(kind: IndicatorKind, lang: Language = 'zh'): string {
  const names = Object.hasOwn(KIND_NAMES, kind) ? KIND_NAMES[kind] : [String(kind), String(kind)];
  return lang === 'zh' ? names[0] : names[1];
}

export function yesNo(flag: boolean, lang: Language = 'zh'): string {
  return lang === 'zh' ? (flag ? '是' : '否') : flag ? 'yes' : 'no';
}
