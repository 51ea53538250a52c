// The domain model shared by the parser, the comparison views, the CSV export, the main
// process and the renderer. Plain data only (it crosses IPC and is saved as JSON).

/** actual: result of the year under review; estimate: 预计/初步核算; target: the plan for the coming year.
 *  rank and comparison are kept for display but never lined up as values. */
export type IndicatorKind = 'actual' | 'estimate' | 'target' | 'rank' | 'comparison';

/** Where in a report a figure stands: the review of the past year, the problems paragraph, or the plan. */
export type SectionKind = 'review' | 'problems' | 'plan' | 'other';

export interface Change {
  /** Signed: 下降/减少/回落 give negative values. */
  value: number;
  /** '%', '个百分点' or '倍'. */
  unit: string;
}

/** One figure a report states, grounded in the display text. */
export interface Indicator {
  /** Stable within one parse of one text: derived from the evidence span. */
  id: string;
  /** Name of what is measured, simplified script, no pinyin. */
  label: string;
  /** The number as written (12.8 for 12.8亿元); null for change-only statements. */
  value: number | null;
  /** Unit as written after the number, multiplier included ('亿元', '万件', '%'); null for change-only. */
  unit: string | null;
  /** value in the base unit (12.8亿元 → 1.28e9); null when value is null. */
  normValue: number | null;
  /** The unit without multiplier ('元', '件', '%'); null when unit is null. */
  baseUnit: string | null;
  change: Change | null;
  approx: boolean;
  kind: IndicatorKind;
  section: SectionKind;
  /** Catalogue key (e.g. 'gdp') or a stable key derived from the normalised label ('label:…'). */
  metric: string;
  /** Whether metric is a catalogue key (true) or derived from the label (false). */
  catalogued: boolean;
  /** [start, end) of the evidence in the display text: contains the value (or the change). */
  start: number;
  end: number;
  /** [start, end) of the enclosing sentence in the display text. */
  sentenceStart: number;
  sentenceEnd: number;
  /** Modified by the user (kept across re-parses, flagged in exports). */
  edited?: boolean;
  /** How an approximate figure is bounded (以内 → at-most, 以上 → at-least, 左右 → about), read from its
   *  text once, so a target can be judged where the text itself is not at hand (the renderer's snapshot). */
  bound?: 'at-most' | 'at-least' | 'about';
}

export type SourceFormat = 'txt' | 'md' | 'html' | 'pdf' | 'docx';

/** Where a metadata field was read from; 'user' once corrected by hand. */
export type MetaSource = 'title' | 'dateline' | 'filename' | 'text' | 'user' | 'none';

export interface MetaField<T> {
  value: T | null;
  source: MetaSource;
}

export type RegionLevel = 'province' | 'city' | 'district' | 'county';

export interface ReportMeta {
  /** e.g. '铜陵市铜官区' or '铜官区'. */
  region: MetaField<string>;
  regionLevel: MetaField<RegionLevel>;
  /** ISO date (YYYY-MM-DD, or YYYY-MM when the day is unknown) the report was delivered. */
  reportDate: MetaField<string>;
  /** The year whose results the report reviews (report of Jan 2024 → 2023). Targets are for reviewYear + 1. */
  reviewYear: MetaField<number>;
  title: MetaField<string>;
}

/** A loaded document: what a loader returns for one file. */
export interface LoadedDocument {
  fileName: string;
  format: SourceFormat;
  /** Detected (or user-chosen) text encoding for text formats; null for pdf/docx. */
  encoding: string | null;
  /** The display text. Indicator spans index this string. For .txt it is the decoded content exactly. */
  text: string;
  meta: ReportMeta;
  /** sha-256 of the display text, hex: a report loaded twice is recognised by content. */
  contentHash: string;
  sizeBytes: number;
  /** Non-fatal observations the user may want to know (e.g. 'traditional script', 'pinyin glosses removed'). */
  warnings: string[];
}

export type LoadErrorCode =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'unreadable'
  | 'unsupported-format'
  | 'legacy-doc'
  | 'wps'
  | 'pdf-corrupt'
  | 'pdf-encrypted'
  | 'pdf-no-text'
  | 'not-docx'
  | 'docx-corrupt'
  | 'decode-failed';

/** A file that could not be loaded: names the file and says what the user can do. */
export interface LoadError {
  fileName: string;
  code: LoadErrorCode;
  /** Simplified Chinese: names the file, the reason and what to do. */
  message: string;
  /** The same in English. */
  messageEn: string;
}

export type LoadResult = { ok: true; document: LoadedDocument } | { ok: false; error: LoadError };
