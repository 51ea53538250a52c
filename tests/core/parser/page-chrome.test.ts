import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../../src/core/parser';
import { pageChrome } from '../../../src/core/parser/page-chrome';
import { inSpans } from '../../../src/core/parser/spans';

const REPORT = '全年地区生产总值523.6亿元,增长6.2%。';
const chromeLines = (text: string): string[] => pageChrome(text).map(({ start, end }) => text.slice(start, end).trim());

describe('pageChrome: lines of a saved page that are no part of the report', () => {
  it.each([
    ['a comment by @name', '@柘川小鱼儿:消费券我抢到了200元,哈哈 01-21 08:02 赞 56'],
    ['a counter line', '转自:柘川发布 | 2021-01-21 07:30 | 阅读 10万+ 在看 1526'],
    ['a rating', '第1页 / 共6页 ★★★★☆ 4.6分(128人评价)'],
    ['a download prompt', '下載本文檔需要消耗5積分'],
    ['a forum note', '已加精。统计公报链接见5楼,置顶3天。'],
    ['a comment with its date, long and with commas', '桐霁老张 2024-02-01 10:12:GDP才增长5.9%,我们工资三年没涨了,物价倒是涨了不少。'],
  ])('%s', (_, line) => {
    expect(chromeLines(`${REPORT}\n${line}\n${REPORT}`)).toEqual([line]);
  });

  it('a block of related articles or comments runs over its short lines, up to the next prose', () => {
    const text = ['【热门文章】', '· 地铁3号线预计2026年通车(阅读 5.6万)', '· 这8个变化要注意', `${REPORT.repeat(3)}`, '网友留言', '"海边的风" 发表于 2023-01-13 09:02', '口袋公园15个是真的吗?'].join('\n');
    expect(chromeLines(text)).toEqual(['【热门文章】', '· 地铁3号线预计2026年通车(阅读 5.6万)', '· 这8个变化要注意', '网友留言', '"海边的风" 发表于 2023-01-13 09:02', '口袋公园15个是真的吗?']);
  });

  it.each([
    ['积分制 governance', '“积分制”管理实现村(社区)全覆盖,调处矛盾纠纷312起。'],
    ['面积分别', '三大产业基地面积分别达到32万亩、8.5万亩。'],
    ['a reading campaign', '开展全民阅读活动120场。'],
    ['a short report line', '地区生产总值增长6%左右;'],
    ['a report heading after a list', '一、2024年工作回顾'],
  ])('keeps report lines: %s', (_, line) => {
    expect(chromeLines(`${line}\n${REPORT}`)).toEqual([]);
  });

  it('a block ends at prose hard-wrapped at a fixed width', () => {
    const prose = '2026年主要预期目标:地区生产总值增长5.5%左右;一般公共预算收入增长4%;规上工业增加值增长7%;固定资产投资增长4%以上。';
    const text = ['相关推荐:规划纲要全文(1.2万字)', ...prose.match(/.{1,37}/g)!].join('\n');
    expect(chromeLines(text)).toEqual(['相关推荐:规划纲要全文(1.2万字)']);
  });

  it('drops the figures of chrome lines, keeps the report\'s', () => {
    const text = `${REPORT}\n网友评论(126)\n@匿名:GDP才2.8%?疫情年已经不错了 01-21 10:44 回复 3\n`;
    expect(extractIndicators(text).map((i) => i.value ?? i.change?.value)).toEqual([523.6]);
  });

  it('inSpans finds a position inside sorted spans only', () => {
    const spans = [{ start: 2, end: 5 }, { start: 9, end: 12 }];
    expect([0, 2, 4, 5, 9, 11, 12, 40].map((p) => inSpans(spans, p))).toEqual([false, true, true, false, true, true, false, false]);
  });
});
