import { describe, expect, it } from 'vitest';
import { buildAcrossRegions, buildSideBySide, rankDescending, UNKNOWN_REGION } from '../../../src/core/compare';
import { catalogue, ind, noMapping, report } from './fixtures';

const gdp = (value: number, unit = '亿元') => ind({ label: '地区生产总值', metric: 'gdp', value, unit });

describe('rankDescending', () => {
  const cases: { name: string; values: [string, number][]; expected: Record<string, number> }[] = [
    { name: 'distinct', values: [['a', 1], ['b', 3], ['c', 2]], expected: { b: 1, c: 2, a: 3 } },
    { name: 'ties share a rank, the next skips', values: [['a', 5], ['b', 5], ['c', 1]], expected: { a: 1, b: 1, c: 3 } },
    { name: 'tie at the bottom', values: [['a', 9], ['b', 1], ['c', 1]], expected: { a: 1, b: 2, c: 2 } },
    { name: 'float noise is a tie', values: [['a', 0.1 + 0.2], ['b', 0.3]], expected: { a: 1, b: 1 } },
    { name: 'negative values rank below zero', values: [['a', -1], ['b', 0]], expected: { b: 1, a: 2 } },
    { name: 'non-finite values are not ranked', values: [['a', NaN], ['b', 2]], expected: { b: 1 } },
    { name: 'empty', values: [], expected: {} },
  ];
  it.each(cases)('$name', ({ values, expected }) => {
    expect(rankDescending(new Map(values))).toEqual(expected);
  });
});

describe('buildAcrossRegions', () => {
  const reports = [
    report({ id: 'a', region: '甲区', year: 2023, indicators: [gdp(500), ind({ label: '新登记市场主体', value: 8280, unit: '户' })] }),
    // 5百亿元: the same amount as 500亿元 written with another multiplier, so a tie after normalising.
    report({
      id: 'b',
      region: '乙区',
      year: 2023,
      indicators: [
        ind({ label: '地区生产总值', metric: 'gdp', value: 5, unit: '百亿元', normValue: 5e10, baseUnit: '元' }),
        ind({ label: '新登记市场主体', value: 0, unit: '户' }),
      ],
    }),
    report({ id: 'c', region: '丙区', year: 2023, indicators: [gdp(715)] }),
    report({ id: 'd', region: '丁区', year: 2023, indicators: [ind({ label: '社零', change: { value: 4, unit: '%' } })] }),
    report({ id: 'other-year', region: '甲区', year: 2022, indicators: [gdp(1)] }),
  ];

  it('one column per region of the year, ranks by normalised value with ties, null for missing', () => {
    const view = buildAcrossRegions(reports, 2023, noMapping, catalogue);
    expect(view.year).toBe(2023);
    expect(new Set(view.regions)).toEqual(new Set(['甲区', '乙区', '丙区', '丁区']));
    const row = view.rows.find((r) => r.key.id === 'gdp|元')!;
    expect(row.ranks).toEqual({ 丙区: 1, 甲区: 2, 乙区: 2 });
    expect(row.cells['丁区']).toBeNull();
    expect(row.ranks['丁区']).toBeUndefined();
    expect(row.rankBy).toBe('value');
    expect(view.rows[0].key.metric).toBe('gdp'); // headline first
    expect(Object.values(view.reportIds ?? {})).not.toContain('other-year');
  });

  it('where lower is better (失业率, 能耗), the lowest value and the largest decline rank first', () => {
    const rate = (value: number) => ind({ label: '城镇调查失业率', metric: 'urban_unemployment_rate', value, unit: '%', normValue: value, baseUnit: '%' });
    const energy = (change: number) => ind({ label: '单位生产总值能耗', metric: 'energy_intensity', value: null, unit: null, change: { value: change, unit: '%' } });
    const view = buildAcrossRegions(
      [
        report({ id: 'x', region: '甲区', year: 2024, indicators: [rate(5.2), energy(-2.3)] }),
        report({ id: 'y', region: '乙区', year: 2024, indicators: [rate(4.8), energy(-3.1)] }),
      ],
      2024,
      noMapping,
      catalogue,
    );
    expect(view.rows.find((r) => r.key.metric === 'urban_unemployment_rate')!.ranks).toEqual({ 乙区: 1, 甲区: 2 });
    expect(view.rows.find((r) => r.key.metric === 'energy_intensity')!.ranks).toEqual({ 乙区: 1, 甲区: 2 });
    expect(rankDescending(new Map([['a', 1], ['b', 3]]), true)).toEqual({ a: 1, b: 2 });
  });

  it('a stated zero is ranked, an absent value is null (never zero)', () => {
    const view = buildAcrossRegions(reports, 2023, noMapping, catalogue);
    const row = view.rows.find((r) => r.key.id === 'label:新登记市场主体|户')!;
    expect(row.cells['乙区']?.value).toBe(0);
    expect(row.ranks).toEqual({ 甲区: 1, 乙区: 2 });
    expect(row.cells['丙区']).toBeNull();
    expect(row.cells['丁区']).toBeNull();
  });

  it('a change-only row ranks by reported change', () => {
    const view = buildAcrossRegions(
      [
        report({ region: '甲区', year: 2023, indicators: [ind({ label: '工业用电量', change: { value: -3, unit: '%' } })] }),
        report({ region: '乙区', year: 2023, indicators: [ind({ label: '工业用电量', change: { value: 2, unit: '%' } })] }),
        report({ region: '丙区', year: 2023, indicators: [ind({ label: '工业用电量', change: { value: 1, unit: '倍' } })] }),
      ],
      2023,
      noMapping,
      catalogue,
    );
    const row = view.rows[0];
    expect(row.rankBy).toBe('change');
    expect(row.ranks).toEqual({ 乙区: 1, 甲区: 2 });
  });

  it('unknown region is a column of its own, last; reports without a year are left out', () => {
    const view = buildAcrossRegions(
      [
        report({ region: null, year: 2023, indicators: [gdp(1)] }),
        report({ region: '甲区', year: 2023, indicators: [gdp(2)] }),
        report({ region: '乙区', year: null, indicators: [gdp(3)] }),
      ],
      2023,
      noMapping,
      catalogue,
    );
    expect(view.regions).toEqual(['甲区', UNKNOWN_REGION]);
    expect(view.rows[0].ranks).toEqual({ 甲区: 1, [UNKNOWN_REGION]: 2 });
  });

  it('two reports of one region and year: the later report date wins', () => {
    const view = buildAcrossRegions(
      [
        report({ id: 'late', region: '甲区', year: 2023, date: '2024-02-01', indicators: [gdp(9)] }),
        report({ id: 'early', region: '甲区', year: 2023, date: '2024-01-01', indicators: [gdp(8)] }),
      ],
      2023,
      noMapping,
      catalogue,
    );
    expect(view.rows[0].cells['甲区']?.value).toBe(9);
    expect(view.shadowed).toEqual(['early']);
  });

  it('survives a region named like an object prototype key', () => {
    const view = buildAcrossRegions([report({ region: '__proto__', year: 2023, indicators: [gdp(1)] })], 2023, noMapping, catalogue);
    expect(Object.keys(view.rows[0].cells)).toEqual(['__proto__']);
    expect(view.rows[0].ranks['__proto__']).toBe(1);
  });
});

describe('buildSideBySide', () => {
  const left = report({
    id: 'L',
    region: '甲区',
    year: 2023,
    indicators: [gdp(500), ind({ label: '只在左边', value: 1, unit: '个' }), ind({ label: 'GDP', metric: 'gdp', kind: 'target', change: { value: 6, unit: '%' } })],
  });
  const right = report({ id: 'R', region: '乙区', year: 2023, indicators: [gdp(715), ind({ label: '只在右边', value: 2, unit: '项' })] });

  it('splits metrics into both, left only and right only', () => {
    const view = buildSideBySide(left, right, noMapping, catalogue);
    expect(view.leftReportId).toBe('L');
    expect(view.rightReportId).toBe('R');
    expect(view.both.map((r) => r.key.id)).toEqual(['gdp|元']);
    expect(view.leftOnly.map((r) => r.key.id)).toEqual(['label:只在左边|个']);
    expect(view.rightOnly.map((r) => r.key.id)).toEqual(['label:只在右边|项']);
    // The change-only target of the left joins the GDP level row, after the actual figure.
    expect(view.both[0].left.map((c) => c.kind)).toEqual(['actual', 'target']);
    expect(view.both[0].right.map((c) => c.value)).toEqual([715]);
  });

  it('merges apply to both sides', () => {
    const l = report({ id: 'L', indicators: [ind({ label: '甲', value: 1, unit: '个' })] });
    const r = report({ id: 'R', indicators: [ind({ label: '乙', value: 2, unit: '个' })] });
    expect(buildSideBySide(l, r, noMapping, catalogue).both).toHaveLength(0);
    const merged = buildSideBySide(l, r, { merges: { 'label:甲': 'label:乙' }, names: {} }, catalogue);
    expect(merged.both.map((x) => x.key.id)).toEqual(['label:乙|个']);
  });

  it('a report against itself has everything in both', () => {
    const view = buildSideBySide(left, left, noMapping, catalogue);
    expect(view.leftOnly).toHaveLength(0);
    expect(view.rightOnly).toHaveLength(0);
    expect(view.both).toHaveLength(2);
  });
});
