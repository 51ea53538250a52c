// One region over the years: metrics as rows, years as columns (value, reported change, computed
// change flagged where it disagrees, last year's target met or missed), a line chart of the ticked
// rows, and every cell a link to its source sentence.
import { useMemo, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { buildAcrossYears, listRegions, listYears } from '../../../core/compare';
import type { AcrossYearsRow, AcrossYearsView as View, Cell } from '../../../core/compare';
import { changeText, computedText, rowName, targetText, valueText, wideTable } from '../../../core/csv';
import { regionName } from '../../../core/format';
import { ExportBar } from '../components/ExportBar';
import { RowFilters } from '../components/RowFilters';
import { WindowedTable } from '../components/WindowedTable';
import type { VirtualListHandle } from '../components/VirtualList';
import { formatAxis } from '../lib/format';
import { chartPoint, filterRows, seriesUnit, SERIES_COLORS } from '../lib/compare-view';
import { useApp } from '../state/app-context';

const ROW_HEIGHT = 30;
const HEADER_HEIGHT = 52;

export function AcrossYearsView() {
  const { snapshot, t, language, catalogue, viewState, updateView, openIndicator } = useApp();
  const [query, setQuery] = useState('');
  const [cursor, setCursor] = useState(0);
  const chart = useRef<HTMLDivElement>(null);
  const table = useRef<VirtualListHandle>(null);

  const regions = useMemo(() => {
    const all = listRegions(snapshot.reports);
    // Regions with more years first: those are the ones worth comparing.
    return all
      .map((r) => ({ region: r, years: listYears(snapshot.reports, r).length }))
      .sort((a, b) => Number(b.years >= 2) - Number(a.years >= 2));
  }, [snapshot.reports]);
  const region =
    viewState.region !== null && regions.some((r) => r.region === viewState.region) ? viewState.region : (regions[0]?.region ?? null);

  const view = useMemo<View | null>(
    () => (region === null ? null : buildAcrossYears(snapshot.reports, region, snapshot.mapping, catalogue)),
    [snapshot.reports, snapshot.mapping, catalogue, region],
  );
  const rows = useMemo(
    () => (view ? filterRows(view.rows, query, viewState.headlineOnly, language) : []),
    [view, query, viewState.headlineOnly, language],
  );
  const shown = useMemo<View | null>(() => (view ? { ...view, rows } : null), [view, rows]);

  const selectedRows = rows.filter((r) => viewState.yearRows.includes(r.key.id));
  const toggleRow = (id: string) =>
    updateView({ yearRows: viewState.yearRows.includes(id) ? viewState.yearRows.filter((x) => x !== id) : [...viewState.yearRows, id] });

  const open = (cell: Cell | null | undefined, indicatorId?: string) => {
    if (cell) openIndicator(cell.reportId, indicatorId ?? cell.indicatorId);
  };

  const onKey = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    if (rows.length === 0) return;
    const at = Math.min(cursor, rows.length - 1);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = Math.max(0, Math.min(rows.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)));
      setCursor(next);
      table.current?.scrollTo(next);
    } else if (event.key === ' ') {
      event.preventDefault();
      toggleRow(rows[at].key.id);
    } else if (event.key === 'Enter' && view) {
      const row = rows[at];
      const year = [...view.years].reverse().find((y) => row.cells[y]);
      if (year !== undefined) open(row.cells[year]);
    }
  };

  if (region === null || !view || !shown) {
    return (
      <div className="empty-state" data-testid="years-empty">
        {t('needTwoYears')}
      </div>
    );
  }

  const years = view.years;
  const units = [...new Set(selectedRows.map(seriesUnit))];
  const chartData = years.map((year) => {
    const point: Record<string, number | string | null> = { year: String(year) };
    for (const row of selectedRows) point[row.key.id] = chartPoint(row.cells[year] ?? null);
    return point;
  });

  return (
    <div className="compare-view" data-testid="years-view">
      <div className="view-toolbar">
        <label>
          {t('chooseRegion')}{' '}
          <select data-testid="years-region" value={region} onChange={(e) => updateView({ region: e.target.value })}>
            {regions.map(({ region: r, years: n }) => (
              <option key={r} value={r}>
                {regionName(r, language)} ({n})
              </option>
            ))}
          </select>
        </label>
        <RowFilters
          headlineOnly={viewState.headlineOnly}
          onHeadlineOnly={(headlineOnly) => updateView({ headlineOnly })}
          query={query}
          onQuery={setQuery} count={{ shown: rows.length, total: view.rows.length }}
        />
        <span className="spacer" />
        <ExportBar table={() => wideTable(shown, language)} fileBase={`${regionName(region, language)}-${t('view.years')}`}
          chart={chart}
          legend={() => selectedRows.map((row, i) => ({ name: rowName(row.key, language), color: SERIES_COLORS[i % SERIES_COLORS.length] }))}
        />
      </div>
      {years.length < 2 && (
        <div className="banner warn" data-testid="years-need-two">
          {t('needTwoYears')}
        </div>
      )}
      <div className="compare-body">
        <div className="chart-box" ref={chart} data-testid="years-chart">
          {selectedRows.length === 0 ? (
            <div className="empty-state small">{t('noChart')}</div>
          ) : (
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={chartData} margin={{ top: 8, right: 24, bottom: 4, left: 16 }}>
                <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
                <XAxis dataKey="year" padding={{ left: 40, right: 40 }} />
                {units.slice(0, 2).map((unit, i) => (
                  <YAxis
                    key={unit}
                    yAxisId={unit}
                    orientation={i === 0 ? 'left' : 'right'}
                    tickFormatter={(v: number) => formatAxis(v, language)}
                    label={{ value: unit, angle: -90, position: i === 0 ? 'left' : 'right', offset: -4 }}
                    width={72}
                  />
                ))}
                <Tooltip />
                <Legend />
                {selectedRows.map((row, i) => (
                  <Line
                    key={row.key.id}
                    type="linear"
                    dataKey={row.key.id}
                    name={rowName(row.key, language)}
                    yAxisId={units.indexOf(seriesUnit(row)) < 2 ? seriesUnit(row) : units[0]}
                    stroke={SERIES_COLORS[i % SERIES_COLORS.length]}
                    strokeWidth={2}
                    connectNulls
                    isAnimationActive={false}
                  />
                ))}
              </LineChart>
            </ResponsiveContainer>
          )}
        </div>
        <WindowedTable
          ref={table}
          testId="years-table"
          rowCount={rows.length}
          rowHeight={ROW_HEIGHT}
          headerHeight={HEADER_HEIGHT}
          colCount={2 + years.length * 4}
          onKeyDown={onKey}
          head={
            <thead>
              <tr>
                <th className="sticky-col check-col" rowSpan={2} />
                <th className="sticky-col name-col" rowSpan={2}>
                  {t('metric')}
                </th>
                {years.map((y) => (
                  <th key={y} colSpan={4} className="year-head" data-testid="year-head">
                    {y}
                  </th>
                ))}
              </tr>
              <tr className="sub-head">
                {years.map((y) => [
                  <th key={`${y}v`}>{t('value')}</th>,
                  <th key={`${y}c`}>{t('change')}</th>,
                  <th key={`${y}p`}>{t('computed')}</th>,
                  <th key={`${y}t`}>{t('target')}</th>,
                ])}
              </tr>
            </thead>
          }
          renderRow={(i) => (
            <YearRow
              key={rows[i].key.id}
              row={rows[i]}
              years={years}
              cursor={i === cursor}
              ticked={viewState.yearRows.includes(rows[i].key.id)}
              onToggle={() => toggleRow(rows[i].key.id)}
              onOpen={open}
              onFocusRow={() => setCursor(i)}
            />
          )}
        />
      </div>
    </div>
  );
}

interface RowProps {
  row: AcrossYearsRow;
  years: number[];
  cursor: boolean;
  ticked: boolean;
  onToggle(): void;
  onOpen(cell: Cell | null | undefined, indicatorId?: string): void;
  onFocusRow(): void;
}

function YearRow({ row, years, cursor, ticked, onToggle, onOpen, onFocusRow }: RowProps) {
  const { t, language } = useApp();
  return (
    <tr
      style={{ height: ROW_HEIGHT }}
      className={(ticked ? 'row-selected' : '') + (cursor ? ' row-cursor' : '')}
      data-testid="years-row"
      data-row={row.key.id}
      data-metric={row.key.metric}
      onMouseDown={onFocusRow}
    >
      <td className="sticky-col check-col">
        <input type="checkbox" data-testid="chart-tick" checked={ticked} onChange={onToggle} aria-label={rowName(row.key, language)} />
      </td>
      <td className="sticky-col name-col" title={row.key.metric}>
        <span className="metric-name">{rowName(row.key, language)}</span>
        {row.key.headline && <span className="badge headline">★</span>}
      </td>
      {years.map((year) => {
        const cell = row.cells[year] ?? null;
        const computed = row.computed[year] ?? null;
        const target = row.targets[year] ?? null;
        const appeared = row.appeared.includes(year);
        const disappeared = row.disappeared.includes(year);
        return [
          <td
            key={`${year}v`}
            className={'cell num' + (cell ? '' : ' empty')}
            data-testid="cell"
            data-year={year}
            onClick={() => onOpen(cell)}
            title={cell ? cell.label : ''}
          >
            <span className="v">{valueText(cell, language)}</span>
            {cell?.edited && <span className="badge edited">✎</span>}
            {appeared && (
              <span className="appeared" data-testid="appeared" title={t('appeared')}>
                ▲
              </span>
            )}
            {disappeared && (
              <span className="disappeared" data-testid="disappeared" title={t('disappeared')}>
                ▼
              </span>
            )}
          </td>,
          <td key={`${year}c`} className={'cell num' + (cell?.change ? '' : ' empty')} onClick={() => onOpen(cell, cell?.changeIndicatorId)}>
            {changeText(cell, language)}
          </td>,
          <td
            key={`${year}p`}
            className={'num computed-cell' + (computed?.disagrees ? ' disagrees' : '')}
            data-testid={computed?.disagrees ? 'computed-disagrees' : undefined}
            title={computed?.disagrees ? t('disagrees') : ''}
          >
            {computed?.disagrees ? '⚠ ' : ''}
            {computedText(computed, language)}
          </td>,
          <td
            key={`${year}t`}
            className={'cell target-cell' + (target ? ` tcheck ${target.status}` : ' empty')}
            data-testid={target ? 'target-check' : undefined}
            data-status={target?.status}
            onClick={() => target && onOpen(target.target)}
          >
            {targetText(target, language)}
          </td>,
        ];
      })}
    </tr>
  );
}
