// Alignment the user controls: every metric of the workspace with the labels that feed it;
// tick two or more and merge them into one, split a merged label out again, rename a metric.
// Saved by main and applied to every view.
import { useMemo, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { EditableText } from '../components/EditableText';
import { VirtualList } from '../components/VirtualList';
import type { VirtualListHandle } from '../components/VirtualList';
import { summariseMetrics } from '../lib/metrics';
import type { MetricSummary } from '../lib/metrics';
import { useApp } from '../state/app-context';

const ROW_HEIGHT = 34;

export function MetricsView() {
  const { snapshot, t, language, catalogue, api, apply } = useApp();
  const [query, setQuery] = useState('');
  const [ticked, setTicked] = useState<string[]>([]);
  const [target, setTarget] = useState<string | null>(null);
  const [cursor, setCursor] = useState(0);
  const list = useRef<VirtualListHandle>(null);

  const metrics = useMemo(
    () => summariseMetrics(snapshot.reports, snapshot.mapping, catalogue, language),
    [snapshot.reports, snapshot.mapping, catalogue, language],
  );
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return metrics;
    return metrics.filter((m) => m.name.toLowerCase().includes(q) || m.labels.some((l) => l.toLowerCase().includes(q)) || m.key.includes(q));
  }, [metrics, query]);
  const byKey = useMemo(() => new Map(metrics.map((m) => [m.key, m])), [metrics]);
  const tickedMetrics = ticked.map((k) => byKey.get(k)).filter((m): m is MetricSummary => m !== undefined);
  const mergeTarget = target && ticked.includes(target) ? target : (tickedMetrics[0]?.key ?? null);

  const toggle = (key: string) => setTicked((list) => (list.includes(key) ? list.filter((k) => k !== key) : [...list, key]));

  const merge = async () => {
    if (!mergeTarget || tickedMetrics.length < 2) return;
    // Merge every raw key that currently lines up under the ticked metrics, so earlier merges follow.
    const sources = tickedMetrics.filter((m) => m.key !== mergeTarget).flatMap((m) => m.members);
    const ok = await apply(() => api.mergeMetrics(sources, mergeTarget));
    if (ok) {
      setTicked([]);
      setTarget(null);
    }
  };

  const onKey = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    if (shown.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = Math.max(0, Math.min(shown.length - 1, cursor + (event.key === 'ArrowDown' ? 1 : -1)));
      setCursor(next);
      list.current?.scrollTo(next);
    } else if (event.key === ' ') {
      event.preventDefault();
      toggle(shown[Math.min(cursor, shown.length - 1)].key);
    } else if (event.key === 'Escape') setTicked([]);
  };

  return (
    <div className="metrics-view" data-testid="metrics-view">
      <div className="view-toolbar">
        <input
          type="search"
          data-testid="metrics-search"
          placeholder={t('search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <span className="muted">{shown.length}/{metrics.length}</span>
        <span className="spacer" />
        {tickedMetrics.length >= 2 ? (
          <>
            <label>
              {t('mergeInto')}{' '}
              <select data-testid="merge-target" value={mergeTarget ?? ''} onChange={(e) => setTarget(e.target.value)}>
                {tickedMetrics.map((m) => (
                  <option key={m.key} value={m.key}>
                    {m.name}
                  </option>
                ))}
              </select>
            </label>
            <button data-testid="merge-selected" className="primary" onClick={() => void merge()}>
              {t('mergeSelected')} ({tickedMetrics.length})
            </button>
          </>
        ) : (
          <span className="muted" data-testid="merge-hint">
            {t('selectToMerge')}
          </span>
        )}
      </div>
      <div className="metrics-head" role="row">
        <span className="c-check" />
        <span className="c-name">{t('metric')}</span>
        <span className="c-labels">{t('label')}</span>
        <span className="c-num">{t('reportsCount')}</span>
        <span className="c-num">{t('occurrences')}</span>
      </div>
      {metrics.length === 0 ? (
        <div className="empty-state" data-testid="metrics-empty">
          {t('emptyLibrary')}
        </div>
      ) : (
        <VirtualList
          ref={list}
          testId="metrics-list"
          className="metrics-list"
          count={shown.length}
          rowHeight={ROW_HEIGHT}
          onKeyDown={onKey}
          renderRow={(i) => {
            const m = shown[i];
            const merged = m.members.filter((k) => k !== m.key);
            return (
              <div
                key={m.key}
                className={'metric-row' + (i === cursor ? ' cursor' : '') + (ticked.includes(m.key) ? ' ticked' : '')}
                style={{ height: ROW_HEIGHT }}
                data-testid="metric-row"
                data-metric={m.key}
                role="option"
                aria-selected={ticked.includes(m.key)}
              >
                <span className="c-check">
                  <input
                    type="checkbox"
                    data-testid="metric-tick"
                    checked={ticked.includes(m.key)}
                    onChange={() => toggle(m.key)}
                    aria-label={m.name}
                  />
                </span>
                <span className="c-name">
                  <EditableText
                    testId="metric-rename"
                    value={m.name}
                    placeholder={m.key}
                    onCommit={(name) => void apply(() => api.renameMetric(m.key, name))}
                  />
                  {snapshot.mapping.names[m.key] && (
                    <button className="link" data-testid="metric-reset-name" onClick={() => void apply(() => api.renameMetric(m.key, null))}>
                      {t('resetName')}
                    </button>
                  )}
                  {m.catalogued && <span className="badge headline">★</span>}
                </span>
                <span className="c-labels" title={m.labels.join('、')}>
                  {m.labels.slice(0, 4).join('、')}
                  {m.labels.length > 4 ? '…' : ''}
                  {merged.map((k) => (
                    <button
                      key={k}
                      className="chip"
                      data-testid="metric-split"
                      data-source={k}
                      title={t('split')}
                      onClick={() => void apply(() => api.splitMetric(k))}
                    >
                      {k.startsWith('label:') ? k.slice(6) : k} ✕
                    </button>
                  ))}
                </span>
                <span className="c-num">{m.reports}</span>
                <span className="c-num">{m.occurrences}</span>
              </div>
            );
          }}
        />
      )}
    </div>
  );
}
