// One region over the years: a column per year under review.
import type { IndicatorKind } from '../model';
import type { MetricMapping, StoredReport } from '../../shared/api';
import type { Catalogue } from '../catalogue';
import type { AcrossYearsRow, AcrossYearsView, Cell, ComputedChange, TargetCheck } from './types';
import { chooseByKey, regionOf, yearOf } from './grouping';
import { isRateOfChange, isRealGrowth } from './metric';
import { comparePreference, lineUp, pickCell, sortRows, toCell, type Entry } from './rows';
import { computeChange } from './change';
import { checkTarget, qualifierOf, type TargetOptions } from './targets';

const KINDS: ReadonlySet<IndicatorKind> = new Set(['actual', 'estimate', 'target']);

/** The reports of `region` (UNKNOWN_REGION for those without one) side by side by year under review.
 *  Cells hold actual or estimate figures (estimate is marked by the cell's kind). Targets stated in the
 *  report reviewing year Y − 1 are checked against year Y; those of the latest report are listed under
 *  the year after it (status unknown) even though that year has no column. */
export function buildAcrossYears(
  reports: readonly StoredReport[],
  region: string,
  mapping: MetricMapping | null | undefined,
  catalogue: Catalogue | null | undefined,
): AcrossYearsView {
  const mine = (reports ?? []).filter((r) => r && regionOf(r) === region);
  const unplaced = mine.filter((r) => yearOf(r) === null).map((r) => r.id).sort();
  const { chosen, shadowed } = chooseByKey(mine, yearOf);
  const years = [...chosen.keys()].sort((a, b) => a - b);
  const columns = years.map((year) => ({ key: year, report: chosen.get(year)! }));
  const built = lineUp(columns, KINDS, mapping, catalogue);

  const rows: AcrossYearsRow[] = built.map(({ key, entries }) => {
    const realGrowth = isRealGrowth(key);
    const lowerIsBetter = key.lowerIsBetter === true;
    const levelIsChange = isRateOfChange(key.metric, [key.name, key.nameEn]);
    const cells: Record<number, Cell | null> = {};
    const computed: Record<number, ComputedChange | null> = {};
    const targets: Record<number, TargetCheck | null> = {};
    const appeared: number[] = [];
    const disappeared: number[] = [];

    let previous: { year: number; cell: Cell | null } | null = null;
    for (const year of years) {
      const all = entries.get(year) ?? [];
      const cell = pickCell(all.filter((e) => e.indicator.kind !== 'target'));
      cells[year] = cell;
      computed[year] = previous
        ? computeChange(previous.cell, cell, { span: year - previous.year, realGrowth })
        : null;
      if (previous && previous.cell && !cell) disappeared.push(year);
      if (previous && !previous.cell && cell) appeared.push(year);
      targets[year] = null;
      previous = { year, cell };
    }
    // Targets set in the report reviewing year Y for year Y + 1.
    for (const year of years) {
      const goals = (entries.get(year) ?? []).filter((e) => e.indicator.kind === 'target');
      if (goals.length === 0) continue;
      const next = year + 1;
      const result = chosen.has(next) ? (cells[next] ?? null) : null;
      targets[next] = bestTargetCheck(goals, result, computed[next] ?? null, { lowerIsBetter, realGrowth, levelIsChange });
    }
    return { key, cells, computed, targets, appeared, disappeared };
  });

  return {
    region,
    years,
    rows: sortRows(rows, catalogue, (row) => years.filter((y) => row.cells[y]).length),
    reportIds: Object.fromEntries(years.map((y) => [y, chosen.get(y)!.id])),
    shadowed,
    unplaced,
  };
}

/** Of several targets for one metric (a level and a growth rate, say), the preferred one that can be
 *  judged; the others stay reachable as the target cell's alternatives. */
function bestTargetCheck(
  goals: Entry<number>[],
  result: Cell | null,
  computed: ComputedChange | null,
  options: TargetOptions,
): TargetCheck {
  const ordered = [...goals].sort(comparePreference);
  const checks = ordered.map((entry) =>
    checkTarget(toCell(entry), qualifierOf(entry.report.document?.text, entry.indicator), result, computed, options),
  );
  const index = Math.max(0, checks.findIndex((c) => c.status !== 'unknown'));
  const best = checks[index];
  const others = ordered.filter((_, i) => i !== index);
  if (others.length > 0) {
    best.target.alternatives = others.length;
    best.target.alternativeIds = others.map((e) => e.indicator.id);
  }
  return best;
}
