// Whole-document check over the real corpus (../shared/corpus, read at test time, never copied): the
// gold figures of every report, lined up across years and regions with the shipped catalogue.
// Skips with a message when the corpus is not present.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { buildAcrossRegions, buildAcrossYears, buildSideBySide, listRegions, listYears } from '../../../src/core/compare';
import { longCsv } from '../../../src/core/csv';
import { splitUnit } from '../../../src/core/format';
import { defaultCatalogue } from '../../../src/core/catalogue';
import type { Indicator, IndicatorKind } from '../../../src/core/model';
import type { StoredReport } from '../../../src/shared/api';
import { noMapping, report } from './fixtures';

const CORPUS = resolve(__dirname, '../../../../shared/corpus');
const present = existsSync(join(CORPUS, 'gold')) && existsSync(join(CORPUS, 'text'));
if (!present) console.warn(`corpus not found at ${CORPUS}: skipping the whole-document comparison test`);

interface Gold {
  quote: string;
  label: string;
  value: number | null;
  unit: string | null;
  change: { value: number; unit: string } | null;
  kind?: IndicatorKind;
  metric?: string;
}

const catalogue = defaultCatalogue();

/** 'maanshan-2019-01-06-p2' → region maanshan, report date 2019-01-06, reviewing 2018 (Oct–Dec: same year). */
function metaOf(name: string): { region: string; date: string | null; year: number | null } {
  const m = /^(?:seed-)?([a-z]+)-(\d{4})(?:-(\d{2})-(\d{2}))?/.exec(name);
  if (!m) return { region: name, date: null, year: null };
  const year = Number(m[2]);
  const month = m[3] ? Number(m[3]) : 1;
  return { region: m[1], date: m[3] ? `${m[2]}-${m[3]}-${m[4]}` : null, year: month >= 10 ? year : year - 1 };
}

function loadReports(): StoredReport[] {
  return readdirSync(join(CORPUS, 'gold'))
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.jsonl$/, '');
      const text = readFileSync(join(CORPUS, 'text', `${name}.txt`), 'utf8');
      const golds: Gold[] = readFileSync(join(CORPUS, 'gold', file), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l));
      let from = 0;
      const indicators: Indicator[] = golds.map((g, i) => {
        const at = text.indexOf(g.quote, from);
        const start = at >= 0 ? at : 0;
        if (at >= 0) from = at;
        const { multiplier, base } = g.unit ? splitUnit(g.unit) : { multiplier: 1, base: '' };
        const match = g.metric ? { metric: g.metric, catalogued: true } : catalogue.match(g.label, g.unit);
        return {
          id: `${name}#${i}`,
          label: g.label,
          value: g.value,
          unit: g.unit,
          normValue: g.value === null ? null : g.value * multiplier,
          baseUnit: g.unit ? base : null,
          change: g.change,
          approx: false,
          kind: g.kind ?? 'actual',
          section: g.kind === 'target' ? 'plan' : 'review',
          metric: match.metric,
          catalogued: match.catalogued,
          start,
          end: start + g.quote.length,
          sentenceStart: start,
          sentenceEnd: start + g.quote.length,
        };
      });
      const meta = metaOf(name);
      return report({ id: name, region: meta.region, year: meta.year, date: meta.date, fileName: `${name}.txt`, text, indicators });
    });
}

describe.skipIf(!present)('comparison over the real corpus (gold figures)', () => {
  const reports = present ? loadReports() : [];

  it('builds every across-years view; cells come from the report shown for their year', () => {
    let computedCount = 0;
    for (const region of listRegions(reports)) {
      const view = buildAcrossYears(reports, region, noMapping, catalogue);
      expect(view.years).toEqual(listYears(reports, region));
      for (const row of view.rows) {
        for (const year of view.years) {
          const cell = row.cells[year];
          if (cell) {
            expect(cell.reportId).toBe(view.reportIds?.[year]);
            expect(['actual', 'estimate']).toContain(cell.kind);
          }
          const computed = row.computed[year];
          if (computed) {
            computedCount++;
            expect(Number.isFinite(computed.value)).toBe(true);
          }
        }
      }
    }
    expect(computedCount).toBeGreaterThan(0);
  });

  it('lines up GDP of one city over several years; duplicate pages of one report are shadowed', () => {
    const view = buildAcrossYears(reports, 'maanshan', noMapping, catalogue);
    const gdp = view.rows.find((r) => r.key.metric === 'gdp' && r.key.baseUnit === '元');
    expect(gdp, 'a GDP row in yuan').toBeDefined();
    expect(view.years.filter((y) => gdp!.cells[y]).length).toBeGreaterThanOrEqual(2);
    expect(view.rows[0].key.headline).toBe(true);
    expect(view.shadowed?.length).toBeGreaterThan(0);
  });

  it('builds every across-regions view with consistent ranks, and side by side', () => {
    for (const year of listYears(reports)) {
      const view = buildAcrossRegions(reports, year, noMapping, catalogue);
      for (const row of view.rows) {
        for (const region of view.regions) {
          if (row.cells[region] === null) expect(row.ranks[region]).toBeUndefined();
        }
        const ranks = Object.values(row.ranks);
        if (ranks.length > 0) expect(Math.min(...ranks)).toBe(1);
      }
    }
    const view = buildSideBySide(reports[0], reports[1], noMapping, catalogue);
    expect(view.both.length + view.leftOnly.length + view.rightOnly.length).toBeGreaterThan(0);
  });

  it('exports every gold figure to the long CSV and reads it back', () => {
    const csv = longCsv(reports, noMapping, catalogue, 'zh');
    const rows = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data;
    const total = reports.reduce((n, r) => n + r.indicators.length, 0);
    expect(rows.length).toBe(1 + total);
    expect(rows.slice(1).every((r) => r.length === 16)).toBe(true);
  });
});
