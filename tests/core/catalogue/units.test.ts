import { describe, expect, it } from 'vitest';
import { classifyUnit, unitFits } from '../../../src/core/catalogue';

describe('classifyUnit', () => {
  it.each([
    ['亿元', 'money'], ['万美元', 'money'], ['元', 'money'], ['万亿元', 'money'],
    ['家', 'count'], ['万户', 'count'], ['人次', 'count'], ['万人次', 'count'], ['天', 'count'],
    ['%', 'rate'], ['％', 'rate'], ['‰', 'rate'], ['个百分点', 'rate'],
    ['万亩', 'area'], ['平方公里', 'area'], ['万平方米', 'area'],
    ['公里', 'length'], ['千米', 'length'],
    ['万吨', 'mass'], ['亿斤', 'mass'], ['千克', 'mass'],
    ['亿千瓦时', 'energy'], ['万千瓦', 'energy'], ['万吨标准煤', 'energy'],
    ['倍', 'ratio'],
    ['万', 'multiplier'], ['亿', 'multiplier'],
    // Not classified: never a reason to refuse.
    ['', 'unknown'], ['微克/立方米', 'unknown'], ['标箱', 'unknown'], ['吨标准煤/万元', 'unknown'], ['万标箱', 'unknown'],
  ])('%s → %s', (unit, expected) => {
    expect(classifyUnit(unit)).toBe(expected);
  });
});

describe('unitFits', () => {
  it.each([
    ['money', '亿元', true], ['money', null, true], ['money', '万', true], ['money', '标箱', true],
    ['money', '家', false], ['money', '%', false], ['money', '万吨', false],
    ['rate', '%', true], ['rate', '个百分点', true], ['rate', '万', false], ['rate', '亿元', false],
    ['count', '万人', true], ['count', '亿元', false],
    ['ratio', undefined, true], ['ratio', '倍', true], ['ratio', '%', false],
    ['other', '家', true], ['other', '%', true],
  ] as const)('%s with %s → %s', (expected, unit, fits) => {
    expect(unitFits(expected, unit)).toBe(fits);
  });
});
