// Two reports in parallel columns, figures aligned by metric; what only one of them states is
// listed apart. Every figure links to its sentence.
import { useMemo, useState } from 'react';
import { buildSideBySide } from '../../../core/compare';
import type { Cell, SideBySideRow, SideBySideView as View } from '../../../core/compare';
import { changeText, rowName, valueText, wideTable } from '../../../core/csv';
import { ExportBar } from '../components/ExportBar';
import { RowFilters } from '../components/RowFilters';
import { WindowedTable } from '../components/WindowedTable';
import { filterRows } from '../lib/compare-view';
import { reportLabel } from '../lib/library';
import { useApp } from '../state/app-context';

const ROW_HEIGHT = 30;
const HEADER_HEIGHT = 28;

type Section = 'both' | 'leftOnly' | 'rightOnly';
type Line = { section: Section; row: SideBySideRow | null };

export function SideBySideView() {
  const { snapshot, t, language, catalogue, viewState, updateView, openIndicator } = useApp();
  const [query, setQuery] = useState('');
  const reports = snapshot.reports;
  const byId = (id: string | null) => reports.find((r) => r.id === id) ?? null;
  const left = byId(viewState.leftId) ?? reports[0] ?? null;
  const right = byId(viewState.rightId) ?? reports.find((r) => r.id !== left?.id) ?? null;

  const view = useMemo<View | null>(
    () => (left && right ? buildSideBySide(left, right, snapshot.mapping, catalogue) : null),
    [left, right, snapshot.mapping, catalogue],
  );
  const shown = useMemo<View | null>(
    () =>
      view && {
        ...view,
        both: filterRows(view.both, query, viewState.headlineOnly, language),
        leftOnly: filterRows(view.leftOnly, query, viewState.headlineOnly, language),
        rightOnly: filterRows(view.rightOnly, query, viewState.headlineOnly, language),
      },
    [view, query, viewState.headlineOnly, language],
  );
  const lines = useMemo<Line[]>(() => {
    if (!shown) return [];
    const out: Line[] = [];
    for (const section of ['both', 'leftOnly', 'rightOnly'] as const) {
      if (shown[section].length === 0) continue;
      out.push({ section, row: null });
      for (const row of shown[section]) out.push({ section, row });
    }
    return out;
  }, [shown]);

  if (reports.length < 2 || !left || !right || !shown) {
    return (
      <div className="empty-state" data-testid="side-empty">
        {t('needTwoReports')}
      </div>
    );
  }

  const names = { [left.id]: reportLabel(left, t('noRegion')), [right.id]: reportLabel(right, t('noRegion')) };
  const sectionTitle: Record<Section, string> = { both: t('bothReports'), leftOnly: t('onlyLeft'), rightOnly: t('onlyRight') };
  const open = (cell: Cell) => openIndicator(cell.reportId, cell.indicatorId);

  const picker = (side: 'leftId' | 'rightId', value: string) => (
    <select data-testid={`side-${side === 'leftId' ? 'left' : 'right'}`} value={value} onChange={(e) => updateView({ [side]: e.target.value })}>
      {reports.map((r) => (
        <option key={r.id} value={r.id}>
          {reportLabel(r, t('noRegion'))}
        </option>
      ))}
    </select>
  );

  return (
    <div className="compare-view" data-testid="side-view">
      <div className="view-toolbar">
        <label>
          {t('leftReport')} {picker('leftId', left.id)}
        </label>
        <label>
          {t('rightReport')} {picker('rightId', right.id)}
        </label>
        <RowFilters
          headlineOnly={viewState.headlineOnly}
          onHeadlineOnly={(headlineOnly) => updateView({ headlineOnly })}
          query={query}
          onQuery={setQuery}
        />
        <span className="spacer" />
        <ExportBar table={() => wideTable(shown, language, { reportNames: names })} fileBase={t('view.side')} />
      </div>
      <div className="compare-body">
        <WindowedTable
          testId="side-table"
          rowCount={lines.length}
          rowHeight={ROW_HEIGHT}
          headerHeight={HEADER_HEIGHT}
          colCount={3}
          className="side-table"
          head={
            <thead>
              <tr>
                <th className="name-col">{t('metric')}</th>
                <th>{names[left.id]}</th>
                <th>{names[right.id]}</th>
              </tr>
            </thead>
          }
          renderRow={(i) => {
            const line = lines[i];
            if (!line.row) {
              return (
                <tr key={`h-${line.section}`} className="section-head" style={{ height: ROW_HEIGHT }} data-testid={`side-section-${line.section}`}>
                  <th colSpan={3}>
                    {sectionTitle[line.section]} ({shown[line.section].length})
                  </th>
                </tr>
              );
            }
            const row = line.row;
            return (
              <tr key={`${line.section}-${row.key.id}`} style={{ height: ROW_HEIGHT }} data-testid="side-row" data-section={line.section} data-row={row.key.id}>
                <td className="name-col">
                  <span className="metric-name">{rowName(row.key, language)}</span>
                </td>
                <td>
                  <Cells cells={row.left} onOpen={open} />
                </td>
                <td>
                  <Cells cells={row.right} onOpen={open} />
                </td>
              </tr>
            );
          }}
        />
      </div>
    </div>
  );
}

function Cells({ cells, onOpen }: { cells: Cell[]; onOpen(cell: Cell): void }) {
  const { t, language } = useApp();
  return (
    <>
      {cells.map((cell) => (
        <button
          key={cell.indicatorId}
          className={`cell-chip kind-${cell.kind}`}
          data-testid="cell"
          data-kind={cell.kind}
          title={cell.label}
          onClick={() => onOpen(cell)}
        >
          {cell.kind === 'target' ? `${t('kind.target')} ` : ''}
          {[valueText(cell, language), changeText(cell, language)].filter(Boolean).join(' ')}
        </button>
      ))}
    </>
  );
}
