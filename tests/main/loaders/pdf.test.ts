import { describe, expect, it } from 'vitest';
import { dropFurniture, joinLines, linesOf, tidySpaces, type Line, type TextItem } from '../../../src/main/loaders/pdf-layout';
import { readPdf } from '../../../src/main/loaders/pdf';
import { LoadFailure } from '../../../src/main/loaders/errors';
import { layoutParagraphs, makePdf } from '../../../scripts/lib/make-pdf';
import { pdfOf } from '../../support/fixtures';
import { QINGCHUAN_2024 } from '../../support/report-texts';

const item = (str: string, x: number, y: number, width = str.length * 12, height = 12): TextItem => ({ str, x, y, width, height });
const line = (text: string, x = 72, right = 72 + 12 * 30, y = 700, height = 12): Line => ({ text, x, right, y, height });

describe('tidySpaces', () => {
  it.each([
    ['8280 户', '8280户'],
    ['新登记 市场主体', '新登记市场主体'],
    ['增长 20.3 %', '增长20.3 %'],
    ['Windows 10 系统', 'Windows 10系统'],
    ['GDP growth', 'GDP growth'],
    ['  412.6   亿元 ', '412.6亿元'],
    ['2023 2024', '2023 2024'],
  ])('%j → %j', (input, expected) => expect(tidySpaces(input)).toBe(expected));
});

describe('linesOf', () => {
  it('puts items on one baseline into one line without spaces between Chinese runs', () => {
    const lines = linesOf([item('新登记市场主体', 72, 700), item('8280', 160, 700, 30), item('户', 200, 700), item('增长20.3%', 72, 680)]);
    expect(lines.map((l) => l.text)).toEqual(['新登记市场主体8280户', '增长20.3%']);
  });
  it('separates Latin words that have a gap', () => {
    expect(linesOf([item('GDP', 72, 700, 30), item('grew', 120, 700, 40)])[0].text).toBe('GDP grew');
  });
  it('returns nothing for no items', () => expect(linesOf([])).toEqual([]));
});

describe('joinLines', () => {
  const full = 72 + 12 * 30;
  const cases: { name: string; pages: Line[][]; text: string }[] = [
    {
      name: 'a number broken across lines is rejoined',
      pages: [[line('全年新登记市场主体82', 96, full), line('80户,增长20.3%。', 72, 72 + 12 * 10)]],
      text: '全年新登记市场主体8280户,增长20.3%。',
    },
    {
      name: 'a unit on the next line is rejoined',
      pages: [[line('全年新登记市场主体8280', 96, full), line('户,增长20.3%。', 72, 72 + 12 * 8)]],
      text: '全年新登记市场主体8280户,增长20.3%。',
    },
    {
      name: 'an indented line starts a paragraph',
      pages: [[line('第一段写满了整行的文字内容', 96, full), line('继续第一段。', 72, 150), line('第二段开始。', 96, 200)]],
      text: '第一段写满了整行的文字内容继续第一段。\n第二段开始。',
    },
    {
      name: 'a short line ends a paragraph (headings)',
      pages: [[line('一、2023年工作回顾', 72, 250), line('过去一年,全区经济稳中有进,各项事业取得新成绩,', 72, full), line('人民生活持续改善。', 72, 200)]],
      text: '一、2023年工作回顾\n过去一年,全区经济稳中有进,各项事业取得新成绩,人民生活持续改善。',
    },
    {
      name: 'a paragraph continues across a page break',
      pages: [[line('地区生产总值达到412', 96, full)], [line('.6亿元,增长5.8%。', 72, 250)]],
      text: '地区生产总值达到412.6亿元,增长5.8%。',
    },
    { name: 'no lines, no text', pages: [[], []], text: '' },
  ];
  it.each(cases)('$name', ({ pages, text }) => expect(joinLines(pages)).toBe(text));
});

describe('dropFurniture', () => {
  const page = (n: number): Line[] => [line('临江市青川区人民政府文件'), line(`正文第${n}页的内容`), line(`- ${n} -`)];
  it('drops page numbers and a running header repeated on most pages', () => {
    const kept = dropFurniture([page(1), page(2), page(3), page(4)]);
    expect(kept.map((p) => p.map((l) => l.text))).toEqual([['正文第1页的内容'], ['正文第2页的内容'], ['正文第3页的内容'], ['正文第4页的内容']]);
  });
  it.each(['第 3 页', '3/12', '12', '— 7 —'])('page number %j at a page edge', (pn) => {
    expect(dropFurniture([[line('正文'), line(pn)]])[0].map((l) => l.text)).toEqual(['正文']);
  });
  it('keeps a figure-like line inside the page, and an edge line found on only one page of three', () => {
    const pages = [[line('标题'), line('12'), line('正文')], [line('正文二'), line('续')], [line('正文三'), line('完')]];
    expect(dropFurniture(pages).map((p) => p.map((l) => l.text))).toEqual([['标题', '12', '正文'], ['正文二', '续'], ['正文三', '完']]);
  });
  it('keeps the first line of a one-page document', () => {
    expect(dropFurniture([[line('青川区人民政府'), line('正文')]])[0].map((l) => l.text)).toEqual(['青川区人民政府', '正文']);
  });
});

describe('readPdf on generated PDFs', () => {
  it('reads the Chinese text layer, rejoins wrapped numbers and drops headers and page numbers', async () => {
    const paragraphs = ['青川区2024年政府工作报告', '全年新登记市场主体8280户,增长20.3%。地区生产总值达到412.6亿元,增长5.8%。', ...QINGCHUAN_2024.slice(6)];
    // 15 characters per line puts a line break inside 8280 and inside 412.6.
    const pages = layoutParagraphs(paragraphs, { charsPerLine: 15, linesPerPage: 5, header: '青川区人民政府', pageNumbers: true });
    const flat = pages.flat().map((l) => l.text);
    expect(flat.some((t) => /\d$/.test(t))).toBe(true); // the layout really splits numbers
    const { text, warnings } = await readPdf(makePdf(pages));
    expect(text.split('\n')).toEqual(paragraphs);
    expect(warnings).toEqual([]);
  });

  it('reads text in a predefined Chinese CMap font without ToUnicode (needs the CMap files)', async () => {
    const paragraphs = ['地区生产总值增长5.8%,新登记市场主体8280户,一般公共预算收入28.4亿元。'];
    const { text } = await readPdf(makePdf(layoutParagraphs(paragraphs, { charsPerLine: 40 }), { predefinedCMap: true }));
    expect(text).toBe(paragraphs[0]);
  });

  it('refuses an encrypted PDF as pdf-encrypted', async () => {
    await expect(readPdf(pdfOf(QINGCHUAN_2024, {}, { encrypted: true }))).rejects.toMatchObject({ code: 'pdf-encrypted' });
  });

  it('cuts a long PDF at the page limit with a warning', async () => {
    const pdf = pdfOf(Array.from({ length: 30 }, (_, i) => `第${i + 1}段:城镇新增就业1.2万人。`), { linesPerPage: 3 });
    const { text, warnings } = await readPdf(pdf, { maxPages: 4, timeBudgetMs: 60_000 });
    expect(text).toContain('第12段');
    expect(text).not.toContain('第13段');
    expect(warnings.join()).toMatch(/only the first 4/);
  });

  it('stops at the time budget: with no page read in time, a clear error instead of a hang', async () => {
    const pdf = pdfOf(Array.from({ length: 30 }, (_, i) => `第${i + 1}段:城镇新增就业1.2万人。`), { linesPerPage: 3 });
    const failure = await readPdf(pdf, { maxPages: 100, timeBudgetMs: -1 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(LoadFailure);
    expect((failure as LoadFailure).code).toBe('pdf-no-text');
  });
});
