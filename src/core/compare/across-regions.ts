// One year across regions: a column per region, ranked.
import type { IndicatorKind } from '../model';
import type { MetricMapping, StoredReport } from '../../shared/api';
import type { Catalogue } from '../catalogue';
import type { AcrossRegionsRow, AcrossRegionsView, Cell } from './types';
import { chooseByKey, regionOf, sortRegions, yearOf } from './grouping';
import { lineUp, pickCell, sortRows } from './rows';

const KINDS: ReadonlySet<IndicatorKind> = new Set(['actual', 'estimate']);

/** 1-based competition ranks, largest first (smallest first where lower is better: 失业率, 能耗);
 *  equal values share a rank (1, 1, 3). */
export function rankDescending(values: ReadonlyMap<string, number>, lowerIsBetter = false): Record<string, number> {
  const sign = lowerIsBetter ? -1 : 1;
  const sorted = [...values].filter(([, v]) => Number.isFinite(v)).sort((a, b) => sign * (b[1] - a[1]));
  const ranks: [string, number][] = [];
  sorted.forEach(([key, value], i) => {
    const rank = i > 0 && sameValue(value, sorted[i - 1][1]) ? ranks[i - 1][1] : i + 1;
    ranks.push([key, rank]);
  });
  return Object.fromEntries(ranks);
}

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** Change units of a row's cells; ranks by change only compare cells in the most common one. */
function modalChangeUnit(cells: readonly (Cell | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const c of cells) if (c?.change) counts.set(c.change.unit, (counts.get(c.change.unit) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [unit, count] of counts) if (count > n || (count === n && best !== null && unit < best)) [best, n] = [unit, count];
  return best;
}

/** The reports reviewing `year`, one column per region (the unknown bucket last), each metric ranked by
 *  normalised value (best first); regions lacking a metric have a null cell and no rank. Reports without a year under
 *  review are not placed (see listYears). */
export function buildAcrossRegions(
  reports: readonly StoredReport[],
  year: number,
  mapping: MetricMapping | null | undefined,
  catalogue: Catalogue | null | undefined,
): AcrossRegionsView {
  const ofYear = (reports ?? []).filter((r) => r && yearOf(r) === year);
  const { chosen, shadowed } = chooseByKey(ofYear, regionOf);
  const regions = sortRegions(chosen.keys());
  const columns = regions.map((region) => ({ key: region, report: chosen.get(region)! }));

  const rows: AcrossRegionsRow[] = lineUp(columns, KINDS, mapping, catalogue).map(({ key, entries }) => {
    const cellMap = new Map<string, Cell | null>(regions.map((region) => [region, pickCell(entries.get(region))]));
    const values = new Map<string, number>();
    for (const [region, cell] of cellMap) if (cell && cell.value !== null && cell.normValue !== null) values.set(region, cell.normValue);
    const unit = modalChangeUnit([...cellMap.values()]);
    const changes = new Map<string, number>();
    for (const [region, cell] of cellMap) if (cell?.change && cell.change.unit === unit) changes.set(region, cell.change.value);
    const best = key.lowerIsBetter === true;
    const changeRanks = rankDescending(changes, best);
    const byChange = key.changeOnly === true;
    return {
      key,
      cells: Object.fromEntries(cellMap),
      ranks: byChange ? changeRanks : rankDescending(values, best),
      changeRanks,
      rankBy: byChange ? 'change' : 'value',
    };
  });

  return {
    year,
    regions,
    rows: sortRows(rows, catalogue, (row) => regions.filter((r) => row.cells[r]).length),
    reportIds: Object.fromEntries(regions.map((r) => [r, chosen.get(r)!.id])),
    shadowed,
  };
}
