// One report: its text with every figure highlighted by kind, and the list of its figures,
// filterable, each clickable to its sentence; the selected figure can be corrected or deleted.
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { Indicator, IndicatorKind, SectionKind } from '../../../core/model';
import type { StoredReport } from '../../../shared/api';
import { VirtualList } from '../components/VirtualList';
import type { VirtualListHandle } from '../components/VirtualList';
import { IndicatorEditor } from '../components/IndicatorEditor';
import { formatChange, formatQuantity, textOpensWithTitle } from '../lib/format';
import { reportLabel } from '../lib/library';
import { effectiveMetric, indicatorMetricName } from '../lib/metrics';
import { segmentText } from '../lib/segments';
import { useApp } from '../state/app-context';
import { useReportText } from '../state/use-report-text';

const KINDS: IndicatorKind[] = ['actual', 'estimate', 'target', 'rank', 'comparison'];
const SECTIONS: SectionKind[] = ['review', 'problems', 'plan', 'other'];
const ROW_HEIGHT = 46;
const FLASH_ID = '\u0000flash';

export function ReportView() {
  const { snapshot, t, viewState, updateView } = useApp();
  const report = snapshot.reports.find((r) => r.id === viewState.reportId) ?? null;

  return (
    <div className="report-view" data-testid="report-view">
      <div className="view-toolbar">
        <label>
          {t('view.report')}:{' '}
          <select
            data-testid="report-picker"
            value={report?.id ?? ''}
            onChange={(e) => updateView({ reportId: e.target.value || null, indicatorId: null })}
          >
            <option value="">{t('noneSelected')}</option>
            {snapshot.reports.map((r) => (
              <option key={r.id} value={r.id}>
                {reportLabel(r, t('noRegion'))}
              </option>
            ))}
          </select>
        </label>
        <Legend />
      </div>
      {report ? (
        <ReportBody key={report.id} report={report} />
      ) : (
        <div className="empty-state" data-testid="report-empty">
          {t('noReportSelected')}
        </div>
      )}
    </div>
  );
}

function Legend() {
  const { t } = useApp();
  return (
    <span className="legend" data-testid="kind-legend" aria-label={t('legend')}>
      {(['actual', 'estimate', 'target'] as const).map((k) => (
        <span key={k} className={`legend-item kind-${k}`}>
          <mark className={`hl kind-${k}`}>12.3</mark> {t(`kind.${k}`)}
        </span>
      ))}
    </span>
  );
}

function ReportBody({ report }: { report: StoredReport }) {
  const { snapshot, t, language, catalogue, viewState, updateView } = useApp();
  const { filter } = viewState;
  const selectedId = viewState.indicatorId;
  const selected = report.indicators.find((i) => i.id === selectedId) ?? null;
  const list = useRef<VirtualListHandle>(null);
  const textPane = useRef<HTMLDivElement>(null);
  const [flash, setFlash] = useState<{ start: number; end: number; nonce: number } | null>(null);
  const scrollRequest = useRef<string | null>(selectedId);
  const textState = useReportText(report);
  const text = textState.status === 'ready' ? textState.text : null;

  const metricOptions = useMemo(() => {
    const names = new Map<string, string>();
    for (const ind of report.indicators) {
      const key = effectiveMetric(snapshot.mapping, ind.metric);
      if (!names.has(key)) names.set(key, indicatorMetricName(ind, snapshot.mapping, catalogue, language));
    }
    return [...names.entries()].sort((a, b) => a[1].localeCompare(b[1], 'zh-Hans-CN'));
  }, [report, snapshot.mapping, catalogue, language]);

  const visible = useMemo(
    () =>
      report.indicators
        .filter(
          (ind) =>
            (!filter.metric || effectiveMetric(snapshot.mapping, ind.metric) === filter.metric) &&
            (!filter.section || ind.section === filter.section) &&
            (!filter.kind || ind.kind === filter.kind),
        )
        .sort((a, b) => a.start - b.start),
    [report, filter, snapshot.mapping],
  );

  // Selecting from the list (or arriving from a comparison cell) scrolls the text and flashes the sentence.
  useEffect(() => {
    if (!selected || scrollRequest.current !== selected.id) return;
    scrollRequest.current = null;
    setFlash({ start: selected.sentenceStart, end: selected.sentenceEnd, nonce: Date.now() });
    const index = visible.findIndex((i) => i.id === selected.id);
    if (index >= 0) list.current?.scrollTo(index);
  }, [selected, visible]);

  useEffect(() => {
    if (!flash || !selected) return;
    const mark = textPane.current?.querySelector(`[data-ids~="${CSS.escape(selected.id)}"]`);
    mark?.scrollIntoView({ block: 'center' });
  }, [flash, selected, text]);

  const selectFromList = (id: string | null) => {
    scrollRequest.current = id;
    updateView({ indicatorId: id });
  };
  const selectFromText = (id: string) => {
    updateView({ indicatorId: id });
    const index = visible.findIndex((i) => i.id === id);
    if (index >= 0) list.current?.scrollTo(index);
  };

  const onListKey = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    if (visible.length === 0) return;
    const index = visible.findIndex((i) => i.id === selectedId);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? Math.min(visible.length - 1, index + 1) : Math.max(0, index - 1);
      selectFromList(visible[next].id);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      selectFromList(visible[event.key === 'Home' ? 0 : visible.length - 1].id);
    } else if (event.key === 'Escape') {
      updateView({ indicatorId: null });
      setFlash(null);
    }
  };

  const doc = report.document;
  return (
    <div className="report-body">
      <div className="text-pane" ref={textPane} data-testid="report-text">
        {text !== null && doc.meta.title.value && textOpensWithTitle(text, doc.meta.title.value) ? null : (
          <h2 className="doc-title">{doc.meta.title.value ?? doc.fileName}</h2>
        )}
        {text !== null ? (
          <ReportText text={text} indicators={report.indicators} selectedId={selectedId} flash={flash} onSelect={selectFromText} />
        ) : textState.status === 'error' ? (
          <div className="empty-state small error" role="alert" data-testid="report-text-error">
            {t('textFailed', { reason: textState.message })}
          </div>
        ) : (
          <div className="loading small" data-testid="report-text-loading">
            {t('textLoading')}
          </div>
        )}
      </div>
      <aside className="side-pane">
        <div className="filters">
          <select
            data-testid="filter-metric"
            aria-label={t('filterMetric')}
            value={filter.metric ?? ''}
            onChange={(e) => updateView({ filter: { ...filter, metric: e.target.value || null } })}
          >
            <option value="">{t('allMetrics')}</option>
            {metricOptions.map(([key, name]) => (
              <option key={key} value={key}>
                {name}
              </option>
            ))}
          </select>
          <select
            data-testid="filter-section"
            value={filter.section ?? ''}
            onChange={(e) => updateView({ filter: { ...filter, section: (e.target.value || null) as SectionKind | null } })}
          >
            <option value="">{t('allSections')}</option>
            {SECTIONS.map((s) => (
              <option key={s} value={s}>
                {t(`section.${s}`)}
              </option>
            ))}
          </select>
          <select
            data-testid="filter-kind"
            value={filter.kind ?? ''}
            onChange={(e) => updateView({ filter: { ...filter, kind: (e.target.value || null) as IndicatorKind | null } })}
          >
            <option value="">{t('allKinds')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
          <span className="muted" data-testid="indicator-count">
            {visible.length}/{report.indicators.length}
          </span>
        </div>
        {selected && <IndicatorEditor key={selected.id} report={report} text={text} indicator={selected} />}
        {report.indicators.length === 0 ? (
          <div className="empty-state small" data-testid="indicators-empty">
            {t('noIndicators')}
          </div>
        ) : visible.length === 0 ? (
          <div className="empty-state small" data-testid="indicators-no-match">
            {t('noMatches')}
          </div>
        ) : (
          <VirtualList
            ref={list}
            testId="indicator-list"
            className="indicator-list"
            count={visible.length}
            rowHeight={ROW_HEIGHT}
            ariaLabel={t('indicators')}
            activeDescendant={selectedId ? `ind-${selectedId}` : undefined}
            onKeyDown={onListKey}
            renderRow={(i) => {
              const ind = visible[i];
              return (
                <div
                  key={ind.id}
                  id={`ind-${ind.id}`}
                  role="option"
                  aria-selected={ind.id === selectedId}
                  className={`indicator-item kind-${ind.kind}` + (ind.id === selectedId ? ' selected' : '')}
                  style={{ height: ROW_HEIGHT }}
                  data-testid="indicator-item"
                  data-indicator-id={ind.id}
                  data-kind={ind.kind}
                  onClick={() => selectFromList(ind.id)}
                >
                  <div className="line1">
                    <span className={`kind-dot kind-${ind.kind}`} title={t(`kind.${ind.kind}`)} />
                    <span className="label" title={ind.label}>
                      {ind.label}
                    </span>
                    {ind.edited && (
                      <span className="badge edited" data-testid="edited-badge">
                        {t('edited')}
                      </span>
                    )}
                  </div>
                  <div className="line2">
                    <span className="value">
                      {ind.approx ? '≈' : ''}
                      {formatQuantity(ind.value, ind.unit, language)}
                    </span>
                    <span className="change">{formatChange(ind.change, language)}</span>
                    <span className="muted">
                      {t(`kind.${ind.kind}`)} · {t(`section.${ind.section}`)}
                    </span>
                  </div>
                </div>
              );
            }}
          />
        )}
      </aside>
    </div>
  );
}

interface TextProps {
  text: string;
  indicators: Indicator[];
  selectedId: string | null;
  flash: { start: number; end: number; nonce: number } | null;
  onSelect(id: string): void;
}

/** The document with highlights. Memoised: re-cut only when the text, figures or flash change. */
const ReportText = memo(function ReportText({ text, indicators, selectedId, flash, onSelect }: TextProps) {
  const byId = useMemo(() => new Map(indicators.map((i) => [i.id, i])), [indicators]);
  const segments = useMemo(() => {
    const spans = indicators.map((i) => ({ id: i.id, start: i.start, end: i.end }));
    if (flash) spans.push({ id: FLASH_ID, start: flash.start, end: flash.end });
    return segmentText(text.length, spans);
  }, [text, indicators, flash]);

  return (
    <div className="doc-text" key={flash?.nonce}>
      {segments.map((seg) => {
        const piece = text.slice(seg.start, seg.end);
        const flashed = seg.ids.includes(FLASH_ID);
        const ids = seg.ids.filter((id) => id !== FLASH_ID);
        if (ids.length === 0) {
          return flashed ? (
            <span key={seg.start} className="flash" data-flash="">
              {piece}
            </span>
          ) : (
            piece
          );
        }
        const ind = byId.get(ids[0])!;
        return (
          <mark
            key={seg.start}
            className={
              `hl kind-${ind.kind}` +
              (ids.includes(selectedId ?? '') ? ' selected' : '') +
              (flashed ? ' flash' : '') +
              (ind.edited ? ' edited' : '')
            }
            data-testid="highlight"
            data-indicator-id={ind.id}
            data-ids={ids.join(' ')}
            data-kind={ind.kind}
            data-flash={flashed ? '' : undefined}
            title={`${ind.label} · ${ind.kind}`}
            onClick={() => onSelect(ids.includes(selectedId ?? '') && ids.length > 1 ? ids[(ids.indexOf(selectedId!) + 1) % ids.length] : ind.id)}
          >
            {piece}
          </mark>
        );
      })}
    </div>
  );
});
