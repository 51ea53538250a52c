import { describe, expect, it } from 'vitest';
import { dictionaryFor, messageKeys, translator } from '../../src/renderer/src/lib/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('every key has a non-empty text in both languages', () => {
    for (const language of ['zh', 'en'] as const) {
      const dict = dictionaryFor(language);
      for (const key of messageKeys) expect(dict[key]?.trim(), `${language}.${key}`).toBeTruthy();
    }
  });

  it('both languages use the same placeholders', () => {
    const zh = dictionaryFor('zh');
    const en = dictionaryFor('en');
    for (const key of messageKeys) expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
  });

  it('Chinese texts are Chinese and English texts have no Chinese characters (except the language switch)', () => {
    const en = dictionaryFor('en');
    for (const key of messageKeys) if (key !== 'switchLanguage') expect(en[key], key).not.toMatch(/[\u4e00-\u9fff]/);
    expect(dictionaryFor('zh').appTitle).toBe('报告对比');
  });
});

describe('translator', () => {
  it.each([
    ['zh', 'importing', { done: 2, total: 5 }, '正在导入 2/5'],
    ['en', 'importing', { done: 2, total: 5 }, 'Importing 2/5'],
    ['en', 'savedTo', { file: 'a{b}.csv' }, 'Saved: a{b}.csv'],
    ['zh', 'savedTo', {}, '已保存:{file}'],
    ['zh', 'appTitle', undefined, '报告对比'],
  ] as const)('%s %s', (language, key, params, expected) => {
    expect(translator(language)(key, params)).toBe(expected);
  });
});
