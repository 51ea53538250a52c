import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import fc from 'fast-check';
import { buildAcrossRegions, buildAcrossYears, buildSideBySide } from '../../../src/core/compare';
import { BOM, guardCell, longCsv, longHeader, sentenceOf, toCsv, tsv, wideCsv, wideTable } from '../../../src/core/csv';
import { catalogue, ind, noMapping, report } from '../compare/fixtures';

/** Parses our CSV back the way a reader would: BOM off, CRLF rows. */
function readBack(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', delimiter: ',' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const TEXT = '2023年,全区实现地区生产总值715亿元,增长6.2%。\n新登记市场主体  8280户。发放税融通贷款1267笔12.8亿元。';
const at = (s: string) => TEXT.indexOf(s);
const sentence1 = [0, at('。') + 1] as const;
const sentence2 = [at('新登记'), at('户。') + 2] as const;

const workspace = [
  report({
    id: 'r1',
    region: '铜官区',
    year: 2023,
    date: '2024-01-20',
    fileName: '铜官区2024年政府工作报告.txt',
    text: TEXT,
    indicators: [
      ind({ id: 'a', label: '地区生产总值', metric: 'gdp', value: 715, unit: '亿元', change: { value: 6.2, unit: '%' }, start: at('715'), sentenceStart: sentence1[0], sentenceEnd: sentence1[1] }),
      ind({ id: 'b', label: '新登记市场主体', value: 8280, unit: '户', start: at('8280'), sentenceStart: sentence2[0], sentenceEnd: sentence2[1], edited: true }),
      ind({ id: 'c', label: '=HYPERLINK("x")', value: 1267, unit: '笔', start: at('1267'), approx: true, kind: 'target' }),
      ind({ id: 'd', label: '税融通贷款', value: 12.8, unit: '亿元', start: at('12.8') }),
    ],
  }),
  report({ id: 'r0', region: null, year: null, indicators: [ind({ label: '零', value: 1e-7, unit: '元', normValue: 1.5e21 })] }),
];

describe('longCsv', () => {
  it('has a BOM, CRLF rows, the columns in Chinese, and reads back with every value', () => {
    const csv = longCsv(workspace, noMapping, catalogue, 'zh');
    expect(csv).toContain('\r\n');
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n'.repeat(1) + '地区'); // no bare LF row breaks
    const rows = readBack(csv);
    expect(rows[0]).toEqual(longHeader('zh'));
    expect(rows[0][0]).toBe('地区');
    expect(rows[0][15]).toBe('原句');
    expect(rows).toHaveLength(1 + 5);
    const byLabel = new Map(rows.slice(1).map((r) => [r[5], r]));
    const gdp = byLabel.get('地区生产总值')!;
    expect(gdp).toEqual([
      '铜官区',
      '2023',
      '2024-01-20',
      '铜官区2024年政府工作报告.txt',
      'gdp',
      '地区生产总值',
      '715',
      '亿元',
      '71500000000',
      '元',
      '6.2',
      '%',
      '实际',
      '否',
      '否',
      '2023年,全区实现地区生产总值715亿元,增长6.2%。',
    ]);
    const firms = byLabel.get('新登记市场主体')!;
    expect(firms[14]).toBe('是'); // edited
    expect(firms[15]).toBe('新登记市场主体 8280户。'); // whitespace collapsed
  });

  it('guards formula injection but leaves numbers as numbers', () => {
    const rows = readBack(longCsv(workspace, noMapping, catalogue, 'zh'));
    const injected = rows.find((r) => r[5].includes('HYPERLINK'))!;
    expect(injected[5]).toBe(`'=HYPERLINK("x")`);
    expect(injected[12]).toBe('目标');
    expect(injected[13]).toBe('是');
  });

  it('never writes exponent notation; unknown metadata is empty; unknown region last', () => {
    const rows = readBack(longCsv(workspace, noMapping, catalogue, 'zh'));
    const last = rows[rows.length - 1];
    expect(last.slice(0, 3)).toEqual(['', '', '']);
    expect(last[6]).toBe('0.0000001');
    expect(last[8]).toBe('1500000000000000000000');
    expect(rows.flat().some((c) => /^-?\d+(\.\d+)?e[+-]?\d+$/i.test(c))).toBe(false);
  });

  it('uses the merged metric key and English headers and words on request', () => {
    const rows = readBack(longCsv(workspace, { merges: { 'label:税融通贷款': 'loans' }, names: {} }, catalogue, 'en'));
    expect(rows[0]).toEqual(longHeader('en'));
    const loan = rows.find((r) => r[5] === '税融通贷款')!;
    expect(loan[4]).toBe('loans');
    expect(loan[12]).toBe('actual');
    expect(loan[13]).toBe('no');
  });

  it('an empty workspace is just the header', () => {
    expect(readBack(longCsv([], noMapping, catalogue))).toEqual([longHeader('zh')]);
  });
});

describe('guardCell', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+cmd', "'+cmd"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['-0.3', '-0.3'],
    ['+6.5%', '+6.5%'],
    ['-1,234.5', '-1,234.5'],
    ['地区生产总值', '地区生产总值'],
    ['a=b', 'a=b'],
    ['', ''],
    ['−0.3个百分点', '−0.3个百分点'],
  ])('%j → %j', (input, expected) => expect(guardCell(input)).toBe(expected));
});

describe('toCsv and tsv', () => {
  it('quotes commas, quotes and line breaks, and reads back', () => {
    const rows = [['a,b', 'say "hi"', '一\n二', 12.5, null, true]];
    expect(readBack(toCsv(rows))).toEqual([['a,b', 'say "hi"', '一\n二', '12.5', '', 'true']]);
  });
  it('tsv: tab-separated, CRLF rows, tabs and newlines in cells become spaces, guarded', () => {
    const text = tsv([
      ['指标', 2023, 'a\tb'],
      ['x\r\ny', '=cmd', -0.5],
    ]);
    expect(text).toBe("指标\t2023\ta b\r\nx y\t'=cmd\t-0.5");
    expect(text.startsWith(BOM)).toBe(false);
  });
});

describe('CSV round trip (property)', () => {
  const text = fc.string({ unit: fc.constantFrom('a', '甲', ',', '"', '\n', '\r', '\t', '=', '+', '-', '@', ' ', '1', '.', "'"), maxLength: 8 });
  it('every cell reads back as written, guarded where a spreadsheet would run it', () => {
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        // A row of one empty cell is written as an empty line, which a reader may skip: keep rows non-empty.
        const data = rows.map((r) => (r.length === 1 && r[0] === '' ? ['x'] : r));
        const back = readBack(toCsv(data));
        expect(back).toEqual(data.map((r) => r.map(guardCell)));
        for (const cell of back.flat()) {
          if (/^[=+\-@\t\r]/.test(cell)) expect(cell).toMatch(/^[+-]?[\d.,]+%?$|^[+-]?\d/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('sentenceOf', () => {
  it.each([
    [{ sentenceStart: 0, sentenceEnd: 3 }, 'abc'],
    [{ sentenceStart: 2, sentenceEnd: 99 }, 'c d'],
    [{ sentenceStart: 3, sentenceEnd: 2 }, ''],
    [{ sentenceStart: -1, sentenceEnd: 2 }, ''],
    [{ sentenceStart: 50, sentenceEnd: 60 }, ''],
    [{ sentenceStart: 0.5, sentenceEnd: 2 }, ''],
  ])('%j', (span, expected) => expect(sentenceOf('abc \n d', span)).toBe(expected));
});

describe('wideCsv', () => {
  const R = '铜官区';
  const years = [
    report({ region: R, year: 2022, text: '增长6%左右', indicators: [ind({ label: 'GDP', metric: 'gdp', value: 2000, unit: '亿元' }), ind({ label: 'GDP', metric: 'gdp', kind: 'target', approx: true, change: { value: 6, unit: '%' }, start: 2, end: 4 })] }),
    report({ region: R, year: 2023, indicators: [ind({ label: 'GDP', metric: 'gdp', value: 2129.2, unit: '亿元', kind: 'estimate', change: { value: 6.5, unit: '%' } })] }),
  ];

  it('across years: header per year, value+unit, change, computed change, target as the table shows', () => {
    const view = buildAcrossYears(years, R, noMapping, catalogue);
    const rows = readBack(wideCsv(view, 'zh'));
    expect(rows[0]).toEqual(['指标', '2022年', '2022年 变化', '2022年 计算变化', '2022年 上年目标', '2023年', '2023年 变化', '2023年 计算变化', '2023年 上年目标']);
    expect(rows[1]).toEqual(['地区生产总值', '2,000亿元', '', '', '', '2,129.2亿元（预计）', '+6.5%', '+6.5%', '已完成：+6%左右']);
    expect(rows).toEqual([wideTable(view, 'zh').header, ...wideTable(view, 'zh').rows]);
    const en = readBack(wideCsv(view, 'en'));
    expect(en[0][0]).toBe('Metric');
    expect(en[1]).toEqual(['GDP', '200 bn yuan', '', '', '', '212.9 bn yuan (est.)', '+6.5%', '+6.5%', 'met: ~+6%']);
  });

  it('across regions: value, change and rank per region; missing region is empty, not 0', () => {
    const reports = [
      report({ region: '甲区', year: 2023, indicators: [ind({ label: 'GDP', metric: 'gdp', value: 500, unit: '亿元', change: { value: -1.5, unit: '%' } })] }),
      report({ region: '乙区', year: 2023, indicators: [ind({ label: '其他', value: 1, unit: '个' })] }),
      report({ region: null, year: 2023, indicators: [ind({ label: 'GDP', metric: 'gdp', value: 700, unit: '亿元' })] }),
    ];
    const rows = readBack(wideCsv(buildAcrossRegions(reports, 2023, noMapping, catalogue), 'zh'));
    expect(rows[0]).toEqual(['指标（2023年）', '甲区', '甲区 变化', '甲区 排名', '乙区', '乙区 变化', '乙区 排名', '未知地区', '未知地区 变化', '未知地区 排名']);
    expect(rows[1]).toEqual(['地区生产总值', '500亿元', '−1.5%', '2', '', '', '', '700亿元', '', '1']);
  });

  it('side by side: both, then left only, then right only, with report names', () => {
    const left = report({ id: 'L', indicators: [ind({ label: 'GDP', metric: 'gdp', value: 1, unit: '亿元' }), ind({ label: '左', value: 1, unit: '个', approx: true })] });
    const right = report({ id: 'R', indicators: [ind({ label: 'GDP', metric: 'gdp', value: 2, unit: '亿元' }), ind({ label: '右', value: 2, unit: '个' })] });
    const rows = readBack(wideCsv(buildSideBySide(left, right, noMapping, catalogue), 'zh', { reportNames: { L: '甲.txt' } }));
    expect(rows).toEqual([
      ['指标', '甲.txt', '右侧报告', '出现于'],
      ['地区生产总值', '1亿元', '2亿元', '两份都有'],
      ['左', '约1个', '', '仅左侧'],
      ['右', '', '2个', '仅右侧'],
    ]);
  });
});
