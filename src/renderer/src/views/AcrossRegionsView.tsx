// One year across districts: metrics as rows, regions as columns (value, change, rank), a bar
// chart of the chosen row. A region that does not state a metric has an empty cell, never zero.
import { useMemo, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { Bar, BarChart, CartesianGrid, Cell as BarCell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { buildAcrossRegions, listYears, regionOf } from '../../../core/compare';
import type { AcrossRegionsRow, AcrossRegionsView as View, Cell } from '../../../core/compare';
import { changeText, rowName, valueText, wideTable } from '../../../core/csv';
import { regionName } from '../../../core/format';
import { ExportBar } from '../components/ExportBar';
import { RowFilters } from '../components/RowFilters';
import { WindowedTable } from '../components/WindowedTable';
import type { VirtualListHandle } from '../components/VirtualList';
import { chartPoint, filterRows, seriesUnit, SERIES_COLORS } from '../lib/compare-view';
import { formatAxis } from '../lib/format';
import { useApp } from '../state/app-context';

const ROW_HEIGHT = 30;
const HEADER_HEIGHT = 52;

export function AcrossRegionsView() {
  const { snapshot, t, language, catalogue, viewState, updateView, openIndicator } = useApp();
  const [query, setQuery] = useState('');
  const [cursor, setCursor] = useState(0);
  const chart = useRef<HTMLDivElement>(null);
  const table = useRef<VirtualListHandle>(null);

  const years = useMemo(() => {
    const regionsPerYear = (year: number) => new Set(snapshot.reports.filter((r) => r.document.meta.reviewYear.value === year).map(regionOf)).size;
    return listYears(snapshot.reports)
      .map((year) => ({ year, regions: regionsPerYear(year) }))
      .sort((a, b) => Number(b.regions >= 2) - Number(a.regions >= 2) || b.year - a.year);
  }, [snapshot.reports]);
  const year = viewState.year !== null && years.some((y) => y.year === viewState.year) ? viewState.year : (years[0]?.year ?? null);

  const view = useMemo<View | null>(
    () => (year === null ? null : buildAcrossRegions(snapshot.reports, year, snapshot.mapping, catalogue)),
    [snapshot.reports, snapshot.mapping, catalogue, year],
  );
  const rows = useMemo(
    () => (view ? filterRows(view.rows, query, viewState.headlineOnly, language) : []),
    [view, query, viewState.headlineOnly, language],
  );
  const shown = useMemo<View | null>(() => (view ? { ...view, rows } : null), [view, rows]);
  const chosen = rows.find((r) => r.key.id === viewState.regionRow) ?? rows[0] ?? null;

  const open = (cell: Cell | null | undefined) => {
    if (cell) openIndicator(cell.reportId, cell.indicatorId);
  };

  const onKey = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    if (rows.length === 0) return;
    const at = Math.min(cursor, rows.length - 1);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = Math.max(0, Math.min(rows.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)));
      setCursor(next);
      updateView({ regionRow: rows[next].key.id });
      table.current?.scrollTo(next);
    }
  };

  if (year === null || !view || !shown) {
    return (
      <div className="empty-state" data-testid="regions-empty">
        {t('needTwoRegions')}
      </div>
    );
  }

  const regions = view.regions;
  const unit = chosen ? seriesUnit(chosen) : '';
  const chartData = chosen
    ? regions
        .map((r) => ({ region: regionName(r, language), value: chartPoint(chosen.cells[r] ?? null), rank: chosen.ranks[r] ?? null }))
        .filter((d) => d.value !== null)
    : [];

  return (
    <div className="compare-view" data-testid="regions-view">
      <div className="view-toolbar">
        <label>
          {t('chooseYear')}{' '}
          <select data-testid="regions-year" value={year} onChange={(e) => updateView({ year: Number(e.target.value) })}>
            {years.map(({ year: y, regions: n }) => (
              <option key={y} value={y}>
                {y} ({n})
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
        <ExportBar table={() => wideTable(shown, language)} fileBase={`${year}-${t('view.regions')}`}
          chart={chart}
          legend={() => (chosen ? [{ name: `${rowName(chosen.key, language)} (${year})`, color: SERIES_COLORS[0] }] : [])}
        />
      </div>
      {regions.length < 2 && (
        <div className="banner warn" data-testid="regions-need-two">
          {t('needTwoRegions')}
        </div>
      )}
      <div className="compare-body">
        <div className="chart-box" ref={chart} data-testid="regions-chart">
          {!chosen || chartData.length === 0 ? (
            <div className="empty-state small">{t('noChart')}</div>
          ) : (
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={chartData} margin={{ top: 20, right: 24, bottom: 4, left: 16 }}>
                <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
                <XAxis dataKey="region" />
                <YAxis
                  tickFormatter={(v: number) => formatAxis(v, language)}
                  width={72}
                  label={{ value: unit, angle: -90, position: 'left', offset: -4 }}
                />
                <Tooltip formatter={(v) => formatAxis(Number(v), language)} />
                <Bar dataKey="value" name={rowName(chosen.key, language)} isAnimationActive={false}>
                  {chartData.map((d, i) => (
                    <BarCell key={d.region} fill={SERIES_COLORS[i % SERIES_COLORS.length]} />
                  ))}
                  <LabelList dataKey="rank" position="top" formatter={(v) => (v === null || v === undefined ? '' : `#${String(v)}`)} />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          )}
        </div>
        <WindowedTable
          ref={table}
          testId="regions-table"
          rowCount={rows.length}
          rowHeight={ROW_HEIGHT}
          headerHeight={HEADER_HEIGHT}
          colCount={2 + regions.length * 3}
          onKeyDown={onKey}
          head={
            <thead>
              <tr>
                <th className="sticky-col check-col" rowSpan={2} />
                <th className="sticky-col name-col" rowSpan={2}>
                  {t('metric')} ({year})
                </th>
                {regions.map((r) => (
                  <th key={r} colSpan={3} data-testid="region-head">
                    {regionName(r, language)}
                  </th>
                ))}
              </tr>
              <tr className="sub-head">
                {regions.map((r) => [
                  <th key={`${r}v`}>{t('value')}</th>,
                  <th key={`${r}c`}>{t('change')}</th>,
                  <th key={`${r}r`}>{t('rank')}</th>,
                ])}
              </tr>
            </thead>
          }
          renderRow={(i) => (
            <RegionRow
              key={rows[i].key.id}
              row={rows[i]}
              regions={regions}
              chosen={chosen?.key.id === rows[i].key.id}
              cursor={i === cursor}
              onChoose={() => {
                setCursor(i);
                updateView({ regionRow: rows[i].key.id });
              }}
              onOpen={open}
            />
          )}
        />
      </div>
    </div>
  );
}

interface RowProps {
  row: AcrossRegionsRow;
  regions: string[];
  chosen: boolean;
  cursor: boolean;
  onChoose(): void;
  onOpen(cell: Cell | null | undefined): void;
}

function RegionRow({ row, regions, chosen, cursor, onChoose, onOpen }: RowProps) {
  const { language } = useApp();
  return (
    <tr
      style={{ height: ROW_HEIGHT }}
      className={(chosen ? 'row-selected' : '') + (cursor ? ' row-cursor' : '')}
      data-testid="regions-row"
      data-row={row.key.id}
      data-metric={row.key.metric}
    >
      <td className="sticky-col check-col">
        <input type="radio" name="chart-row" data-testid="chart-pick" checked={chosen} onChange={onChoose} aria-label={rowName(row.key, language)} />
      </td>
      <td className="sticky-col name-col" onClick={onChoose}>
        <span className="metric-name">{rowName(row.key, language)}</span>
        {row.key.headline && <span className="badge headline">★</span>}
      </td>
      {regions.map((region) => {
        const cell = row.cells[region] ?? null;
        const rank = Object.hasOwn(row.ranks, region) ? row.ranks[region] : null;
        return [
          <td
            key={`${region}v`}
            className={'cell num' + (cell ? '' : ' empty')}
            data-testid="cell"
            data-region={region}
            data-empty={cell ? undefined : ''}
            onClick={() => onOpen(cell)}
            title={cell?.label ?? ''}
          >
            <span className="v">{valueText(cell, language)}</span>
            {cell?.edited && <span className="badge edited">✎</span>}
          </td>,
          <td key={`${region}c`} className={'cell num' + (cell?.change ? '' : ' empty')} onClick={() => onOpen(cell)}>
            {changeText(cell, language)}
          </td>,
          <td key={`${region}r`} className="num rank-cell" data-testid={rank !== null ? 'rank' : undefined}>
            {rank !== null ? String(rank) : ''}
          </td>,
        ];
      })}
    </tr>
  );
}
