import { describe, expect, it } from 'vitest';
import { buildAcrossYears, listRegions, listYears, qualifierOf, UNKNOWN_REGION } from '../../../src/core/compare';
import type { Change, Indicator } from '../../../src/core/model';
import { catalogue, ind, noMapping, report } from './fixtures';

const R = '铜官区';
const gdp = (value: number | null, change: Change | null = null, extra: Partial<Indicator> = {}) =>
  ind({ label: '地区生产总值', metric: 'gdp', value, unit: value === null ? null : '亿元', change, ...extra });

const rowOf = (view: ReturnType<typeof buildAcrossYears>, id: string) => view.rows.find((r) => r.key.id === id);

describe('buildAcrossYears: alignment', () => {
  it('lines up a label under its merged metric; without the merge it stays apart', () => {
    const reports = [
      report({ region: R, year: 2021, indicators: [ind({ label: '全区生产总值', value: 600, unit: '亿元' })] }),
      report({ region: R, year: 2022, indicators: [gdp(650)] }),
    ];
    const merged = buildAcrossYears(reports, R, { merges: { 'label:全区生产总值': 'gdp' }, names: {} }, catalogue);
    expect(merged.years).toEqual([2021, 2022]);
    expect(merged.rows).toHaveLength(1);
    expect(merged.rows[0].key).toMatchObject({ id: 'gdp|元', name: '地区生产总值' });
    expect(merged.rows[0].cells[2021]?.value).toBe(600);
    expect(merged.rows[0].cells[2022]?.value).toBe(650);

    const apart = buildAcrossYears(reports, R, noMapping, catalogue);
    expect(apart.rows.map((r) => r.key.id).sort()).toEqual(['gdp|元', 'label:全区生产总值|元']);
    expect(rowOf(apart, 'gdp|元')!.cells[2021]).toBeNull();
  });

  it('keeps different base units of one metric in different rows', () => {
    const view = buildAcrossYears(
      [report({ region: R, year: 2022, indicators: [ind({ label: '税融通贷款', value: 1267, unit: '笔' }), ind({ label: '税融通贷款', value: 12.8, unit: '亿元' })] })],
      R,
      noMapping,
      catalogue,
    );
    expect(view.rows.map((r) => r.key.id).sort()).toEqual(['label:税融通贷款|元', 'label:税融通贷款|笔']);
  });

  it('a change-only statement joins the level row of its metric, in its own year and in a level without change', () => {
    const reports = [
      report({ region: R, year: 2022, indicators: [gdp(715, { value: 6, unit: '%' })] }),
      report({ region: R, year: 2023, indicators: [gdp(null, { value: 5.5, unit: '%' })] }),
      report({ region: R, year: 2024, indicators: [gdp(800), gdp(null, { value: 6.1, unit: '%' }, { id: 'chg24' })] }),
    ];
    const view = buildAcrossYears(reports, R, noMapping, catalogue);
    expect(view.rows.map((r) => r.key.id)).toEqual(['gdp|元']);
    const row = view.rows[0];
    expect(row.cells[2023]).toMatchObject({ value: null, change: { value: 5.5, unit: '%' } });
    expect(row.cells[2024]).toMatchObject({ value: 800, change: { value: 6.1, unit: '%' }, changeIndicatorId: 'chg24' });
    expect(row.cells[2024]?.alternatives).toBeUndefined();
  });

  it('a metric stated only as changes has a change-only row', () => {
    const view = buildAcrossYears(
      [report({ region: R, year: 2022, indicators: [ind({ label: '规上工业企业能耗', change: { value: -5.5, unit: '%' } })] })],
      R,
      noMapping,
      catalogue,
    );
    expect(view.rows[0].key).toMatchObject({ changeOnly: true, id: 'label:规上工业企业能耗|change' });
    expect(view.rows[0].cells[2022]?.change?.value).toBe(-5.5);
  });

  it('ignores rank and comparison kinds and takes estimates (marked)', () => {
    const view = buildAcrossYears(
      [
        report({
          region: R,
          year: 2022,
          indicators: [gdp(715, null, { kind: 'estimate' }), ind({ label: '排名', value: 3, unit: '位', kind: 'rank' })],
        }),
      ],
      R,
      noMapping,
      catalogue,
    );
    expect(view.rows).toHaveLength(1);
    expect(view.rows[0].cells[2022]?.kind).toBe('estimate');
  });

  it('picks one indicator per year deterministically and keeps the others reachable', () => {
    const approx = ind({ id: 'approx', label: '地区生产总值', metric: 'gdp', value: 700, unit: '亿元', approx: true, start: 5 });
    const exactLater = ind({ id: 'exact', label: '地区生产总值', metric: 'gdp', value: 715, unit: '亿元', start: 50 });
    const uncatalogued = ind({ id: 'merged', label: 'GDP总量', value: 716, unit: '亿元', start: 1 });
    const mapping = { merges: { 'label:GDP总量': 'gdp' }, names: {} };
    for (const order of [
      [approx, exactLater, uncatalogued],
      [uncatalogued, exactLater, approx],
    ]) {
      const view = buildAcrossYears([report({ region: R, year: 2022, indicators: order })], R, mapping, catalogue);
      const cell = view.rows[0].cells[2022]!;
      expect(cell.indicatorId).toBe('exact');
      expect(cell.alternatives).toBe(2);
      expect(cell.alternativeIds).toEqual(['approx', 'merged']);
    }
  });
});

describe('buildAcrossYears: computed change', () => {
  const cases: {
    name: string;
    prev: Partial<Indicator>;
    cur: Partial<Indicator>;
    expected: { value: number; unit: string; disagrees: boolean } | null;
    label?: string;
    metric?: string;
    years?: [number, number];
  }[] = [
    { name: '6.46% computed vs 6.5% reported agrees', prev: { value: 2000, unit: '亿元' }, cur: { value: 2129.2, unit: '亿元', change: { value: 6.5, unit: '%' } }, expected: { value: 6.46, unit: '%', disagrees: false } },
    { name: '6.46% computed vs 6.6% reported disagrees', prev: { value: 2000, unit: '亿元' }, cur: { value: 2129.2, unit: '亿元', change: { value: 6.6, unit: '%' } }, expected: { value: 6.46, unit: '%', disagrees: true } },
    { name: 'approximate reported change (6%左右) is judged to a full unit', prev: { value: 2000, unit: '亿元' }, cur: { value: 2129.2, unit: '亿元', approx: true, change: { value: 6, unit: '%' } }, expected: { value: 6.46, unit: '%', disagrees: false } },
    { name: 'approximate but far off still disagrees', prev: { value: 2000, unit: '亿元' }, cur: { value: 2129.2, unit: '亿元', approx: true, change: { value: 9, unit: '%' } }, expected: { value: 6.46, unit: '%', disagrees: true } },
    { name: 'integer levels widen the tolerance by their rounding', prev: { value: 100, unit: '亿元' }, cur: { value: 106, unit: '亿元', change: { value: 6.5, unit: '%' } }, expected: { value: 6, unit: '%', disagrees: false } },
    { name: 'different multipliers are normalised', prev: { value: 9000, unit: '万元' }, cur: { value: 1, unit: '亿元', change: { value: 11.1, unit: '%' } }, expected: { value: 11.1111111111, unit: '%', disagrees: false } },
    { name: 'rate levels give 个百分点, reported agrees', prev: { value: 5.5, unit: '%' }, cur: { value: 5.2, unit: '%', change: { value: -0.3, unit: '个百分点' } }, expected: { value: -0.3, unit: '个百分点', disagrees: false } },
    { name: 'rate levels, reported points disagree', prev: { value: 5.5, unit: '%' }, cur: { value: 5.2, unit: '%', change: { value: -0.5, unit: '个百分点' } }, expected: { value: -0.3, unit: '个百分点', disagrees: true } },
    { name: 'rate with a % change is not compared to points', prev: { value: 5.5, unit: '%' }, cur: { value: 5.2, unit: '%', change: { value: -5.5, unit: '%' } }, expected: { value: -0.3, unit: '个百分点', disagrees: false } },
    { name: 'no reported change: nothing to disagree with', prev: { value: 100.5, unit: '亿元' }, cur: { value: 120.5, unit: '亿元' }, expected: { value: 19.900497512, unit: '%', disagrees: false } },
    { name: 'GDP growth is real: a nominal gap is not flagged', metric: 'gdp', label: '地区生产总值', prev: { value: 2000, unit: '亿元' }, cur: { value: 2200, unit: '亿元', change: { value: 6, unit: '%' } }, expected: { value: 10, unit: '%', disagrees: false } },
    { name: 'GDP real growth far above nominal (deflator −3%): flagged', metric: 'gdp', label: '地区生产总值', prev: { value: 443.9, unit: '亿元' }, cur: { value: 467.6, unit: '亿元', change: { value: 8.5, unit: '%' } }, expected: { value: 5.339040324, unit: '%', disagrees: true } },
    { name: 'GDP nominal far above real (deflator +8%): flagged', metric: 'gdp', label: '地区生产总值', prev: { value: 2000, unit: '亿元' }, cur: { value: 2300, unit: '亿元', change: { value: 6, unit: '%' } }, expected: { value: 15, unit: '%', disagrees: true } },
    { name: 'GDP real slightly above nominal (deflator −1%): not flagged', metric: 'gdp', label: '地区生产总值', prev: { value: 2000, unit: '亿元' }, cur: { value: 2100, unit: '亿元', change: { value: 6, unit: '%' } }, expected: { value: 5, unit: '%', disagrees: false } },
    { name: 'over two years: computed, never flagged', years: [2020, 2022], prev: { value: 2000, unit: '亿元' }, cur: { value: 2200, unit: '亿元', change: { value: 6, unit: '%' } }, expected: { value: 10, unit: '%', disagrees: false } },
    { name: 'a share of GDP in % is not real growth: points still judged', label: '民营经济占生产总值比重', prev: { value: 50.1, unit: '%' }, cur: { value: 51.2, unit: '%', change: { value: 2, unit: '个百分点' } }, expected: { value: 1.1, unit: '个百分点', disagrees: true } },
    { name: 'zero base: no change', prev: { value: 0, unit: '亿元' }, cur: { value: 5, unit: '亿元' }, expected: null },
    { name: 'change-only later year: no change', prev: { value: 10, unit: '亿元' }, cur: { value: null, unit: null, change: { value: 5, unit: '%' } }, expected: null },
    { name: 'per-mille rates: none', prev: { value: 2.78, unit: '‰' }, cur: { value: 2.5, unit: '‰' }, expected: null },
  ];
  it.each(cases)('$name', ({ prev, cur, expected, label, metric, years }) => {
    const [y1, y2] = years ?? [2022, 2023];
    const l = label ?? '财政收入';
    const view = buildAcrossYears(
      [
        report({ region: R, year: y1, indicators: [ind({ label: l, metric, ...prev })] }),
        report({ region: R, year: y2, indicators: [ind({ label: l, metric, ...cur })] }),
      ],
      R,
      noMapping,
      catalogue,
    );
    const levelRow = view.rows.find((r) => r.cells[y1]);
    const computed = levelRow!.computed[y2];
    if (expected === null) {
      expect(computed).toBeNull();
      return;
    }
    expect(computed).not.toBeNull();
    expect(computed!.value).toBeCloseTo(expected.value, 6);
    expect(computed!.unit).toBe(expected.unit);
    expect(computed!.disagrees).toBe(expected.disagrees);
    expect(levelRow!.computed[y1]).toBeNull();
  });
});

describe('buildAcrossYears: targets', () => {
  // Text so the qualifier (以内/以上/左右) can be read around the target's span.
  const targetReport = (text: string, target: Partial<Indicator> & { label: string }) => {
    const at = text.search(/\d/);
    return report({
      region: R,
      year: 2022,
      text,
      indicators: [ind({ kind: 'target', start: at, end: at + 3, ...target })],
    });
  };
  const cases: {
    name: string;
    text: string;
    target: Partial<Indicator> & { label: string };
    result: (Partial<Indicator> & { label: string }) | null;
    status: 'met' | 'missed' | 'unknown';
    basis?: string;
  }[] = [
    { name: 'level reached', text: '收入达到100亿元。', target: { label: '财政收入', value: 100, unit: '亿元' }, result: { label: '财政收入', value: 101.2, unit: '亿元' }, status: 'met', basis: 'level' },
    { name: 'level missed', text: '收入达到100亿元。', target: { label: '财政收入', value: 100, unit: '亿元' }, result: { label: '财政收入', value: 9800, unit: '万元' }, status: 'missed', basis: 'level' },
    { name: 'growth met', text: '收入增长8%。', target: { label: '财政收入', change: { value: 8, unit: '%' } }, result: { label: '财政收入', value: 5, unit: '亿元', change: { value: 8.3, unit: '%' } }, status: 'met', basis: 'change' },
    { name: 'growth missed', text: '收入增长8%。', target: { label: '财政收入', change: { value: 8, unit: '%' } }, result: { label: '财政收入', change: { value: 7.2, unit: '%' } }, status: 'missed', basis: 'change' },
    { name: '6%左右 met by 5.96% (rounds to 6)', text: '增长6%左右。', target: { label: 'GDP', metric: 'gdp', approx: true, change: { value: 6, unit: '%' } }, result: { label: 'GDP', metric: 'gdp', change: { value: 5.96, unit: '%' } }, status: 'met' },
    { name: '6%左右 missed by 5.4%', text: '增长6%左右。', target: { label: 'GDP', metric: 'gdp', approx: true, change: { value: 6, unit: '%' } }, result: { label: 'GDP', metric: 'gdp', change: { value: 5.4, unit: '%' } }, status: 'missed' },
    { name: 'exact 6% missed by 5.96%', text: '增长6%。', target: { label: 'GDP', metric: 'gdp', change: { value: 6, unit: '%' } }, result: { label: 'GDP', metric: 'gdp', change: { value: 5.96, unit: '%' } }, status: 'missed' },
    { name: 'unemployment 5.5%以内 met by 5.2%', text: '失业率控制在5.5%以内。', target: { label: '城镇调查失业率', metric: 'unemployment', value: 5.5, unit: '%', approx: true }, result: { label: '城镇调查失业率', metric: 'unemployment', value: 5.2, unit: '%' }, status: 'met', basis: 'level' },
    { name: 'unemployment 5.5%以内 missed by 5.6%', text: '失业率控制在5.5%以内。', target: { label: '城镇调查失业率', metric: 'unemployment', value: 5.5, unit: '%', approx: true }, result: { label: '城镇调查失业率', metric: 'unemployment', value: 5.6, unit: '%' }, status: 'missed' },
    { name: 'CPI 3%左右 is a ceiling: 0.2% met', text: '居民消费价格涨幅3%左右。', target: { label: '居民消费价格涨幅', metric: 'cpi', approx: true, change: { value: 3, unit: '%' } }, result: { label: '居民消费价格', metric: 'cpi', change: { value: 0.2, unit: '%' } }, status: 'met' },
    { name: 'CPI 3%左右: 3.6% missed', text: '居民消费价格涨幅3%左右。', target: { label: '居民消费价格涨幅', metric: 'cpi', approx: true, change: { value: 3, unit: '%' } }, result: { label: '居民消费价格', metric: 'cpi', change: { value: 3.6, unit: '%' } }, status: 'missed' },
    { name: '能耗下降3%以上 met by −3.5%', text: '能耗下降3%以上。', target: { label: '单位地区生产总值能耗', metric: 'energy_intensity', approx: true, change: { value: -3, unit: '%' } }, result: { label: '单位地区生产总值能耗', metric: 'energy_intensity', change: { value: -3.5, unit: '%' } }, status: 'met' },
    { name: '能耗下降3%以上 missed by −2.5%', text: '能耗下降3%以上。', target: { label: '单位地区生产总值能耗', metric: 'energy_intensity', approx: true, change: { value: -3, unit: '%' } }, result: { label: '单位地区生产总值能耗', metric: 'energy_intensity', change: { value: -2.5, unit: '%' } }, status: 'missed' },
    { name: 'catalogue direction lower: −6% meets a 5% cut', text: '漏损量下降5%。', target: { label: '管网漏损量', metric: 'pipe_leakage', change: { value: -5, unit: '%' } }, result: { label: '管网漏损量', metric: 'pipe_leakage', change: { value: -6, unit: '%' } }, status: 'met' },
    { name: 'catalogue direction lower: −4% misses a 5% cut', text: '漏损量下降5%。', target: { label: '管网漏损量', metric: 'pipe_leakage', change: { value: -5, unit: '%' } }, result: { label: '管网漏损量', metric: 'pipe_leakage', change: { value: -4, unit: '%' } }, status: 'missed' },
    { name: 'growth target met by the computed change when no change is reported', text: '收入增长8%。', target: { label: '财政收入', change: { value: 8, unit: '%' } }, result: { label: '财政收入', value: 10.9, unit: '亿元' }, status: 'met', basis: 'change' },
    { name: 'GDP growth target: a nominal computed change does not stand in', text: '增长6%。', target: { label: 'GDP', metric: 'gdp', change: { value: 6, unit: '%' } }, result: { label: 'GDP', metric: 'gdp', value: 2200, unit: '亿元' }, status: 'unknown' },
    { name: 'CPI target as a level (涨幅3%左右) against a change (上涨0.2%)', text: '居民消费价格涨幅3%左右。', target: { label: '居民消费价格涨幅', metric: 'cpi', approx: true, value: 3, unit: '%' }, result: { label: '居民消费价格', metric: 'cpi', change: { value: 0.2, unit: '%' } }, status: 'met', basis: 'change' },
    { name: 'unemployment level target is not compared with a change in %', text: '失业率控制在5.5%以内。', target: { label: '城镇调查失业率', metric: 'unemployment', value: 5.5, unit: '%' }, result: { label: '城镇调查失业率', metric: 'unemployment', change: { value: -0.3, unit: '%' } }, status: 'unknown' },
    { name: 'no result stated: unknown', text: '收入增长8%。', target: { label: '财政收入', change: { value: 8, unit: '%' } }, result: null, status: 'unknown' },
    { name: 'level target, only a growth result: unknown', text: '收入达到100亿元。', target: { label: '财政收入', value: 100, unit: '亿元' }, result: { label: '财政收入', change: { value: 9, unit: '%' } }, status: 'unknown', basis: 'none' },
    { name: 'growth in points vs % result: unknown', text: '比重提高1个百分点。', target: { label: '比重', change: { value: 1, unit: '个百分点' } }, result: { label: '比重', change: { value: 1, unit: '%' } }, status: 'unknown' },
  ];
  it.each(cases)('$name', ({ text, target, result, status, basis }) => {
    // The year under review also states the level, so a change can be computed where the case needs one.
    const base = result?.value != null ? [ind({ label: result.label, metric: result.metric, value: result.metric === 'gdp' ? 2000 : 10, unit: result.unit })] : [];
    const reports = [
      targetReport(text, target),
      report({ region: R, year: 2023, indicators: result ? [ind(result)] : [] }),
    ];
    reports[0].indicators.push(...base);
    const view = buildAcrossYears(reports, R, noMapping, catalogue);
    const row = view.rows.find((r) => r.targets[2023]);
    expect(row, 'a row holds the target').toBeDefined();
    const check = row!.targets[2023]!;
    expect(check.status).toBe(status);
    if (basis) expect(check.basis).toBe(basis);
    expect(check.target.kind).toBe('target');
    // A target never shows as that year's result.
    expect(row!.cells[2022]?.kind ?? 'actual').not.toBe('target');
  });

  it('the latest report’s targets are listed for the year after it, unknown', () => {
    const view = buildAcrossYears([targetReport('收入增长8%。', { label: '财政收入', change: { value: 8, unit: '%' } })], R, noMapping, catalogue);
    expect(view.years).toEqual([2022]);
    expect(view.rows[0].targets[2023]).toMatchObject({ status: 'unknown', result: null });
  });

  it('a target from two years before is not checked (the year between is missing)', () => {
    const reports = [targetReport('收入增长8%。', { label: '财政收入', change: { value: 8, unit: '%' } }), report({ region: R, year: 2024, indicators: [ind({ label: '财政收入', change: { value: 9, unit: '%' } })] })];
    const view = buildAcrossYears(reports, R, noMapping, catalogue);
    expect(view.rows[0].targets[2024]).toBeNull();
  });
});

describe('buildAcrossYears: appear, disappear, duplicates, unknown metadata', () => {
  it('marks the years a metric appears and disappears', () => {
    const a = () => ind({ label: '新登记市场主体', value: 8280, unit: '户' });
    const reports = [2020, 2021, 2022, 2023].map((year) => report({ region: R, year, indicators: year === 2022 ? [] : year === 2020 ? [] : [a()] }));
    reports.push(report({ region: R, year: 2024, indicators: [] }));
    const row = buildAcrossYears(reports, R, noMapping, catalogue).rows[0];
    expect(row.appeared).toEqual([2021, 2023]);
    expect(row.disappeared).toEqual([2022, 2024]);
  });

  it('a metric present every year neither appears nor disappears', () => {
    const reports = [2021, 2022].map((year) => report({ region: R, year, indicators: [gdp(100 + year)] }));
    const row = buildAcrossYears(reports, R, noMapping, catalogue).rows[0];
    expect(row.appeared).toEqual([]);
    expect(row.disappeared).toEqual([]);
  });

  it('two reports reviewing one year: the later report date wins, whatever the input order', () => {
    const draft = report({ id: 'draft', region: R, year: 2023, date: '2024-01-05', indicators: [gdp(700)] });
    const final = report({ id: 'final', region: R, year: 2023, date: '2024-01-20', indicators: [gdp(715)] });
    for (const reports of [[draft, final], [final, draft]]) {
      const view = buildAcrossYears(reports, R, noMapping, catalogue);
      expect(view.rows[0].cells[2023]?.value).toBe(715);
      expect(view.reportIds).toEqual({ 2023: 'final' });
      expect(view.shadowed).toEqual(['draft']);
    }
  });

  it('same date: decided by id, stable', () => {
    const a = report({ id: 'a', region: R, year: 2023, date: '2024-01', indicators: [gdp(1)] });
    const b = report({ id: 'b', region: R, year: 2023, date: '2024-01', indicators: [gdp(2)] });
    expect(buildAcrossYears([a, b], R, noMapping, catalogue).reportIds).toEqual(buildAcrossYears([b, a], R, noMapping, catalogue).reportIds);
  });

  it('reports without region go to the unknown bucket; without year they are unplaced', () => {
    const reports = [
      report({ id: 'noregion', region: null, year: 2022, indicators: [gdp(1)] }),
      report({ id: 'nothing', region: null, year: null, indicators: [gdp(2)] }),
      report({ id: 'blank', region: '  ', year: 2023, indicators: [gdp(3)] }),
      report({ id: 'known', region: R, year: 2022, indicators: [gdp(4)] }),
    ];
    expect(listRegions(reports)).toEqual([R, UNKNOWN_REGION]);
    expect(listYears(reports)).toEqual([2022, 2023]);
    expect(listYears(reports, UNKNOWN_REGION)).toEqual([2022, 2023]);
    expect(listYears(reports, R)).toEqual([2022]);
    const view = buildAcrossYears(reports, UNKNOWN_REGION, noMapping, catalogue);
    expect(view.years).toEqual([2022, 2023]);
    expect(view.unplaced).toEqual(['nothing']);
    expect(view.rows[0].cells[2022]?.value).toBe(1);
  });

  it('a region with no reports gives an empty view', () => {
    expect(buildAcrossYears([], '无此地', noMapping, catalogue)).toMatchObject({ years: [], rows: [] });
  });
});

describe('qualifierOf: how a target is bounded', () => {
  const at = (text: string, figure: string) => ({ start: text.indexOf(figure), end: text.indexOf(figure) + figure.length });
  it.each([
    ['以内 from the text', '失业率控制在5.5%以内。', '5.5%', true, undefined, 'at-most'],
    ['以上 from the text', '增长6%以上。', '6%', true, undefined, 'at-least'],
    ['左右 from the text', '增长6%左右。', '6%', true, undefined, 'about'],
    ['exact figure', '增长6%。', '6%', false, undefined, 'exact'],
    ['no text (renderer snapshot): the bound read in main', null, '', true, 'at-most', 'at-most'],
    ['no text and no bound: approx reads as about', null, '', true, undefined, 'about'],
    ['no text, not approx: exact', null, '', false, undefined, 'exact'],
  ] as const)('%s', (_, text, figure, approx, bound, expected) => {
    const span = text ? at(text, figure) : { start: 0, end: 0 };
    expect(qualifierOf(text, { ...span, approx, bound })).toBe(expected);
  });
});
