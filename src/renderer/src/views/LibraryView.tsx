// The library: loaded reports grouped by region and year, their detected metadata editable in
// place, encoding switchable for text formats, remove / clear demo, workspace export and import.
import { useRef } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { MetaField, RegionLevel } from '../../../core/model';
import type { MetaPatch, StoredReport } from '../../../shared/api';
import { EditableText } from '../components/EditableText';
import { groupReports } from '../lib/library';
import { errorText, useApp } from '../state/app-context';

const ENCODINGS = ['utf-8', 'gb18030', 'gbk', 'big5', 'utf-16le', 'utf-16be'];
const LEVELS: RegionLevel[] = ['province', 'city', 'district', 'county'];
const TEXT_FORMATS = new Set(['txt', 'md', 'html']);

interface Props {
  onOpenFiles(): void;
  onOpenFolder(): void;
}

export function LibraryView({ onOpenFiles, onOpenFolder }: Props) {
  const { snapshot, t, api, apply, notify } = useApp();
  const list = useRef<HTMLDivElement>(null);
  const groups = groupReports(snapshot.reports);
  const hasDemo = snapshot.reports.some((r) => r.demo);

  // Arrow keys move between report rows; Enter opens the focused one.
  const onKeyDown = (event: ReactKeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const target = event.target as HTMLElement;
    if (target.tagName === 'INPUT' || target.tagName === 'SELECT') return;
    const rows = Array.from(list.current?.querySelectorAll<HTMLElement>('[data-row]') ?? []);
    if (rows.length === 0) return;
    event.preventDefault();
    const current = rows.findIndex((r) => r.contains(document.activeElement));
    const next = event.key === 'ArrowDown' ? Math.min(rows.length - 1, current + 1) : Math.max(0, current - 1);
    rows[next].focus();
  };

  const exportWorkspace = async () => {
    try {
      const file = await api.exportWorkspace();
      if (file) notify(t('savedTo', { file }));
    } catch (error) {
      notify(t('saveFailed', { reason: errorText(error) }), 'error');
    }
  };
  const importWorkspace = () =>
    apply(async () => {
      const ws = await api.importWorkspace();
      return ws ?? (await api.getWorkspace());
    });

  return (
    <div className="library" data-testid="library">
      <div className="view-toolbar">
        <button data-testid="library-export-workspace" onClick={() => void exportWorkspace()}>
          {t('exportWorkspace')}
        </button>
        <button data-testid="library-import-workspace" onClick={() => void importWorkspace()}>
          {t('importWorkspace')}
        </button>
        {hasDemo && (
          <button data-testid="library-clear-demo" onClick={() => void apply(() => api.clearDemo())}>
            {t('clearDemo')}
          </button>
        )}
      </div>
      {snapshot.reports.length === 0 ? (
        <div className="empty-state" data-testid="library-empty">
          <p className="big">{t('emptyLibrary')}</p>
          <p>{t('emptyLibraryHint')}</p>
          <p>
            <button data-testid="empty-open-files" onClick={onOpenFiles}>
              {t('openFiles')}
            </button>{' '}
            <button data-testid="empty-open-folder" onClick={onOpenFolder}>
              {t('openFolder')}
            </button>
          </p>
        </div>
      ) : (
        <div className="library-list" ref={list} onKeyDown={onKeyDown}>
          <table className="grid library-table">
            <thead>
              <tr>
                <th>{t('region')}</th>
                <th>{t('regionLevel')}</th>
                <th>{t('reviewYear')}</th>
                <th>{t('reportDate')}</th>
                <th>{t('title')}</th>
                <th>{t('format')}</th>
                <th>{t('encoding')}</th>
                <th className="num">{t('indicators')}</th>
                <th />
              </tr>
            </thead>
            {groups.map((g) => (
              <tbody key={g.region ?? '\u0000'} data-testid="library-group" data-region={g.region ?? ''}>
                <tr className="group-head">
                  <th colSpan={9}>
                    {g.region ?? t('noRegion')} <span className="muted">({g.count})</span>
                  </th>
                </tr>
                {g.years.flatMap((y) => y.reports.map((r) => <ReportRow key={r.id} report={r} />))}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </div>
  );
}

function sourceBadge(field: MetaField<unknown>, t: ReturnType<typeof useApp>['t']) {
  if (field.source === 'user') return <span className="badge user">{t('source.user')}</span>;
  if (field.source === 'none' || field.value === null) return <span className="badge none">{t('source.none')}</span>;
  return null;
}

function ReportRow({ report }: { report: StoredReport }) {
  const { t, api, apply, openIndicator } = useApp();
  const { document: doc } = report;
  const meta = doc.meta;
  const patch = (p: MetaPatch) => void apply(() => api.updateMeta(report.id, p));
  const id = report.id;

  return (
    <tr
      data-row
      tabIndex={0}
      className="report-row"
      data-testid="report-row"
      data-report-id={id}
      data-file={doc.fileName}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.target === e.currentTarget) openIndicator(id, null);
      }}
    >
      <td>
        <EditableText
          testId={`meta-region-${id}`}
          value={meta.region.value}
          placeholder={t('noRegion')}
          onCommit={(v) => patch({ region: v })}
        />
        {sourceBadge(meta.region, t)}
        <div className="file-name muted" title={doc.fileName}>
          {doc.fileName}
          {report.demo && <span className="badge demo">{t('demo')}</span>}
          {doc.warnings.length > 0 && (
            <span className="badge warn" title={doc.warnings.join('\n')} data-testid={`warnings-${id}`}>
              {t('warnings')} {doc.warnings.length}
            </span>
          )}
        </div>
      </td>
      <td>
        <select
          data-testid={`meta-level-${id}`}
          value={meta.regionLevel.value ?? ''}
          onChange={(e) => patch({ regionLevel: (e.target.value || null) as RegionLevel | null })}
        >
          <option value="">—</option>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(`level.${l}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <EditableText
          testId={`meta-year-${id}`}
          value={meta.reviewYear.value === null ? null : String(meta.reviewYear.value)}
          placeholder={t('noYear')}
          inputMode="numeric"
          validate={(v) => (/^\d{4}$/.test(v) ? null : t('invalidYear'))}
          onCommit={(v) => patch({ reviewYear: v === null ? null : Number(v) })}
        />
        {sourceBadge(meta.reviewYear, t)}
      </td>
      <td>
        <EditableText
          testId={`meta-date-${id}`}
          value={meta.reportDate.value}
          placeholder="—"
          validate={(v) => (/^\d{4}-\d{2}(-\d{2})?$/.test(v) ? null : t('invalidDate'))}
          onCommit={(v) => patch({ reportDate: v })}
        />
      </td>
      <td className="title-cell">
        <EditableText testId={`meta-title-${id}`} value={meta.title.value} placeholder="—" onCommit={(v) => patch({ title: v })} />
      </td>
      <td>{doc.format}</td>
      <td>
        {doc.encoding !== null && TEXT_FORMATS.has(doc.format) ? (
          <select
            data-testid={`encoding-${id}`}
            title={t('encodingHint')}
            value={doc.encoding.toLowerCase()}
            onChange={(e) => void apply(() => api.setEncoding(id, e.target.value))}
          >
            {[...new Set([doc.encoding.toLowerCase(), ...ENCODINGS])].map((enc) => (
              <option key={enc} value={enc}>
                {enc}
              </option>
            ))}
          </select>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td className="num" data-testid={`indicator-count-${id}`}>
        {report.indicators.length}
      </td>
      <td>
        <span className="actions">
        <button data-testid={`open-report-${id}`} onClick={() => openIndicator(id, null)}>
          {t('open')}
        </button>
        <button data-testid={`remove-report-${id}`} onClick={() => void apply(() => api.removeReports([id]))}>
          {t('remove')}
        </button>
        </span>
      </td>
    </tr>
  );
}
