// What every view needs: the workspace snapshot, the language, the view choices, and one way to
// call the API that refreshes the snapshot and turns failures into a message the user sees.
import { createContext, useContext } from 'react';
import type { Catalogue } from '../../../core/catalogue';
import type { Language, ReportApi, WorkspaceSnapshot } from '../../../shared/api';
import type { Translate } from '../lib/i18n';
import type { ReportTextCache } from '../lib/report-texts';
import type { ViewState } from '../lib/view-state';

export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'error';
}

export interface AppContextValue {
  api: ReportApi;
  snapshot: WorkspaceSnapshot;
  /** Report texts, fetched on demand (snapshots leave them out). */
  texts: ReportTextCache;
  language: Language;
  t: Translate;
  catalogue: Catalogue;
  viewState: ViewState;
  updateView(patch: Partial<ViewState>): void;
  /** Runs a call that returns a new snapshot; shows its failure (never swallows it). */
  apply(call: () => Promise<WorkspaceSnapshot>): Promise<boolean>;
  notify(text: string, tone?: Notice['tone']): void;
  /** Opens the report view at one indicator, scrolled to and flashing its sentence. */
  openIndicator(reportId: string, indicatorId: string | null): void;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside AppContext');
  return value;
}

export { errorText } from '../lib/errors';
