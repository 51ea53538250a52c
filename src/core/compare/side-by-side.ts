// Two reports side by side: every lined-up figure of each, split into shared and one-sided metrics.
import type { IndicatorKind } from '../model';
import type { MetricMapping, StoredReport } from '../../shared/api';
import type { Catalogue } from '../catalogue';
import type { SideBySideRow, SideBySideView } from './types';
import { lineUp, sortRows, toCell, type Entry } from './rows';

const KINDS: ReadonlySet<IndicatorKind> = new Set(['actual', 'estimate', 'target']);
const KIND_ORDER: Record<string, number> = { actual: 0, estimate: 1, target: 2 };

type Side = 'left' | 'right';

function cellsOf(entries: readonly Entry<Side>[] | undefined) {
  return [...(entries ?? [])]
    .sort((a, b) => (KIND_ORDER[a.indicator.kind] ?? 9) - (KIND_ORDER[b.indicator.kind] ?? 9) || a.indicator.start - b.indicator.start)
    .map(toCell);
}

/** All figures of `left` and `right` (results, estimates and targets, each cell marked by kind) in rows
 *  by metric; a row lists every statement of each side, in text order. Works when left is right. */
export function buildSideBySide(
  left: StoredReport,
  right: StoredReport,
  mapping: MetricMapping | null | undefined,
  catalogue: Catalogue | null | undefined,
): SideBySideView {
  const columns: { key: Side; report: StoredReport }[] = [];
  if (left) columns.push({ key: 'left', report: left });
  if (right) columns.push({ key: 'right', report: right });
  const rows: SideBySideRow[] = lineUp(columns, KINDS, mapping, catalogue).map(({ key, entries }) => ({
    key,
    left: cellsOf(entries.get('left')),
    right: cellsOf(entries.get('right')),
  }));
  const sorted = sortRows(rows, catalogue, (row) => Number(row.left.length > 0) + Number(row.right.length > 0));
  return {
    leftReportId: left?.id ?? '',
    rightReportId: right?.id ?? '',
    both: sorted.filter((r) => r.left.length > 0 && r.right.length > 0),
    leftOnly: sorted.filter((r) => r.left.length > 0 && r.right.length === 0),
    rightOnly: sorted.filter((r) => r.left.length === 0 && r.right.length > 0),
  };
}
