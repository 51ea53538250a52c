import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../../src/core/parser';
import { ALL_CASES } from './cases';

describe.each(ALL_CASES)('extractIndicators: %s', (_, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const got = extractIndicators(c.input).map((i) => ({
        text: c.input.slice(i.start, i.end),
        label: i.label,
        value: i.value,
        unit: i.unit,
        change: i.change,
        kind: i.kind,
        approx: i.approx,
      }));
    const expected = c.results.map((r) => ({
      text: r.text,
      label: r.label,
      value: r.value,
      unit: r.unit,
      change: r.change ?? null,
      kind: r.kind ?? 'actual',
      approx: r.approx ?? false,
    }));
    expect(got).toEqual(expected);
  });
});
