// The row filters every comparison view offers: headline metrics only, and a search over row names.
import { useApp } from '../state/app-context';

interface Props {
  headlineOnly: boolean;
  onHeadlineOnly(value: boolean): void;
  query: string;
  onQuery(value: string): void;
  /** Rows shown / rows in the view; omitted where the view has no single count. */
  count?: { shown: number; total: number };
}

export function RowFilters({ headlineOnly, onHeadlineOnly, query, onQuery, count }: Props) {
  const { t } = useApp();
  return (
    <>
      <label>
        <input type="checkbox" data-testid="headline-only" checked={headlineOnly} onChange={(e) => onHeadlineOnly(e.target.checked)} />
        {t('headlineOnly')}
      </label>
      <input type="search" data-testid="rows-search" placeholder={t('search')} value={query} onChange={(e) => onQuery(e.target.value)} />
      {count && (
        <span className="muted">
          {count.shown}/{count.total}
        </span>
      )}
    </>
  );
}
