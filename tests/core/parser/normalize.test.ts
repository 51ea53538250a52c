import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, toOriginalSpan } from '../../../src/core/parser/normalize';
import { chineseNumeralValue } from '../../../src/core/parser/numbers';

describe('normalizeText', () => {
  it.each([
    ['full-width digits and percent', '增长６.５％', '增长6.5%'],
    ['full-width comma and parentheses', '（一）收入，增长', '(一)收入,增长'],
    ['traditional to simplified', '經濟總量億元', '经济总量亿元'],
    ['pinyin gloss with tone removed', '增長(zhǎng)10%', '增长10%'],
    ['toneless gloss removed when the page glosses', '報(bào)告的(de)內容', '报告的内容'],
    ['Latin in parentheses kept', '政府和社会资本合作(PPP)项目', '政府和社会资本合作(PPP)项目'],
    ['thousands group joined', '市场主体8 280户', '市场主体8280户'],
    ['space before unit dropped', '66.1 亿元', '66.1亿元'],
    ['space entities of a saved page', '8&nbsp;280户,66.1&nbsp;亿元', '8280户,66.1亿元'],
    ['unrelated numbers stay apart', '10:19 17', '10:19 17'],
    ['number broken by a line break', '收入17\n772元', '收入17772元'],
    ['spaced-out heading closed', '政 府 工 作 报 告', '政府工作报告'],
    ['Latin words keep their space', 'Report Compare', 'Report Compare'],
    ['paragraph breaks after a sentence kept', '完成任务。\n二、工作安排', '完成任务。\n二、工作安排'],
    ['OCR: a full stop read for a decimal point', '增长3。6%,完成12。', '增长3.6%,完成12。'],
    ['OCR: O read for 0 inside a number', '1O.36亿元,11O.4%,5G,ONE', '10.36亿元,110.4%,5G,ONE'],
    ['a page mark on its own line is dropped', '茶叶产值19亿元,\n第 3 页 / 共 15 页\n增长13%', '茶叶产值19亿元,\n增长13%'],
    ['a pinyin gloss split by a hard wrap', '收入9.42億(y\nì)元', '收入9.42亿元'],
    ['a running header and page number between two halves of a sentence', '县人民政府工作报告\n贫困发生\n\n·1·\n县人民政府工作报告\n率降到2.1%', '县人民政府工作报告\n贫困发生\n率降到2.1%'],
    ['a full-width page mark', '产值19亿元,\n第 ３ 頁\n增长13%', '产值19亿元,\n增长13%'],
    ['OCR letters inside numbers, not in words', '增长l2,5%,新设外资企业ll2家,3.O5‰,PM10,5G基站,IO口', '增长12.5%,新设外资企业112家,3.05‰,PM10,5G基站,IO口'],
    ['OCR spaces between single digits, 忆 and 方 after a number', '总值2 3 6.8亿元,91.4忆元,4.12方人,2 000立方米,10:19 17', '总值236.8亿元,91.4亿元,4.12万人,2000立方米,10:19 17'],
    ['a full stop read for a decimal point across a line break', '收入13\n。65亿元', '收入13.65亿元'],
    ['breaks inside a number: before %, around the decimal point', '下降1.4\n%,产量27.\n8万吨', '下降1.4%,产量27.8万吨'],
    ['a number on its own line is no page mark', '主要指标\n2023\n完成', '主要指标\n2023\n完成'],
    ['an ASCII full stop after a figure ends the sentence', '增长5%.全年新增', '增长5%。全年新增'],
    ['an ASCII full stop with a space after it, or a full-width one', '增长5%. 全年新增,收入5亿元．全年', '增长5%。全年新增,收入5亿元。全年'],
    ['a list row opening with a name is not joined to the line before', `${'地区生产总值:目标增长6.5%,实际增长6.9%,总量达到865.2亿元'}\n一般公共预算收入:目标增长5%`, `${'地区生产总值:目标增长6.5%,实际增长6.9%,总量达到865.2亿元'}\n一般公共预算收入:目标增长5%`],
  ])('%s', (_, input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it('joins lines hard-wrapped at a fixed width and drops repeated anti-copy marks', () => {
    const paragraph =
      '现在我代表县人民政府向大会报告工作请予审议并请各位委员和其他列席人员提出意见。过去一年全县上下坚持稳中求进工作总基调统筹推进各项工作经济社会保持平稳健康发展全年完成固定资产投资和重点项目投资71.53亿元增长百分之十以上。' +
      '一年来我们坚持以人民为中心的发展思想办成了一批群众急难愁盼的民生实事城乡面貌持续改善社会大局和谐稳定各项事业全面进步为今后发展打下了坚实基础。';
    // Wrap at 76 columns (a CJK character takes two), as a fixed-width page does, with a mark at each line end.
    const lines: string[] = [];
    let line = '';
    let w = 0;
    for (const c of paragraph) {
      const cw = c.charCodeAt(0) >= 0x2e80 ? 2 : 1;
      if (w + cw > 76) {
        lines.push(line);
        line = '';
        w = 0;
      }
      line += c;
      w += cw;
    }
    lines.push(line);
    const input = '各位代表:PZl\n' + lines.join('PZl\n') + 'PZl';
    const { text } = normalizeText(input);
    expect(text).toBe('各位代表:\n' + paragraph);
  });

  it('keeps the line breaks of a text written one paragraph per line', () => {
    const input = '一、2023年工作回顾和“十四五”规划实施情况\n过去一年,全县地区生产总值增长6%。\n二、2024年工作安排\n今年主要预期目标是增长6%左右。';
    expect(normalizeText(input).text).toBe(input);
  });

  it('does not take a word repeated twice, or an all-caps abbreviation, for page noise', () => {
    expect(normalizeText('GDP增长,GDP总量,GDP占比').text).toBe('GDP增长,GDP总量,GDP占比');
  });

  it('maps every normalised character back to an original offset, in order', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const norm = normalizeText(s);
        expect(norm.map.length).toBe(norm.text.length + 1);
        expect(norm.map[norm.text.length]).toBe(s.length);
        for (let i = 1; i < norm.map.length; i++) expect(norm.map[i]).toBeGreaterThan(norm.map[i - 1]);
        if (norm.text.length > 0) {
          const [a, b] = toOriginalSpan(norm, 0, norm.text.length);
          expect(0 <= a && a < b && b <= s.length).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('chineseNumeralValue', () => {
  it.each([
    ['三', 3], ['十', 10], ['十二', 12], ['二十', 20], ['一百二十', 120], ['三千', 3000], ['两万', 20000],
    ['一万零五', 10005], ['三千五百万', 35_000_000], ['万亿', 1e12], ['二〇二一', 2021], ['千', 1000],
  ])('%s → %d', (s, v) => {
    expect(chineseNumeralValue(s)).toBe(v);
  });

  it.each([[''], ['abc'], ['三x']])('%j is no numeral', (s) => {
    expect(chineseNumeralValue(s)).toBeNull();
  });
});
