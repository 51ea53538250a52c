// The window: toolbar, view tabs, import progress and errors, drop target, and the active view.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DragEvent as ReactDragEvent } from 'react';
import { defaultCatalogue } from '../../core/catalogue';
import { longCsv } from '../../core/csv';
import type { LoadError } from '../../core/model';
import type { ImportOutcome, ImportProgress, Language, MenuCommand, WorkspaceSnapshot } from '../../shared/api';
import { translator } from './lib/i18n';
import { createReportTextCache } from './lib/report-texts';
import { MAX_DROPPED_FILES, readDropped } from './dom/drop';
import { AppContext, errorText } from './state/app-context';
import type { AppContextValue, Notice } from './state/app-context';
import { DEFAULT_VIEW_STATE, VIEW_IDS, parseViewState } from './lib/view-state';
import type { ViewId, ViewState } from './lib/view-state';
import { ExportProvider, useExportRegistry } from './state/export-registry';
import { ImportPanel } from './components/ImportPanel';
import { LibraryView } from './views/LibraryView';
import { ReportView } from './views/ReportView';
import { AcrossYearsView } from './views/AcrossYearsView';
import { AcrossRegionsView } from './views/AcrossRegionsView';
import { SideBySideView } from './views/SideBySideView';
import { MetricsView } from './views/MetricsView';

const SAVE_UI_DELAY_MS = 400;

export function App() {
  // Only the preload (or the e2e bridge) provides window.api; without it nothing can work.
  if (!window.api) {
    return (
      <div className="fatal" data-testid="fatal-error" role="alert">
        <h1>缺少程序接口 / The application API is missing</h1>
        <p>请通过“报告对比”程序打开此页面。 / Open this page from the Report Compare application.</p>
      </div>
    );
  }
  return (
    <ExportProvider>
      <Shell />
    </ExportProvider>
  );
}

function Shell() {
  const api = window.api;
  const [snapshot, setSnapshot] = useState<WorkspaceSnapshot | null>(null);
  const [fatal, setFatal] = useState<string | null>(null);
  const [language, setLanguage] = useState<Language>('zh');
  const [viewState, setViewState] = useState<ViewState>(DEFAULT_VIEW_STATE);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [lastOutcome, setLastOutcome] = useState<ImportOutcome | null>(null);
  const [importErrors, setImportErrors] = useState<LoadError[]>([]);
  const [dragging, setDragging] = useState(false);
  const [workspaceNoticeShown, setWorkspaceNoticeShown] = useState(true);
  const loaded = useRef(false);
  const noticeId = useRef(0);
  const t = useMemo(() => translator(language), [language]);
  const catalogue = useMemo(() => defaultCatalogue(), []);
  const texts = useMemo(() => createReportTextCache(api), [api]);
  const exports = useExportRegistry();

  const notify = useCallback((text: string, tone: Notice['tone'] = 'info') => {
    const id = ++noticeId.current;
    setNotices((list) => [...list.slice(-4), { id, text, tone }]);
    if (tone === 'info') setTimeout(() => setNotices((list) => list.filter((n) => n.id !== id)), 6000);
  }, []);

  useEffect(() => {
    api
      .getWorkspace()
      .then((ws) => {
        setSnapshot(ws);
        setLanguage(ws.ui.language === 'en' ? 'en' : 'zh');
        setViewState(parseViewState(ws.ui.view));
        loaded.current = true;
      })
      .catch((error: unknown) => setFatal(errorText(error)));
  }, [api]);

  // View choices are saved a moment after they settle, not on every keystroke.
  useEffect(() => {
    if (!loaded.current) return;
    const timer = setTimeout(() => {
      api.setUi({ view: viewState as unknown as Record<string, unknown> }).catch((error: unknown) =>
        notify(t('actionFailed', { reason: errorText(error) }), 'error'),
      );
    }, SAVE_UI_DELAY_MS);
    return () => clearTimeout(timer);
  }, [api, viewState, notify, t]);

  const changeLanguage = useCallback(
    (next: Language) => {
      setLanguage(next);
      api.setUi({ language: next }).catch((error: unknown) => notify(errorText(error), 'error'));
    },
    [api, notify],
  );

  const updateView = useCallback((patch: Partial<ViewState>) => setViewState((vs) => ({ ...vs, ...patch })), []);

  const apply = useCallback(
    async (call: () => Promise<WorkspaceSnapshot>) => {
      try {
        setSnapshot(await call());
        return true;
      } catch (error) {
        notify(t('actionFailed', { reason: errorText(error) }), 'error');
        return false;
      }
    },
    [notify, t],
  );

  const runImport = useCallback(
    async (call: () => Promise<ImportOutcome | null>) => {
      try {
        const outcome = await call();
        if (!outcome) return;
        setLastOutcome(outcome);
        setImportErrors((list) => [...list, ...outcome.errors]);
        setSnapshot(await api.getWorkspace());
        notify(
          outcome.cancelled
            ? t('cancelled')
            : t('importDone', { added: outcome.added.length, duplicates: outcome.duplicates.length, errors: outcome.errors.length }),
          outcome.errors.length > 0 ? 'error' : 'info',
        );
      } catch (error) {
        notify(t('actionFailed', { reason: errorText(error) }), 'error');
      }
    },
    [api, notify, t],
  );

  const openFiles = useCallback(() => runImport(() => api.openFiles()), [api, runImport]);
  const openFolder = useCallback(() => runImport(() => api.openFolder()), [api, runImport]);

  useEffect(() => api.onImportProgress((p) => setProgress(p)), [api]);

  const switchView = useCallback((view: ViewId) => updateView({ view }), [updateView]);

  const runExport = useCallback(() => {
    const exporter = exports.current();
    if (exporter) {
      void exporter();
      return;
    }
    // Views without a table of their own export every figure (long CSV).
    if (!snapshot) return;
    texts
      .withTexts(snapshot.reports)
      .then((reports) => api.save({ kind: 'csv', suggestedName: '报告对比-全部指标.csv', data: longCsv(reports, snapshot.mapping, catalogue, language) }))
      .then((file) => file && notify(t('savedTo', { file })))
      .catch((error: unknown) => notify(t('saveFailed', { reason: errorText(error) }), 'error'));
  }, [exports, notify, t, snapshot, texts, catalogue, language, api]);

  useEffect(
    () =>
      api.onMenuCommand((command: MenuCommand) => {
        if (command === 'open-files') void openFiles();
        else if (command === 'open-folder') void openFolder();
        else if (command === 'language-zh') changeLanguage('zh');
        else if (command === 'language-en') changeLanguage('en');
        else if (command === 'export') runExport();
      }),
    [api, openFiles, openFolder, changeLanguage, runExport],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && /^[1-6]$/.test(event.key)) {
        event.preventDefault();
        switchView(VIEW_IDS[Number(event.key) - 1]);
      } else if (event.key === 'Escape' && !event.defaultPrevented) {
        setNotices([]);
      } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'e') {
        event.preventDefault();
        runExport();
      } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'o') {
        event.preventDefault();
        void (event.shiftKey ? openFolder() : openFiles());
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [switchView, openFiles, openFolder, runExport]);

  const openIndicator = useCallback(
    // Filters are cleared so the figure the user followed is in the list.
    (reportId: string, indicatorId: string | null) =>
      updateView({ view: 'report', reportId, indicatorId, filter: { metric: null, section: null, kind: null } }),
    [updateView],
  );

  const onDragOver = (event: ReactDragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (event: ReactDragEvent) => {
    event.preventDefault();
    setDragging(false);
    const read = readDropped(event.dataTransfer);
    void runImport(async () => {
      const { files, truncated } = await read;
      if (truncated) notify(t('dropTruncated', { n: MAX_DROPPED_FILES }), 'error');
      return files.length > 0 ? api.importDropped(files) : null;
    });
  };

  if (fatal) {
    return (
      <div className="fatal" data-testid="fatal-error" role="alert">
        <h1>无法读取工作区 / Could not read the workspace</h1>
        <p>{fatal}</p>
      </div>
    );
  }
  if (!snapshot) return <div className="loading" data-testid="loading">…</div>;

  const context: AppContextValue = {
    api,
    snapshot,
    texts,
    language,
    t,
    catalogue,
    viewState,
    updateView,
    apply,
    notify,
    openIndicator,
  };

  const importing = progress !== null && !progress.finished;

  return (
    <AppContext.Provider value={context}>
      <div
        className={'app' + (dragging ? ' dragging' : '')}
        data-testid="app"
        lang={language === 'zh' ? 'zh-CN' : 'en'}
        onDragOver={onDragOver}
        onDragLeave={(e) => {
          if (e.currentTarget === e.target) setDragging(false);
        }}
        onDrop={onDrop}
      >
        <header className="toolbar">
          <span className="app-title">{t('appTitle')}</span>
          <nav className="tabs" role="tablist" aria-label="views">
            {VIEW_IDS.map((id, i) => (
              <button
                key={id}
                role="tab"
                aria-selected={viewState.view === id}
                className={viewState.view === id ? 'tab active' : 'tab'}
                data-testid={`nav-${id}`}
                title={`Ctrl+${i + 1}`}
                onClick={() => switchView(id)}
              >
                {t(`view.${id}`)}
              </button>
            ))}
          </nav>
          <span className="spacer" />
          <button data-testid="open-files" onClick={() => void openFiles()} disabled={importing} title="Ctrl+O">
            {t('openFiles')}
          </button>
          <button data-testid="open-folder" onClick={() => void openFolder()} disabled={importing} title="Ctrl+Shift+O">
            {t('openFolder')}
          </button>
          <button
            data-testid="lang-toggle"
            className="lang"
            onClick={() => changeLanguage(language === 'zh' ? 'en' : 'zh')}
            aria-label={t('language')}
          >
            {t('switchLanguage')}
          </button>
        </header>

        {snapshot.notice && workspaceNoticeShown && (
          <div className="banner warn" data-testid="workspace-notice" role="alert">
            <strong>{t('workspaceNotice')}:</strong> {snapshot.notice}
            <button data-testid="workspace-notice-dismiss" onClick={() => setWorkspaceNoticeShown(false)}>
              {t('dismiss')}
            </button>
          </div>
        )}

        <ImportPanel
          progress={progress}
          outcome={lastOutcome}
          errors={importErrors}
          onCancel={(jobId) => api.cancelImport(jobId).catch((e: unknown) => notify(errorText(e), 'error'))}
          onDismissProgress={() => {
            setProgress(null);
            setLastOutcome(null);
          }}
          onDismissError={(index) => setImportErrors((list) => list.filter((_, i) => i !== index))}
          onDismissAllErrors={() => setImportErrors([])}
        />

        <main className="view" data-testid={`view-${viewState.view}`}>
          {viewState.view === 'library' && <LibraryView onOpenFiles={openFiles} onOpenFolder={openFolder} />}
          {viewState.view === 'report' && <ReportView />}
          {viewState.view === 'years' && <AcrossYearsView />}
          {viewState.view === 'regions' && <AcrossRegionsView />}
          {viewState.view === 'side' && <SideBySideView />}
          {viewState.view === 'metrics' && <MetricsView />}
        </main>

        <footer className="statusbar" data-testid="statusbar">
          <span>{t('reportsIn', { n: snapshot.reports.length })}</span>
          <span className="spacer" />
          <span className="hint">{t('shortcuts')}</span>
        </footer>

        <div className="notices" aria-live="polite">
          {notices.map((n) => (
            <div key={n.id} className={`notice ${n.tone}`} data-testid="notice" role={n.tone === 'error' ? 'alert' : 'status'}>
              <span>{n.text}</span>
              <button
                data-testid="notice-dismiss"
                aria-label={t('dismiss')}
                onClick={() => setNotices((list) => list.filter((x) => x.id !== n.id))}
              >
                ×
              </button>
            </div>
          ))}
        </div>

        {dragging && (
          <div className="drop-overlay" data-testid="drop-overlay">
            {t('dropHere')}
          </div>
        )}
      </div>
    </AppContext.Provider>
  );
}
