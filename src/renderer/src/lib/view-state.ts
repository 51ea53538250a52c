// The renderer's view choices, saved through api.setUi and read back from getWorkspace().ui.
// What comes back from disk is untrusted: every field is checked and defaulted. Pure: unit-tested.
import type { IndicatorKind, SectionKind } from '../../../core/model';

export const VIEW_IDS = ['library', 'report', 'years', 'regions', 'side', 'metrics'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export interface ReportFilter {
  metric: string | null;
  section: SectionKind | null;
  kind: IndicatorKind | null;
}

export interface ViewState {
  view: ViewId;
  reportId: string | null;
  indicatorId: string | null;
  /** Across years: the region. */
  region: string | null;
  /** Across districts: the year under review. */
  year: number | null;
  /** Row ids (RowKey.id) drawn in the across-years chart. */
  yearRows: string[];
  /** Row id drawn in the across-districts chart. */
  regionRow: string | null;
  leftId: string | null;
  rightId: string | null;
  filter: ReportFilter;
  headlineOnly: boolean;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  view: 'library',
  reportId: null,
  indicatorId: null,
  region: null,
  year: null,
  yearRows: [],
  regionRow: null,
  leftId: null,
  rightId: null,
  filter: { metric: null, section: null, kind: null },
  headlineOnly: false,
};

const SECTIONS: readonly SectionKind[] = ['review', 'problems', 'plan', 'other'];
const KINDS: readonly IndicatorKind[] = ['actual', 'estimate', 'target', 'rank', 'comparison'];

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 && v.length < 1000 ? v : null);
const oneOf = <T extends string>(v: unknown, allowed: readonly T[]): T | null =>
  typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : null;

export function parseViewState(raw: unknown): ViewState {
  if (!raw || typeof raw !== 'object') return { ...DEFAULT_VIEW_STATE, filter: { ...DEFAULT_VIEW_STATE.filter } };
  const r = raw as Record<string, unknown>;
  const f = (r.filter && typeof r.filter === 'object' ? r.filter : {}) as Record<string, unknown>;
  const year = typeof r.year === 'number' && Number.isInteger(r.year) && r.year > 1900 && r.year < 2200 ? r.year : null;
  return {
    view: oneOf(r.view, VIEW_IDS) ?? 'library',
    reportId: str(r.reportId),
    indicatorId: str(r.indicatorId),
    region: str(r.region),
    year,
    yearRows: Array.isArray(r.yearRows) ? r.yearRows.map(str).filter((s): s is string => s !== null).slice(0, 50) : [],
    regionRow: str(r.regionRow),
    leftId: str(r.leftId),
    rightId: str(r.rightId),
    filter: { metric: str(f.metric), section: oneOf(f.section, SECTIONS), kind: oneOf(f.kind, KINDS) },
    headlineOnly: r.headlineOnly === true,
  };
}
