// The noise real pages add to a report's text, as transformations a figure must survive: full-width
// forms, traditional script, hard wraps, spaces around numbers. Used by scripts/metamorphic.ts and
// tests/core/parser/noise.test.ts.
import * as OpenCC from 'opencc-js';
import { extractIndicators } from '../../src/core/parser';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

const fullWidth = (s: string): string => s.replace(/[0-9%.,:;()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
/** Hard wraps only make sense on a text that has none of its own (a page already wrapped at 40 would mix widths). */
const unwrapped = (s: string): boolean => s.split('\n').some((line) => line.length > 100);
const wrap = (s: string): string =>
  unwrapped(s)
    ? s
        .split('\n')
        .map((line) => line.replace(/(.{37})/g, '$1\n'))
        .join('\n')
    : s;
const spaced = (s: string): string => s.replace(/(\d(?:[\d.,]*\d)?)/g, ' $1 ');

export const NOISE: ReadonlyArray<readonly [string, (s: string) => string]> = [
  ['full-width digits and punctuation', fullWidth],
  ['traditional script', (s) => toTraditional(s)],
  ['hard wrap at 37 characters (texts without wraps of their own)', wrap],
  ['spaces around numbers', spaced],
];

type Indicator = ReturnType<typeof extractIndicators>[number];
const key = (i: Indicator): string => `${i.value}|${i.unit}|${i.change?.value ?? ''}${i.change?.unit ?? ''}|${i.kind}`;

/** Figures of the clean text (value, unit, change, kind) that the noisy text no longer gives. */
export function lostUnderNoise(text: string, transform: (s: string) => string): Indicator[] {
  const noisy = new Map<string, number>();
  for (const i of extractIndicators(transform(text))) noisy.set(key(i), (noisy.get(key(i)) ?? 0) + 1);
  const lost: Indicator[] = [];
  for (const i of extractIndicators(text)) {
    const n = noisy.get(key(i)) ?? 0;
    if (n > 0) noisy.set(key(i), n - 1);
    else lost.push(i);
  }
  return lost;
}
