import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAxis, formatChange, formatQuantity, parseUserNumber, textOpensWithTitle } from '../../src/renderer/src/lib/format';

describe('formatQuantity', () => {
  it.each([
    // value, unit, language, expected
    [8280, '户', 'zh', '8,280户'],
    [12.8, '亿元', 'zh', '12.8亿元'],
    [1267000, '元', 'zh', '126.7万元'],
    [23000, '万元', 'zh', '2.3亿元'],
    [9999, '万元', 'zh', '9,999万元'],
    [350000000, '元', 'zh', '3.5亿元'],
    [89.4, '%', 'zh', '89.4%'],
    [150000, '%', 'zh', '150,000%'],
    [1.79, null, 'zh', '1.79'],
    [12.8, '亿元', 'en', '1.28 bn yuan'],
    [8280, '户', 'en', '8,280 households'],
    [null, '亿元', 'zh', ''],
    [Number.NaN, '亿元', 'zh', ''],
  ] as const)('%s %s (%s) → %s', (value, unit, language, expected) => {
    expect(formatQuantity(value, unit, language)).toBe(expected);
  });

  it('never throws and never shows exponent notation', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), fc.option(fc.constantFrom('元', '万元', '亿元', '%', '户', 'x')), fc.constantFrom('zh', 'en'), (v, u, l) => {
        const out = formatQuantity(v, u, l as 'zh' | 'en');
        expect(typeof out).toBe('string');
        expect(out).not.toMatch(/\de[+-]?\d/);
      }),
    );
  });
});

describe('formatChange', () => {
  it.each([
    [{ value: 20.3, unit: '%' }, 'zh', '+20.3%'],
    [{ value: -5.5, unit: '%' }, 'zh', '−5.5%'],
    [{ value: 5.3, unit: '个百分点' }, 'zh', '+5.3个百分点'],
    [{ value: 5.3, unit: '个百分点' }, 'en', '+5.3 pp'],
    [{ value: 1.9, unit: '倍' }, 'zh', '1.9倍'],
    [null, 'zh', ''],
  ] as const)('%j (%s) → %s', (change, language, expected) => {
    expect(formatChange(change, language)).toBe(expected);
  });
});

describe('formatAxis', () => {
  it.each([
    [8e10, 'zh', '800亿'],
    [25000, 'zh', '2.5万'],
    [950, 'zh', '950'],
    [8e10, 'en', '80B'],
    [2.5e6, 'en', '2.5M'],
    [1500, 'en', '1.5K'],
    [0, 'en', '0'],
    [Number.POSITIVE_INFINITY, 'zh', ''],
  ] as const)('%s (%s) → %s', (value, language, expected) => {
    expect(formatAxis(value, language)).toBe(expected);
  });
});

describe('parseUserNumber', () => {
  it.each([
    ['715.2', 715.2],
    [' 8,280 ', 8280],
    ['８２８０', 8280],
    ['+6.5', 6.5],
    ['-5.5', -5.5],
    ['−5.5', -5.5],
    ['1,267,000', 1267000],
    ['', null],
    ['abc', null],
    ['1.2.3', null],
    ['12亿', null],
    ['.5', null],
  ] as const)('%j → %s', (input, expected) => {
    expect(parseUserNumber(input)).toBe(expected);
  });

  it('round-trips any finite number written plainly', () => {
    fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (i, f) => {
      const text = `${i}.${String(f).padStart(2, '0')}`;
      expect(parseUserNumber(text)).toBeCloseTo(Number(text), 6);
    }));
  });
});

describe('textOpensWithTitle', () => {
  it.each([
    ['临江市青川区政府工作报告\n\n——2024年1月18日', '临江市青川区政府工作报告', true],
    ['  临江市青川区\n政府工作报告\n正文', '临江市青川区 政府工作报告', true],
    ['各位代表:\n临江市青川区政府工作报告', '临江市青川区政府工作报告', false],
    ['政府工作报告', '临江市青川区政府工作报告', false],
    ['任何文本', '', false],
    ['', '标题', false],
  ] as const)('%j opens with %j → %s', (text, title, expected) => {
    expect(textOpensWithTitle(text, title)).toBe(expected);
  });
});
