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

describe('metric keys', () => {
  it('gives headline keys to annual figures and none to parts of the year or averages', () => {
    const got = extractIndicators('全年地区生产总值增长6%,年均增长7%。1-11月,规上工业增加值增长8%。');
    expect(got.map((i) => [i.label, i.metric])).toEqual([
      ['地区生产总值', 'gdp'],
      ['地区生产总值年均', expect.stringMatching(/^label:/)],
      ['1-11月规上工业增加值', expect.stringMatching(/^label:/)],
    ]);
  });

  it('gives none to a move of a growth rate (涨幅比上年回落1.6个百分点), but keeps it for a rate that moved', () => {
    const got = extractIndicators('居民消费价格上涨2.1%,涨幅比上年回落1.6个百分点。城镇化率提高1.1个百分点。');
    expect(got.map((i) => [i.label, i.metric])).toEqual([
      ['居民消费价格', 'cpi'],
      ['居民消费价格涨幅', expect.stringMatching(/^label:/)],
      ['城镇化率', 'urbanization_rate'],
    ]);
  });
});

describe('sections', () => {
  it.each([
    ['a review opened without a heading', '一年来,我们新建公园6个。', ['review']],
    ['review, problems and plan by headings', '一、2023年工作回顾\n新建公园6个。\n在肯定成绩的同时,我们也清醒地认识到,规上企业仅有50家。\n二、2024年工作安排\n新建公园8个。', ['review', 'problems', 'plan']],
    ['a sub-heading never changes the part', '一、2023年工作回顾\n(一)重点工作扎实推进。新建公园6个。', ['review']],
    ['no heading, no opener', '新建公园6个。', ['other']],
    ['a past-tense lead-in line is not the plan', '一、2023年工作回顾\n这一年,我们主要抓了以下工作:\n新建公园6个。\n二、2024年工作安排\n重点抓好以下工作:\n新建公园8个。', ['review', 'plan']],
  ])('%s', (_, text, sections) => {
    expect(extractIndicators(text).map((i) => i.section)).toEqual(sections);
  });
});
