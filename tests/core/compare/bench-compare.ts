// Benchmark (prints figures, asserts nothing): 50 reports × 300 metrics through every builder and the
// CSV export. Run: npx tsx tests/core/compare/bench-compare.ts
import { buildAcrossRegions, buildAcrossYears, buildSideBySide, listRegions, listYears } from '../../../src/core/compare';
import { longCsv, wideCsv } from '../../../src/core/csv';
import type { Indicator } from '../../../src/core/model';
import type { StoredReport } from '../../../src/shared/api';
import { catalogue, ind, report } from './fixtures';

const REGIONS = 10;
const YEARS = 5;
const METRICS = 300;

function makeReports(): StoredReport[] {
  const reports: StoredReport[] = [];
  for (let r = 0; r < REGIONS; r++) {
    for (let y = 0; y < YEARS; y++) {
      const indicators: Indicator[] = [];
      for (let m = 0; m < METRICS; m++) {
        const start = m * 40;
        indicators.push(
          ind({
            label: `指标${m}`,
            metric: m < 20 ? `m${m}` : `label:指标${m}`,
            value: m % 7 === 0 ? null : 100 + r * 3 + y * 5 + m,
            unit: m % 7 === 0 ? null : m % 3 === 0 ? '%' : '亿元',
            change: m % 2 === 0 ? { value: (m % 13) - 4, unit: '%' } : null,
            kind: m % 11 === 0 ? 'target' : 'actual',
            start,
            end: start + 6,
            sentenceStart: start,
            sentenceEnd: start + 30,
          }),
        );
      }
      reports.push(report({ id: `r${r}-${y}`, region: `区${r}`, year: 2019 + y, date: `${2020 + y}-01-15`, text: '某'.repeat(METRICS * 40), indicators }));
    }
  }
  return reports;
}

function time(name: string, runs: number, fn: () => unknown): void {
  fn(); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) fn();
  const ms = (performance.now() - t0) / runs;
  console.log(`${name.padEnd(46)} ${ms.toFixed(2).padStart(9)} ms/run`);
}

const reports = makeReports();
const mapping = { merges: { 'label:指标25': 'm1', 'label:指标26': 'label:指标25' }, names: {} };
console.log(`${reports.length} reports × ${METRICS} indicators = ${reports.length * METRICS} indicators`);
const region = listRegions(reports)[0];
const year = listYears(reports).at(-1)!;
time('listRegions + listYears', 20, () => [listRegions(reports), listYears(reports)]);
time(`buildAcrossYears (1 region × ${YEARS} years)`, 20, () => buildAcrossYears(reports, region, mapping, catalogue));
time(`buildAcrossYears (all ${REGIONS} regions)`, 5, () => listRegions(reports).map((r) => buildAcrossYears(reports, r, mapping, catalogue)));
time(`buildAcrossRegions (1 year × ${REGIONS} regions)`, 20, () => buildAcrossRegions(reports, year, mapping, catalogue));
time('buildSideBySide', 20, () => buildSideBySide(reports[0], reports[1], mapping, catalogue));
time('wideCsv(across years)', 20, () => wideCsv(buildAcrossYears(reports, region, mapping, catalogue), 'zh'));
time(`longCsv (all ${reports.length * METRICS} indicators)`, 5, () => longCsv(reports, mapping, catalogue, 'zh'));
