import { describe, expect, it } from 'vitest';
import type { StoredReport } from '../../src/shared/api';
import { groupReports, regionsWithYears, reportLabel, yearsWithRegions } from '../../src/renderer/src/lib/library';

function report(id: string, region: string | null, year: number | null, fileName = `${id}.txt`): StoredReport {
  const none = { value: null, source: 'none' as const };
  return {
    id,
    addedAt: '2024-01-01T00:00:00Z',
    demo: false,
    indicators: [],
    document: {
      fileName, format: 'txt', encoding: 'utf-8', text: '', contentHash: id, sizeBytes: 0, warnings: [],
      meta: {
        region: { value: region, source: region ? 'title' : 'none' },
        regionLevel: none,
        reportDate: none,
        reviewYear: { value: year, source: year ? 'text' : 'none' },
        title: none,
      },
    },
  };
}

const reports = [
  report('a', '铜官区', 2022),
  report('b', '铜官区', 2023),
  report('c', '义安区', 2023),
  report('d', null, 2023),
  report('e', '铜官区', null),
  report('f', '郊区', 2021),
];

describe('groupReports', () => {
  it('groups by region (unknown last) and year (latest first, unknown last)', () => {
    const groups = groupReports(reports);
    // Pinyin order: Jiao, Tong, Yi; the undetected region last.
    expect(groups.map((g) => g.region)).toEqual(['郊区', '铜官区', '义安区', null]);
    const tg = groups.find((g) => g.region === '铜官区')!;
    expect(tg.years.map((y) => y.year)).toEqual([2023, 2022, null]);
    expect(tg.count).toBe(3);
  });

  it('an empty library has no groups', () => {
    expect(groupReports([])).toEqual([]);
  });
});

describe('regionsWithYears / yearsWithRegions', () => {
  it.each([
    ['regions with two known years', () => regionsWithYears(reports), ['铜官区']],
    ['years with two known regions', () => yearsWithRegions(reports), [2023]],
    ['one year is enough when asked', () => regionsWithYears(reports, 1).length, 3],
    ['none when nothing qualifies', () => yearsWithRegions([report('x', '甲区', 2020)]), []],
  ] as const)('%s', (_name, run, expected) => {
    expect(run()).toEqual(expected);
  });
});

describe('reportLabel', () => {
  it.each([
    [report('a', '铜官区', 2023, 'f.txt'), '铜官区 2023 · f.txt'],
    [report('b', null, 2023, 'g.txt'), '(未知) 2023 · g.txt'],
    [report('c', null, null, 'h.txt'), 'h.txt'],
  ])('%#', (r, expected) => {
    expect(reportLabel(r, '(未知)')).toBe(expected);
  });
});
