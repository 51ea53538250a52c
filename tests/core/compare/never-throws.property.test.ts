// Builders must never throw, whatever the reports hold: random indicators, missing or odd metadata,
// NaN and infinite numbers, merges with cycles, names that are object prototype keys.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildAcrossRegions, buildAcrossYears, buildSideBySide, listRegions, listYears } from '../../../src/core/compare';
import { longCsv, wideCsv, tsv, wideTable } from '../../../src/core/csv';
import type { Indicator, IndicatorKind, SectionKind } from '../../../src/core/model';
import type { MetricMapping, StoredReport } from '../../../src/shared/api';
import { catalogue, report } from './fixtures';

const metricKey = fc.constantFrom('gdp', 'cpi', 'unemployment', 'label:甲', 'label:乙', '__proto__', 'constructor', '');
const number = fc.oneof(fc.double(), fc.integer({ min: -1e6, max: 1e6 }), fc.constant(0), fc.constant(NaN), fc.constant(Infinity));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const unit = fc.constantFrom('亿元', '万元', '元', '%', '‰', '户', '', '个百分点', '倍', '千瓦时');

const indicator: fc.Arbitrary<Indicator> = fc
  .record({
    id: fc.string({ maxLength: 4 }),
    label: fc.string({ maxLength: 6 }),
    value: maybe(number),
    unit: maybe(unit),
    normValue: maybe(number),
    baseUnit: maybe(unit),
    change: maybe(fc.record({ value: number, unit })),
    approx: fc.boolean(),
    kind: fc.constantFrom<IndicatorKind>('actual', 'estimate', 'target', 'rank', 'comparison'),
    section: fc.constantFrom<SectionKind>('review', 'problems', 'plan', 'other'),
    metric: metricKey,
    catalogued: fc.boolean(),
    start: fc.integer({ min: -5, max: 60 }),
    end: fc.integer({ min: -5, max: 60 }),
    sentenceStart: fc.integer({ min: -5, max: 60 }),
    sentenceEnd: fc.integer({ min: -5, max: 60 }),
    edited: fc.boolean(),
  })
  .map((r) => r as Indicator);

const reportArb: fc.Arbitrary<StoredReport> = fc
  .record({
    id: fc.string({ maxLength: 3 }),
    region: maybe(fc.constantFrom('甲区', '乙区', '', ' ', '__proto__')),
    year: maybe(fc.oneof(fc.integer({ min: 2018, max: 2025 }), fc.constant(NaN), fc.constant(-1), fc.constant(2020.5))),
    date: maybe(fc.constantFrom('2024-01-20', '2024-01', 'garbage', '')),
    text: fc.string({ maxLength: 50 }),
    indicators: fc.array(indicator, { maxLength: 12 }),
  })
  .map((spec) => report(spec));

const mappingArb: fc.Arbitrary<MetricMapping> = fc.record({
  merges: fc.dictionary(metricKey, metricKey, { maxKeys: 4 }),
  names: fc.dictionary(metricKey, fc.string({ maxLength: 4 }), { maxKeys: 3 }),
});

describe('builders never throw', () => {
  it('on arbitrary reports, mappings and selections', () => {
    fc.assert(
      fc.property(fc.array(reportArb, { maxLength: 6 }), mappingArb, fc.constantFrom('zh', 'en' as const), (reports, mapping, lang) => {
        for (const region of [...listRegions(reports), '不存在']) {
          const view = buildAcrossYears(reports, region, mapping, catalogue);
          expect(view.region).toBe(region);
          for (const row of view.rows) for (const year of view.years) expect(row.cells[year] === null || typeof row.cells[year] === 'object').toBe(true);
          wideCsv(view, lang);
        }
        for (const year of [...listYears(reports), 1999]) {
          const view = buildAcrossRegions(reports, year, mapping, catalogue);
          for (const row of view.rows) {
            for (const [region, rank] of Object.entries(row.ranks)) {
              expect(view.regions).toContain(region);
              expect(rank).toBeGreaterThanOrEqual(1);
            }
          }
          tsv(wideTable(view, lang).rows);
        }
        if (reports.length >= 2) wideCsv(buildSideBySide(reports[0], reports[1], mapping, catalogue), lang);
        expect(longCsv(reports, mapping, catalogue, lang).startsWith('\uFEFF')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
