// Progress of an import batch with per-file status and a cancel button, and the list of files
// that could not be loaded (message in the current language), each dismissible.
import type { LoadError } from '../../../core/model';
import type { ImportOutcome, ImportProgress } from '../../../shared/api';
import { useApp } from '../state/app-context';

interface Props {
  progress: ImportProgress | null;
  outcome: ImportOutcome | null;
  errors: LoadError[];
  onCancel(jobId: string): void;
  onDismissProgress(): void;
  onDismissError(index: number): void;
  onDismissAllErrors(): void;
}

export function ImportPanel({ progress, outcome, errors, onCancel, onDismissProgress, onDismissError, onDismissAllErrors }: Props) {
  const { t, language } = useApp();
  return (
    <>
      {progress && (
        <section className="import-progress" data-testid="import-progress" data-finished={progress.finished}>
          <div className="row">
            <span data-testid="import-progress-text">
              {progress.finished && outcome?.jobId === progress.jobId
                ? t('importDone', { added: outcome.added.length, duplicates: outcome.duplicates.length, errors: outcome.errors.length })
                : t('importing', { done: progress.done, total: progress.total })}
            </span>
            <progress max={Math.max(1, progress.total)} value={progress.done} data-testid="import-progress-bar" />
            {!progress.finished ? (
              // Distinct keys: React must not turn the Cancel button into Dismiss under the user's pointer.
              <button key="cancel" data-testid="import-cancel" onClick={() => onCancel(progress.jobId)}>
                {t('cancel')}
              </button>
            ) : (
              <button key="dismiss" data-testid="import-progress-dismiss" onClick={onDismissProgress}>
                {t('dismiss')}
              </button>
            )}
          </div>
          {/* Per-file status stays in the DOM; folded away once a batch finished without errors. */}
          <details open={!progress.finished || progress.files.some((f) => f.state === 'error')}>
            <summary data-testid="import-files-toggle">{t('filesCount', { n: progress.files.length })}</summary>
            <ul className="import-files">
              {progress.files.map((f, i) => (
                <li key={i} data-testid="import-file" data-state={f.state} data-file={f.fileName}>
                  <span className={`state ${f.state}`}>{t(`state.${f.state}`)}</span> {f.fileName}
                </li>
              ))}
            </ul>
          </details>
        </section>
      )}
      {errors.length > 0 && (
        <section className="import-errors" data-testid="import-errors" role="alert">
          <div className="row">
            <strong>{t('errorsTitle')}</strong>
            <span className="spacer" />
            <button data-testid="import-errors-dismiss-all" onClick={onDismissAllErrors}>
              {t('dismissAll')}
            </button>
          </div>
          <ul>
            {errors.map((e, i) => (
              <li key={`${e.fileName}-${i}`} data-testid="import-error" data-file={e.fileName} data-code={e.code}>
                <span className="file">{e.fileName}</span>
                <span className="message">{language === 'zh' ? e.message : e.messageEn}</span>
                <button data-testid="import-error-dismiss" aria-label={t('dismiss')} onClick={() => onDismissError(i)}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
