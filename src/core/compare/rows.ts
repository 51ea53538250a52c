// Lines up the indicators of a set of columns (one report each) into rows, in linear passes.
//
// Rule for change-only statements ('GDP增长6%', value null): when the view holds a level of the same
// metric (GDP 715亿元), the change-only statements join that level's row (the one with the most
// statements; ties by unit), so a metric never splits into a level row and an unrelated 'change' row.
// In a cell, a change-only statement then fills the change of the level when the level has none, or
// stands alone (value null, change shown) in a column where the level is not stated. Only when the
// view holds no level of the metric at all does a change-only row of its own exist.
import type { Indicator, IndicatorKind } from '../model';
import type { MetricMapping, StoredReport } from '../../shared/api';
import type { Catalogue } from '../catalogue';
import type { Cell, RowKey } from './types';
import { CHANGE_ONLY, resolveMetric, rowId, rowKeyOf, unitKeyOf } from './metric';
import { compareNames } from './grouping';

export interface Column<C> {
  key: C;
  report: StoredReport;
}

export interface Entry<C> {
  column: C;
  report: StoredReport;
  indicator: Indicator;
  metric: string;
}

export interface RowBuild<C> {
  key: RowKey;
  /** Column → its entries in this row, in text order. */
  entries: Map<C, Entry<C>[]>;
}

/** Kinds that never line up as values. */
const NOT_LINED_UP: ReadonlySet<IndicatorKind> = new Set(['rank', 'comparison']);

function usable(indicator: Indicator | null | undefined): indicator is Indicator {
  if (!indicator || typeof indicator !== 'object') return false;
  if (NOT_LINED_UP.has(indicator.kind)) return false;
  const hasValue = typeof indicator.value === 'number' && Number.isFinite(indicator.value);
  const hasChange = !!indicator.change && typeof indicator.change.value === 'number' && Number.isFinite(indicator.change.value);
  return hasValue || (indicator.value === null && hasChange);
}

/** Groups the indicators of `columns` (of the given kinds) into rows. Linear in the number of indicators. */
export function lineUp<C>(
  columns: readonly Column<C>[],
  kinds: ReadonlySet<IndicatorKind>,
  mapping: MetricMapping | null | undefined,
  catalogue: Catalogue | null | undefined,
): RowBuild<C>[] {
  const entries: (Entry<C> & { unitKey: string })[] = [];
  // metric → level unit → number of statements, to choose the row change-only statements join.
  const levelUnits = new Map<string, Map<string, number>>();
  for (const { key, report } of columns) {
    const indicators = Array.isArray(report?.indicators) ? report.indicators : [];
    for (const indicator of indicators) {
      if (!usable(indicator) || !kinds.has(indicator.kind)) continue;
      const metric = resolveMetric(indicator, mapping);
      const unitKey = unitKeyOf(indicator);
      entries.push({ column: key, report, indicator, metric, unitKey });
      if (unitKey !== CHANGE_ONLY) {
        const units = levelUnits.get(metric) ?? new Map<string, number>();
        units.set(unitKey, (units.get(unitKey) ?? 0) + 1);
        levelUnits.set(metric, units);
      }
    }
  }
  const changeHome = new Map<string, string>();
  for (const [metric, units] of levelUnits) {
    const best = [...units].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0];
    changeHome.set(metric, best[0]);
  }

  interface Building {
    first: Entry<C> & { unitKey: string };
    unitKey: string;
    labels: Map<string, number>;
    entries: Map<C, Entry<C>[]>;
  }
  const rows = new Map<string, Building>();
  for (const entry of entries) {
    const unitKey = entry.unitKey === CHANGE_ONLY ? (changeHome.get(entry.metric) ?? CHANGE_ONLY) : entry.unitKey;
    const id = rowId(entry.metric, unitKey);
    let row = rows.get(id);
    if (!row) {
      row = { first: entry, unitKey, labels: new Map(), entries: new Map() };
      rows.set(id, row);
    }
    const label = String(entry.indicator.label ?? '').trim();
    if (label) row.labels.set(label, (row.labels.get(label) ?? 0) + 1);
    const list = row.entries.get(entry.column);
    if (list) list.push(entry);
    else row.entries.set(entry.column, [entry]);
  }

  const out: RowBuild<C>[] = [];
  for (const row of rows.values()) {
    for (const list of row.entries.values()) list.sort((a, b) => a.indicator.start - b.indicator.start);
    out.push({
      key: rowKeyOf(row.first.indicator, mapping, catalogue, { unitKey: row.unitKey, fallbackName: mostCommon(row.labels) }),
      entries: row.entries,
    });
  }
  return out;
}

/** Most frequent label; ties go to the one seen first. */
function mostCommon(labels: Map<string, number>): string | undefined {
  let best: string | undefined;
  let count = 0;
  for (const [label, n] of labels) {
    if (n > count) {
      best = label;
      count = n;
    }
  }
  return best;
}

const KIND_ORDER: Record<string, number> = { actual: 0, estimate: 1, target: 2 };

/** Preference among indicators of one report that line up in one place: a level before a bare change,
 *  catalogued, stated under the metric itself (not merged in), in the expected section, exact before
 *  approximate, actual before estimate, then the first in the text. */
export function comparePreference<C>(a: Entry<C>, b: Entry<C>): number {
  const ia = a.indicator;
  const ib = b.indicator;
  const expected = (e: Entry<C>) => (e.indicator.kind === 'target' ? 'plan' : 'review');
  return (
    Number(ia.value === null) - Number(ib.value === null) ||
    Number(!ia.catalogued) - Number(!ib.catalogued) ||
    Number(ia.metric !== a.metric) - Number(ib.metric !== b.metric) ||
    Number(ia.section !== expected(a)) - Number(ib.section !== expected(b)) ||
    Number(!!ia.approx) - Number(!!ib.approx) ||
    (KIND_ORDER[ia.kind] ?? 9) - (KIND_ORDER[ib.kind] ?? 9) ||
    (ia.start ?? 0) - (ib.start ?? 0) ||
    (ia.id < ib.id ? -1 : ia.id > ib.id ? 1 : 0)
  );
}

export function toCell(entry: Pick<Entry<unknown>, 'report' | 'indicator'>): Cell {
  const i = entry.indicator;
  return {
    reportId: entry.report.id,
    indicatorId: i.id,
    label: i.label,
    value: i.value,
    unit: i.unit,
    normValue: i.normValue,
    baseUnit: i.baseUnit,
    change: i.change ? { value: i.change.value, unit: i.change.unit } : null,
    approx: !!i.approx,
    kind: i.kind,
    edited: !!i.edited,
  };
}

/** The one cell shown for a column: the preferred entry; a change-only statement fills a level's
 *  missing change; every other entry stays reachable as an alternative. Null when there is none. */
export function pickCell<C>(entries: readonly Entry<C>[] | undefined): Cell | null {
  if (!entries || entries.length === 0) return null;
  const ordered = [...entries].sort(comparePreference);
  const main = ordered[0];
  const cell = toCell(main);
  let used: Entry<C> | undefined;
  if (cell.value !== null && cell.change === null) {
    used = ordered.find((e) => e.indicator.value === null && e.indicator.change);
    if (used) {
      cell.change = { value: used.indicator.change!.value, unit: used.indicator.change!.unit };
      cell.changeIndicatorId = used.indicator.id;
      cell.approx = cell.approx || !!used.indicator.approx;
    }
  }
  const rest = ordered.slice(1).filter((e) => e !== used);
  if (rest.length > 0) {
    cell.alternatives = rest.length;
    cell.alternativeIds = rest.map((e) => e.indicator.id);
  }
  return cell;
}

/** Row order: headline metrics in catalogue order, then catalogued, then the most widely stated,
 *  then by name. */
export function sortRows<R extends { key: RowKey }>(rows: R[], catalogue: Catalogue | null | undefined, presence: (row: R) => number): R[] {
  const order = new Map<string, number>();
  const metrics = catalogue?.metrics ?? [];
  metrics.forEach((m, i) => order.set(m.key, i));
  const rank = (r: R) => (r.key.headline ? 0 : order.has(r.key.metric) ? 1 : 2);
  return rows
    .map((row) => ({ row, rank: rank(row), at: order.get(row.key.metric) ?? Infinity, presence: presence(row) }))
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        (a.rank < 2 && a.at !== b.at ? a.at - b.at : 0) ||
        b.presence - a.presence ||
        compareNames(a.row.key.name, b.row.key.name) ||
        (a.row.key.id < b.row.key.id ? -1 : a.row.key.id > b.row.key.id ? 1 : 0),
    )
    .map((x) => x.row);
}
