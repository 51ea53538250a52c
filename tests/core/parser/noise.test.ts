// Metamorphic test: the figures our corpora state must survive the noise of real pages (full-width
// forms, traditional script, hard wraps, spaces around numbers): scripts/lib/noise.ts.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../../src/core/parser';
import { NOISE, lostUnderNoise } from '../../../scripts/lib/noise';

const DIRS = ['corpus-ours', 'corpus-fresh', 'corpus-fresh2', 'corpus-fresh3', 'corpus-fresh4', 'corpus-fresh5', 'corpus-fresh6'].map((d) => resolve(__dirname, '../..', d, 'text'));
// The OCR texts (corpus-fresh5/k-*) are noise already: more noise on top is no fair test.
const texts = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && !(dir.includes('corpus-fresh5') && f.startsWith('k-')))
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const),
);
const total = texts.reduce((n, [, text]) => n + extractIndicators(text).length, 0);

describe.each(NOISE.map(([name, transform]) => ({ name, transform })))('under $name', ({ transform }) => {
  it('reads at least 99.5% of the figures the same way', () => {
    const lost = texts.flatMap(([name, text]) => lostUnderNoise(text, transform).map((i) => `${name}: ${text.slice(i.start, i.end)} (${i.label})`));
    expect(lost.length / total, lost.join('\n')).toBeLessThanOrEqual(0.005);
  });
});

describe('the transformations change the text', () => {
  it.each(NOISE.map(([name, transform]) => [name, transform] as const))('%s', (_, transform) => {
    const sample = '全年地区生产总值523.6亿元,增长6.2%。'.repeat(6);
    expect(transform(sample)).not.toBe(sample);
  });
});
