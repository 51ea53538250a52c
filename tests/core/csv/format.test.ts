import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decimalsOf,
  formatChange,
  formatLarge,
  formatNumber,
  formatValue,
  groupThousands,
  plainNumber,
  regionName,
  roundTo,
  splitUnit,
} from '../../../src/core/format';

describe('plainNumber', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [12.8, '12.8'],
    [1.28e9, '1280000000'],
    [1e21, '1000000000000000000000'],
    [1.5e-7, '0.00000015'],
    [-2.5e-8, '-0.000000025'],
    [123456789.123, '123456789.123'],
    [NaN, ''],
    [Infinity, ''],
  ])('%s → %s', (n, expected) => {
    expect(plainNumber(n)).toBe(expected);
  });
  it('round-trips every finite double exactly, without exponent', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const s = plainNumber(n);
        expect(s).not.toMatch(/e/i);
        expect(Number(s)).toBe(Object.is(n, -0) ? 0 : n);
      }),
    );
  });
});

describe('number helpers', () => {
  it.each([
    [6.5, 1],
    [715, 0],
    [0.05, 2],
    [1.5e-7, 8],
    [1e21, 0],
  ])('decimalsOf(%s) = %s', (n, d) => expect(decimalsOf(n)).toBe(d));
  it.each([
    [1.005, 2, 1.01],
    [5.96, 0, 6],
    [-2.5, 0, -3],
    [6.46, 1, 6.5],
  ])('roundTo(%s, %s) = %s', (n, d, r) => expect(roundTo(n, d)).toBe(r));
  it.each([
    ['1234567.5', '1,234,567.5'],
    ['-1234', '-1,234'],
    ['999', '999'],
    ['0.12345', '0.12345'],
  ])('groupThousands(%s)', (s, g) => expect(groupThousands(s)).toBe(g));
  it('formatNumber removes float noise and groups', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(8280)).toBe('8,280');
    expect(formatNumber(12.34567, { maxFractionDigits: 1 })).toBe('12.3');
  });
});

describe('formatValue', () => {
  it.each([
    [715, '亿元', 'zh', '715亿元'],
    [8280, '户', 'zh', '8,280户'],
    [89.4, '%', 'zh', '89.4%'],
    [1.79, null, 'zh', '1.79'],
    [null, '亿元', 'zh', ''],
    [NaN, '亿元', 'zh', ''],
    [715, '亿元', 'en', '71.5 bn yuan'],
    [12.8, '亿元', 'en', '1.28 bn yuan'],
    [8280, '户', 'en', '8,280 households'],
    [89.4, '%', 'en', '89.4%'],
    [2, '万件', 'en', '20,000 cases'],
    [100, '千瓦时', 'en', '100 kWh'],
    [3, '座桥', 'en', '3 座桥'],
  ] as const)('%s %s (%s) → %s', (v, u, lang, expected) => {
    expect(formatValue(v, u, lang)).toBe(expected);
  });
});

describe('formatChange', () => {
  it.each([
    [{ value: 6.5, unit: '%' }, 'zh', '+6.5%'],
    [{ value: -0.3, unit: '个百分点' }, 'zh', '−0.3个百分点'],
    [{ value: -0.3, unit: '个百分点' }, 'en', '−0.3 pp'],
    [{ value: 1.9, unit: '倍' }, 'zh', '1.9倍'],
    [{ value: 1.9, unit: '倍' }, 'en', '1.9×'],
    [{ value: 0, unit: '%' }, 'zh', '0%'],
    [{ value: 12345.6, unit: '%' }, 'zh', '+12,345.6%'],
    [null, 'zh', ''],
    [{ value: NaN, unit: '%' }, 'zh', ''],
  ] as const)('%j (%s) → %s', (c, lang, expected) => {
    expect(formatChange(c, lang)).toBe(expected);
  });
  it('rounds when asked, and a change that rounds to zero has no sign', () => {
    expect(formatChange({ value: 6.4615, unit: '%' }, 'zh', { maxFractionDigits: 1 })).toBe('+6.5%');
    expect(formatChange({ value: -0.04, unit: '%' }, 'zh', { maxFractionDigits: 1 })).toBe('0%');
  });
});

describe('formatLarge', () => {
  it.each([
    [1.28e9, '元', 'zh', '12.8亿元'],
    [1.28e9, '元', 'en', '1.28 bn yuan'],
    [7.15e10, '元', 'zh', '715亿元'],
    [1.2e12, '元', 'zh', '1.2万亿元'],
    [1.2e12, '元', 'en', '1.2 tn yuan'],
    [123456, '人', 'zh', '12.35万人'],
    [123456, '人', 'en', '123,456 people'],
    [2.5e6, '人', 'en', '2.5 m people'],
    [999, '户', 'zh', '999户'],
    [-3e8, '元', 'zh', '-3亿元'],
    [NaN, '元', 'zh', ''],
  ] as const)('%s %s (%s) → %s', (n, u, lang, expected) => {
    expect(formatLarge(n, u, lang)).toBe(expected);
  });
});

describe('splitUnit', () => {
  it.each([
    ['亿元', 1e8, '元'],
    ['万亿元', 1e12, '元'],
    ['万件', 1e4, '件'],
    ['万', 1e4, ''],
    ['千瓦时', 1, '千瓦时'],
    ['万千瓦时', 1e4, '千瓦时'],
    ['千克', 1, '千克'],
    ['百强', 1, '百强'],
    ['%', 1, '%'],
  ])('%s', (unit, multiplier, base) => expect(splitUnit(unit)).toEqual({ multiplier, base }));
});

describe('regionName', () => {
  it('names the unknown bucket in both languages and keeps real names', () => {
    expect(regionName('', 'zh')).toBe('未知地区');
    expect(regionName('', 'en')).toBe('Unknown region');
    expect(regionName('铜官区', 'en')).toBe('铜官区');
  });
});
