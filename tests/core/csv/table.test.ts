import { describe, expect, it } from 'vitest';
import { changeText, computedCellText, computedText, guardCell, targetText, valueText } from '../../../src/core/csv';
import type { Cell, ComputedChange, TargetCheck } from '../../../src/core/compare';

const cell = (p: Partial<Cell>): Cell => ({
  reportId: 'r',
  indicatorId: 'i',
  label: 'x',
  value: null,
  unit: null,
  normValue: null,
  baseUnit: null,
  change: null,
  approx: false,
  kind: 'actual',
  edited: false,
  ...p,
});

describe('valueText / changeText', () => {
  it.each([
    [cell({ value: 715, unit: '亿元' }), 'zh', '715亿元'],
    [cell({ value: 200, unit: '家', approx: true }), 'zh', '约200家'],
    [cell({ value: 200, unit: '家', approx: true }), 'en', '~200 firms'],
    [cell({ value: 715, unit: '亿元', kind: 'estimate' }), 'zh', '715亿元（预计）'],
    [cell({ value: 715, unit: '亿元', kind: 'estimate' }), 'en', '71.5 bn yuan (est.)'],
    [cell({ change: { value: 6, unit: '%' } }), 'zh', ''],
    [null, 'zh', ''],
  ] as const)('%#: value', (c, lang, expected) => expect(valueText(c, lang)).toBe(expected));
  it('change text', () => {
    expect(changeText(cell({ change: { value: -0.3, unit: '个百分点' } }), 'zh')).toBe('−0.3个百分点');
    expect(changeText(cell({ value: 1, unit: '个' }), 'zh')).toBe('');
  });
});

describe('computedText', () => {
  const c = (p: Partial<ComputedChange>): ComputedChange => ({ value: 6.4615, unit: '%', disagrees: false, span: 1, ...p });
  it.each([
    [c({}), 'zh', '+6.5%'],
    [c({ unit: '个百分点', value: -0.3 }), 'en', '−0.3 pp'],
    [c({ disagrees: true }), 'zh', '⚠ +6.5%（与报告不符）'],
    [c({ disagrees: true }), 'en', '⚠ +6.5% (differs from reported)'],
    [c({ span: 2 }), 'zh', '2年 +6.5%'],
    [null, 'zh', ''],
  ] as const)('%#', (computed, lang, expected) => {
    const text = computedCellText(computed, lang);
    expect(text).toBe(expected);
    // The table's cell never makes a spreadsheet read it as a formula.
    expect(guardCell(text)).toBe(text);
  });
  it('computedText leaves the warning sign to the cell', () => {
    expect(computedText(c({ disagrees: true }), 'zh')).toBe('+6.5%（与报告不符）');
  });
});

describe('targetText', () => {
  const t = (p: Partial<TargetCheck>, target: Partial<Cell>): TargetCheck => ({
    target: cell({ kind: 'target', ...target }),
    result: null,
    status: 'met',
    basis: 'change',
    qualifier: 'exact',
    ...p,
  });
  it.each([
    [t({ qualifier: 'about' }, { change: { value: 6, unit: '%' } }), 'zh', '已完成：+6%左右'],
    [t({ qualifier: 'about' }, { change: { value: 6, unit: '%' } }), 'en', 'met: ~+6%'],
    [t({ status: 'missed', basis: 'level', qualifier: 'at-most' }, { value: 5.5, unit: '%' }), 'zh', '未完成：5.5%以内'],
    [t({ status: 'missed', basis: 'level', qualifier: 'at-most' }, { value: 5.5, unit: '%' }), 'en', 'missed: ≤ 5.5%'],
    [t({ status: 'unknown', basis: 'none', qualifier: 'at-least' }, { value: 800, unit: '亿元' }), 'zh', '无法判断：800亿元以上'],
    [null, 'zh', ''],
  ] as const)('%#', (check, lang, expected) => expect(targetText(check, lang)).toBe(expected));
});
