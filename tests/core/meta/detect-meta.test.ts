import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { detectMeta, cleanRegion, levelOf, reviewYearOfDate } from '../../../src/core/meta';
import type { MetaSource, ReportMeta } from '../../../src/core/model';

type Expect = Partial<Record<keyof ReportMeta, [string | number | null, MetaSource]>>;

const check = (meta: ReportMeta, expected: Expect): void => {
  for (const [k, [value, source]] of Object.entries(expected) as [keyof ReportMeta, [unknown, MetaSource]][]) {
    expect({ field: k, value: meta[k].value, source: meta[k].source }).toEqual({ field: k, value, source: value === null ? 'none' : source });
  }
};

// Our own lines in the shapes real reports and pages use (fictional places).
const cases: { name: string; text: string; file?: string; expected: Expect }[] = [
  {
    name: 'title line with year, dateline, review heading',
    text: '2024年青川区政府工作报告\n——2024年1月24日在青川区第三届人民代表大会第四次会议上\n一、2023年工作回顾\n',
    expected: {
      region: ['青川区', 'title'],
      regionLevel: ['district', 'title'],
      reportDate: ['2024-01-24', 'dateline'],
      reviewYear: [2023, 'text'],
      title: ['2024年青川区政府工作报告', 'title'],
    },
  },
  {
    name: 'mirror-site title: (province) city+district, date in brackets',
    text: '导航菜单\n\n(江南省)临江市青川区人民政府工作报告(2024年1月24日)\n\n  (四)聚焦改革创新。',
    expected: {
      region: ['临江市青川区', 'title'],
      regionLevel: ['district', 'title'],
      reportDate: ['2024-01-24', 'title'],
      reviewYear: [2023, 'title'],
      title: ['(江南省)临江市青川区人民政府工作报告', 'title'],
    },
  },
  {
    name: 'the dateline names the district more fully than the title: the fuller name wins',
    text: '2024年青川区政府工作报告\n——2024年1月18日在临江市青川区第三届人民代表大会第四次会议上\n',
    expected: { region: ['临江市青川区', 'dateline'], regionLevel: ['district', 'dateline'], title: ['2024年青川区政府工作报告', 'title'] },
  },
  {
    name: 'a different place in the dateline does not replace the title region',
    text: '2024年青川区政府工作报告\n——2024年1月18日在临江市东湖区第三届人民代表大会第四次会议上\n',
    expected: { region: ['青川区', 'title'] },
  },
  {
    name: 'generic title, region only in the dateline (line-broken)',
    text: '政府工作报告\n——2023年1月5日在云岭县\n第十八届人民代表大会第二次会议上\n县长 王某\n',
    expected: { region: ['云岭县', 'dateline'], regionLevel: ['county', 'dateline'], reportDate: ['2023-01-05', 'dateline'], reviewYear: [2022, 'dateline'], title: ['政府工作报告', 'title'] },
  },
  {
    name: 'a December session reviews its own year',
    text: '政府工作报告\n——2024年12月24日在云岭县第十八届人民代表大会第五次会议上\n',
    expected: { reportDate: ['2024-12-24', 'dateline'], reviewYear: [2024, 'dateline'] },
  },
  {
    name: 'the review heading beats the date rule',
    text: '政府工作报告\n——2021年12月26日在云岭县第十八届人民代表大会第一次会议上\n一、2021年和过去五年工作回顾\n',
    expected: { reviewYear: [2021, 'text'] },
  },
  {
    name: 'year after the region in the title (session year), dateline decides',
    text: '临江市2015年政府工作报告\n发布时间:2016-03-09\n——2016年1月29日在临江市第十五届人民代表大会第六次会议上\n',
    expected: { region: ['临江市', 'title'], regionLevel: ['city', 'title'], reportDate: ['2016-01-29', 'dateline'], reviewYear: [2015, 'dateline'] },
  },
  {
    name: 'dateline without dash or 在, in brackets (通过)',
    text: '(2022年1月2日临江市第十七届人民代表大会第一次会议第四次大会通过)\n市人民政府市长 李某\n',
    expected: { region: ['临江市', 'dateline'], reportDate: ['2022-01-02', 'dateline'], reviewYear: [2021, 'dateline'] },
  },
  {
    name: 'Chinese-numeral dateline',
    text: '临江市政府工作报告\n——二〇二一年一月十八日在临江市第十五届人民代表大会第六次会议上\n',
    expected: { region: ['临江市', 'title'], reportDate: ['2021-01-18', 'dateline'], reviewYear: [2020, 'dateline'] },
  },
  {
    name: 'traditional script with pinyin glosses and spaced heading',
    text: '政 府 工 作 報(bào) 告\n——2016年11月24日在雲嶺縣第十六屆人民代表大會第一次會議上\n雲嶺縣縣長 某某\n',
    expected: { region: ['云岭县', 'dateline'], regionLevel: ['county', 'dateline'], reportDate: ['2016-11-24', 'dateline'], reviewYear: [2016, 'dateline'], title: ['政府工作报告', 'title'] },
  },
  {
    name: 'province report; the bracketed province is context',
    text: '(江南省)2017年江南省人民政府工作报告(全文)\n公文搜 2021-07-23 政府报告\n',
    expected: { region: ['江南省', 'title'], regionLevel: ['province', 'title'], reviewYear: [2016, 'title'] },
  },
  {
    name: 'breadcrumb is not the title; the next line is',
    text: '您当前的位置:首页 > 信息公开 > 云岭县政府办 > 政府工作报告\n\n云岭县2022年政府工作报告\n',
    expected: { region: ['云岭县', 'title'], title: ['云岭县2022年政府工作报告', 'title'], reviewYear: [2021, 'title'] },
  },
  {
    name: 'site tag in brackets before the title',
    text: '【青川区招商】2021年青川区政府工作报告\n2021年1月26日在区第一届人民代表大会第七次会议上\n',
    expected: { region: ['青川区', 'title'], reportDate: ['2021-01-26', 'dateline'], title: ['2021年青川区政府工作报告', 'title'] },
  },
  {
    name: 'file name with a pinyin region and an ISO date',
    text: '各位代表:\n现在,我代表市人民政府,向大会报告工作。\n',
    file: 'linjiang-2024-01-13.txt',
    expected: { region: [null, 'none'], regionLevel: ['city', 'text'], reportDate: ['2024-01-13', 'filename'], reviewYear: [2023, 'filename'], title: [null, 'none'] },
  },
  {
    name: 'Chinese file name',
    text: '各位代表:现在我代表市人民政府报告工作。',
    file: '/data/reports/临江市2023年政府工作报告.docx',
    expected: { region: ['临江市', 'filename'], regionLevel: ['city', 'filename'], reviewYear: [2022, 'filename'], title: ['临江市2023年政府工作报告', 'filename'] },
  },
  {
    name: 'speaker line names the county',
    text: '各位代表:\n云岭县人民政府县长 某某\n现在,我代表县人民政府向大会报告工作。',
    expected: { region: ['云岭县', 'text'], regionLevel: ['county', 'text'] },
  },
  // Negative cases: nothing to find, or things that only look like metadata.
  { name: 'empty text, no file name', text: '', file: '', expected: { region: [null, 'none'], regionLevel: [null, 'none'], reportDate: [null, 'none'], reviewYear: [null, 'none'], title: [null, 'none'] } },
  {
    name: 'a web publication date is not the report date',
    text: '发布时间:2024-02-01 10:00\n全区地区生产总值增长5.8%。\n',
    file: 'page.html',
    expected: { reportDate: [null, 'none'], reviewYear: [null, 'none'], region: [null, 'none'] },
  },
  {
    name: '全市 and 开发区 are not regions; the bare 区 of a dateline is not one either',
    text: '2021年1月26日在区第一届人民代表大会第七次会议上\n全市开发区新增企业20家。',
    expected: { region: [null, 'none'], reportDate: ['2021-01-26', 'dateline'] },
  },
  {
    name: 'impossible dates are ignored',
    text: '——2024年13月45日在临江市第十五届人民代表大会第二次会议上',
    file: 'x-2023-02-29.txt',
    expected: { reportDate: [null, 'none'], region: [null, 'none'] },
  },
  { name: 'a leap day is a date', text: '', file: 'x-2024-02-29.txt', expected: { reportDate: ['2024-02-29', 'filename'], reviewYear: [2023, 'filename'] } },
];

describe('detectMeta', () => {
  it.each(cases)('$name', ({ text, file, expected }) => check(detectMeta(text, file ?? 'report.txt'), expected));

  it('reads only the head: metadata deep in a long text is not found, and a million digits are quick', () => {
    const long = '数'.repeat(10_000) + '\n临江市2023年政府工作报告';
    expect(detectMeta(long, 'a.txt').title.value).toBeNull();
    const digits = '1'.repeat(1_000_000);
    expect(detectMeta(digits, 'digits.txt').region.value).toBeNull();
  });

  it('never throws and always returns every field with a source (any text, any name)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 40 }), (text, name) => {
        const m = detectMeta(text, name);
        for (const f of [m.region, m.regionLevel, m.reportDate, m.reviewYear, m.title]) {
          expect(f.value === null ? f.source === 'none' : f.source !== 'none').toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('region helpers', () => {
  it.each([
    ['临江市青川区', 'district'],
    ['江南省', 'province'],
    ['上海市', 'province'],
    ['云岭县', 'county'],
    ['临江市', 'city'],
    ['临江市潜川市', 'county'],
    ['西岭自治州', 'city'],
    ['青川', null],
  ])('levelOf(%s) = %s', (region, level) => expect(levelOf(region)).toBe(level));

  it.each([
    ['2024年青川区', '青川区'],
    ['关于临江市', '临江市'],
    ['江南省临江市', '临江市'],
    ['临江市和县', '临江市和县'],
    ['全市', null],
    ['市人民政府市', null],
    ['开发区', null],
    ['', null],
    ['区', null],
  ])('cleanRegion(%j) = %j', (raw, region) => expect(cleanRegion(raw)).toBe(region));

  it.each([
    [{ year: 2024, month: 1, day: 13 }, 2023],
    [{ year: 2024, month: 9, day: 30 }, 2023],
    [{ year: 2024, month: 10, day: 1 }, 2024],
    [{ year: 2024, month: 12, day: 24 }, 2024],
    [{ year: 2024, month: null, day: null }, null],
  ])('reviewYearOfDate(%j) = %j', (d, y) => expect(reviewYearOfDate(d)).toBe(y));
});

// The real corpus, when present: every report's dateline date must agree with its file name.
const CORPUS = path.resolve(__dirname, '../../../../shared/corpus/text');
describe.runIf(existsSync(CORPUS))('detectMeta on the shared corpus', () => {
  it('agrees with the date in each file name whenever it finds a dateline', () => {
    let checked = 0;
    for (const f of readdirSync(CORPUS).filter((n) => /\d{4}-\d{2}-\d{2}/.test(n))) {
      const meta = detectMeta(readFileSync(path.join(CORPUS, f), 'utf8'), 'x.txt');
      if (meta.reportDate.source !== 'dateline') continue;
      checked++;
      expect({ f, date: meta.reportDate.value }).toEqual({ f, date: /\d{4}-\d{2}-\d{2}/.exec(f)![0] });
    }
    expect(checked).toBeGreaterThan(15);
  });
});
if (!existsSync(CORPUS)) console.warn(`skipping corpus checks: ${CORPUS} not found`);
