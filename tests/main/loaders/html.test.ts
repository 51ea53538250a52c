import { describe, expect, it } from 'vitest';
import { declaredCharset, htmlToText } from '../../../src/main/loaders/html';
import { htmlOf } from '../../support/fixtures';
import { QINGCHUAN_2024 } from '../../support/report-texts';

describe('htmlToText on a saved government page', () => {
  const { text, title } = htmlToText(htmlOf(QINGCHUAN_2024));
  const lines = text.split('\n');

  it('keeps every report paragraph, one per line, in order', () => {
    expect(lines).toEqual(QINGCHUAN_2024);
  });

  it('takes the title from <title> without the site name', () => {
    expect(title).toBe('青川区2024年政府工作报告');
  });

  it.each([
    ['navigation', '政务公开'],
    ['breadcrumb', '您当前的位置'],
    ['page info line', '浏览次数'],
    ['font-size switch', '字体'],
    ['share buttons', '分享到'],
    ['disclaimer', '本文仅代表作者观点'],
    ['page address', '本文地址'],
    ['comment box', '留言与评论'],
    ['captcha', '验证码'],
    ['footer', '版权所有'],
    ['ICP number', 'ICP备'],
    ['script text', '已篡改'],
    ['style text', 'color:red'],
  ])('drops the %s', (_what, needle) => {
    expect(text).not.toContain(needle);
  });
});

describe('htmlToText rules', () => {
  const cases: { name: string; html: string; has: string[]; hasNot: string[] }[] = [
    {
      name: 'hidden anti-copy spans are dropped',
      html: '<p>新登记市场主体<span style="display:none">PZl</span>8280户,增长20.3%。</p>',
      has: ['新登记市场主体8280户,增长20.3%。'],
      hasNot: ['PZl'],
    },
    {
      name: '<br> separates lines, inline tags do not',
      html: '<div>地区生产总值<b>412.6</b>亿元<br>增长5.8%</div>',
      has: ['地区生产总值412.6亿元\n增长5.8%'],
      hasNot: [],
    },
    {
      name: 'a table-layout page keeps its cell text',
      html: '<table><tr><td class="nav">首页</td></tr><tr><td>全区地区生产总值达到412.6亿元,增长5.8%,一般公共预算收入28.4亿元。</td></tr></table>',
      has: ['412.6亿元'],
      hasNot: ['首页'],
    },
    {
      name: 'a page without furniture is kept whole',
      html: '<html><body><p>第一段,增长5%。</p><p>第二段,下降3%。</p></body></html>',
      has: ['第一段,增长5%。\n第二段,下降3%。'],
      hasNot: [],
    },
    {
      name: 'a plain-text report in <pre> keeps its lines',
      html: '<html><body><pre>一、2023年工作回顾\n  地区生产总值412.6亿元。\r\n  增长5.8%。</pre></body></html>',
      has: ['一、2023年工作回顾\n地区生产总值412.6亿元。\n增长5.8%。'],
      hasNot: [],
    },
    {
      name: 'full-width indentation is trimmed',
      html: '<p>\u3000\u3000城镇新增就业1.2万人。</p>',
      has: ['城镇新增就业1.2万人。'],
      hasNot: ['\u3000'],
    },
    {
      name: 'an article container named like furniture is still read',
      html: '<div class="nav">首页</div><div class="side-main share-content"><p>全区地区生产总值达到412.6亿元,增长5.8%;一般公共预算收入28.4亿元,增长7.1%。</p><p>新登记市场主体8280户,增长20.3%;新增高新技术企业36家,总数达到215家。</p></div>',
      has: ['412.6亿元', '8280户'],
      hasNot: [],
    },
    {
      name: 'entities are decoded',
      html: '<p>收入&nbsp;28.4亿元 &amp; 支出</p>',
      has: ['28.4亿元 & 支出'],
      hasNot: ['&amp;'],
    },
    {
      name: 'an event handler attribute never leaks or runs',
      html: '<p onclick="alert(1)">城镇新增就业1.2万人。</p><img src=x onerror="globalThis.__pwned=1">',
      has: ['城镇新增就业1.2万人。'],
      hasNot: ['alert'],
    },
  ];
  it.each(cases)('$name', ({ html, has, hasNot }) => {
    const { text } = htmlToText(html);
    for (const h of has) expect(text).toContain(h);
    for (const h of hasNot) expect(text).not.toContain(h);
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('declaredCharset', () => {
  it.each([
    ['<meta charset="gb2312">', 'gb18030'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=GBK">', 'gb18030'],
    ["<meta charset='big5'>", 'big5'],
    ['<meta charset="utf-8">', 'utf-8'],
    ['<meta name="x" content="y">', null],
    ['<meta charset="no-such-charset">', null],
  ])('%s → %s', (head, expected) => {
    expect(declaredCharset(new Uint8Array(Buffer.from(`<html><head>${head}</head></html>`)))).toBe(expected);
  });
});
