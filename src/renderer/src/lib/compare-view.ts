// What the comparison screens add to the core's view models: row filtering (search, headline
// only) and the numbers a chart plots. Pure: unit-tested.
import type { Cell, RowKey } from '../../../core/compare';
import type { Language } from '../../../shared/api';

export const SERIES_COLORS = ['#1f5fbf', '#d97706', '#237a32', '#b42318', '#6b21a8', '#0e7490', '#a16207', '#be185d'];

/** Rows whose name (either language), metric key or base unit contains the query; headline rows only if asked. */
export function filterRows<R extends { key: RowKey }>(rows: readonly R[], query: string, headlineOnly: boolean, language: Language): R[] {
  const q = query.trim().toLowerCase();
  return rows.filter((row) => {
    if (headlineOnly && !row.key.headline) return false;
    if (!q) return true;
    const name = language === 'zh' ? row.key.name : (row.key.nameEn ?? row.key.name);
    return [name, row.key.name, row.key.nameEn ?? '', row.key.metric].some((s) => s.toLowerCase().includes(q));
  });
}

/** The number a chart plots for a cell: the value in base units, else its reported change; null when absent. */
export function chartPoint(cell: Cell | null): number | null {
  if (!cell) return null;
  if (cell.value !== null && cell.normValue !== null && Number.isFinite(cell.normValue)) return cell.normValue;
  if (cell.change && Number.isFinite(cell.change.value)) return cell.change.value;
  return null;
}

/** The unit a row plots in: its base unit, or the change unit for change-only rows. */
export function seriesUnit(row: { key: RowKey; cells: Record<string | number, Cell | null> }): string {
  if (row.key.baseUnit) return row.key.baseUnit;
  for (const cell of Object.values(row.cells)) if (cell?.change) return cell.change.unit;
  return '';
}
