import { describe, expect, it } from 'vitest';
import type { Cell, RowKey } from '../../src/core/compare';
import { chartPoint, filterRows, seriesUnit } from '../../src/renderer/src/lib/compare-view';

const key = (id: string, name: string, headline = false, nameEn?: string, baseUnit: string | null = '元'): RowKey => ({
  id, metric: id.split('|')[0], name, nameEn, headline, baseUnit,
});

const cell = (over: Partial<Cell>): Cell => ({
  reportId: 'r', indicatorId: 'i', label: 'x', value: 1, unit: '亿元', normValue: 1e8, baseUnit: '元',
  change: null, approx: false, kind: 'actual', edited: false, ...over,
});

describe('filterRows', () => {
  const rows = [
    { key: key('gdp|元', '地区生产总值', true, 'GDP') },
    { key: key('label:停车泊位|个', '停车泊位', false, undefined, '个') },
    { key: key('revenue|元', '一般公共预算收入', true, 'Budget revenue') },
  ];
  it.each([
    ['no filter keeps everything', '', false, 'zh', 3],
    ['headline only', '', true, 'zh', 2],
    ['by Chinese name', '收入', false, 'zh', 1],
    ['by English name, case-insensitive', 'gdp', false, 'en', 1],
    ['by metric key', 'label:停车', false, 'zh', 1],
    ['headline and query combine', '停车', true, 'zh', 0],
    ['no match', '不存在', false, 'zh', 0],
  ] as const)('%s', (_name, query, headline, language, count) => {
    expect(filterRows(rows, query, headline, language)).toHaveLength(count);
  });
});

describe('chartPoint', () => {
  it.each([
    ['missing cell', null, null],
    ['value in base units', cell({}), 1e8],
    ['change-only cell plots its change', cell({ value: null, normValue: null, change: { value: -5.5, unit: '%' } }), -5.5],
    ['non-finite value falls back to the change', cell({ normValue: Number.NaN, change: { value: 2, unit: '%' } }), 2],
    ['nothing to plot', cell({ value: null, normValue: null }), null],
  ] as const)('%s', (_name, c, expected) => {
    expect(chartPoint(c)).toBe(expected);
  });
});

describe('seriesUnit', () => {
  it.each([
    ['base unit of the row', { key: key('gdp|元', 'x'), cells: {} }, '元'],
    ['change unit for change-only rows', { key: key('gdp|change', 'x', false, undefined, null), cells: { 2023: cell({ change: { value: 1, unit: '个百分点' } }) } }, '个百分点'],
    ['nothing known', { key: key('gdp|change', 'x', false, undefined, null), cells: { 2023: null } }, ''],
  ] as const)('%s', (_name, row, expected) => {
    expect(seriesUnit(row)).toBe(expected);
  });
});
