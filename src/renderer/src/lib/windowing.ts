// Which rows of a long list to render: the visible ones plus an overscan margin, with the
// space of the rest kept by padding so the scrollbar stays honest. Pure: unit-tested.
export interface RowWindow {
  first: number;
  /** Exclusive. */
  last: number;
  padTop: number;
  padBottom: number;
}

export function computeWindow(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan = 8,
): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { first: 0, last: 0, padTop: 0, padBottom: 0 };
  const top = Math.max(0, Number.isFinite(scrollTop) ? scrollTop : 0);
  const height = Math.max(0, Number.isFinite(viewportHeight) ? viewportHeight : 0);
  const first = Math.min(count, Math.max(0, Math.floor(top / rowHeight) - overscan));
  const last = Math.min(count, Math.ceil((top + height) / rowHeight) + overscan);
  const end = Math.max(first, last);
  return { first, last: end, padTop: first * rowHeight, padBottom: (count - end) * rowHeight };
}

/** The scrollTop that brings row `index` into view (least movement), or null when it already is. */
export function scrollToRow(index: number, scrollTop: number, viewportHeight: number, rowHeight: number): number | null {
  const rowTop = index * rowHeight;
  const rowBottom = rowTop + rowHeight;
  if (rowTop < scrollTop) return rowTop;
  if (rowBottom > scrollTop + viewportHeight) return rowBottom - viewportHeight;
  return null;
}
