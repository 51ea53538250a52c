import { describe, expect, it } from 'vitest';
import { isLowerBetter, resolveMetric, rowKeyOf } from '../../../src/core/compare';
import type { MetricMapping } from '../../../src/shared/api';
import { catalogue, ind } from './fixtures';

const merges = (m: Record<string, string>): MetricMapping => ({ merges: m, names: {} });

describe('resolveMetric', () => {
  const cases: { name: string; metric: string; merges: Record<string, unknown>; expected: string }[] = [
    { name: 'no merge keeps the key', metric: 'label:A', merges: {}, expected: 'label:A' },
    { name: 'direct merge', metric: 'label:全区生产总值', merges: { 'label:全区生产总值': 'gdp' }, expected: 'gdp' },
    { name: 'chain a→b→c', metric: 'a', merges: { a: 'b', b: 'c' }, expected: 'c' },
    { name: 'merge of another key does not apply', metric: 'x', merges: { a: 'b' }, expected: 'x' },
    { name: 'self merge', metric: 'a', merges: { a: 'a' }, expected: 'a' },
    { name: 'cycle entered at a', metric: 'a', merges: { a: 'b', b: 'a' }, expected: 'a' },
    { name: 'cycle entered at b resolves the same', metric: 'b', merges: { a: 'b', b: 'a' }, expected: 'a' },
    { name: 'chain into a cycle', metric: 'z', merges: { z: 'c', c: 'b', b: 'c' }, expected: 'b' },
    { name: 'prototype keys are not merges', metric: 'constructor', merges: {}, expected: 'constructor' },
    { name: 'non-string target ignored', metric: 'a', merges: { a: 42 }, expected: 'a' },
    { name: 'empty target ignored', metric: 'a', merges: { a: '' }, expected: 'a' },
  ];
  it.each(cases)('$name', ({ metric, merges: m, expected }) => {
    expect(resolveMetric(metric, { merges: m as Record<string, string>, names: {} })).toBe(expected);
    expect(resolveMetric({ metric }, { merges: m as Record<string, string>, names: {} })).toBe(expected);
  });
  it('tolerates a missing mapping', () => {
    expect(resolveMetric('a', null)).toBe('a');
  });
});

describe('rowKeyOf', () => {
  const cases = [
    {
      name: 'catalogue name for a catalogued level',
      indicator: ind({ label: 'GDP', metric: 'gdp', value: 715, unit: '亿元' }),
      mapping: merges({}),
      expected: { id: 'gdp|元', name: '地区生产总值', nameEn: 'GDP', baseUnit: '元', headline: true, changeOnly: false },
    },
    {
      name: 'user name wins over the catalogue',
      indicator: ind({ label: 'GDP', metric: 'gdp', value: 715, unit: '亿元' }),
      mapping: { merges: {}, names: { gdp: '经济总量' } },
      expected: { id: 'gdp|元', name: '经济总量', nameEn: '经济总量' },
    },
    {
      name: 'merged label takes the target metric and its name',
      indicator: ind({ label: '全区生产总值', value: 715, unit: '亿元' }),
      mapping: merges({ 'label:全区生产总值': 'gdp' }),
      expected: { id: 'gdp|元', metric: 'gdp', name: '地区生产总值' },
    },
    {
      name: 'uncatalogued: the label',
      indicator: ind({ label: '税融通贷款', value: 1267, unit: '笔' }),
      mapping: merges({}),
      expected: { id: 'label:税融通贷款|笔', name: '税融通贷款', headline: false },
    },
    {
      name: 'change-only statement',
      indicator: ind({ label: 'GDP', metric: 'gdp', change: { value: 6, unit: '%' } }),
      mapping: merges({}),
      expected: { id: 'gdp|change', baseUnit: null, changeOnly: true },
    },
    {
      name: 'dimensionless level is not a change row',
      indicator: ind({ label: '城乡收入比', value: 1.79, unit: null }),
      mapping: merges({}),
      expected: { id: 'label:城乡收入比|', baseUnit: null, changeOnly: false, lowerIsBetter: true },
    },
  ];
  it.each(cases)('$name', ({ indicator, mapping, expected }) => {
    expect(rowKeyOf(indicator, mapping, catalogue)).toMatchObject(expected);
  });
});

describe('isLowerBetter', () => {
  it.each([
    ['unemployment', ['城镇调查失业率'], true],
    ['cpi', ['居民消费价格涨幅'], true],
    ['label:PM2.5平均浓度', ['PM2.5平均浓度'], true],
    ['energy', ['单位GDP能耗'], true],
    ['gdp', ['地区生产总值'], false],
    ['label:空气质量优良天数比例', ['空气质量优良天数比例'], false],
    ['label:污水排放达标率', ['污水排放达标率'], false],
  ] as const)('%s', (metric, names, expected) => {
    expect(isLowerBetter(metric, names)).toBe(expected);
  });
  it('a catalogue entry that states its direction wins', () => {
    const def = { key: 'x', zh: '失业率', en: '', aliases: [], unitType: 'rate' as const, headline: false, direction: 'higher' as const };
    expect(isLowerBetter('x', ['失业率'], def)).toBe(false);
  });
});
