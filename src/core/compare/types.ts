// View models of the comparison screens. Built by pure functions in this folder from the
// workspace's reports and the user's metric mapping; the renderer only draws them.
import type { Change, IndicatorKind } from '../model';

/** One indicator as it appears in a comparison cell, with a link back to its source sentence. */
export interface Cell {
  reportId: string;
  indicatorId: string;
  label: string;
  value: number | null;
  unit: string | null;
  normValue: number | null;
  baseUnit: string | null;
  change: Change | null;
  approx: boolean;
  kind: IndicatorKind;
  edited: boolean;
  /** Other indicators of the same report that line up in the same row and column (not shown). */
  alternatives?: number;
  alternativeIds?: string[];
  /** Set when the change shown comes from a separate change-only statement of the same report
   *  (e.g. 'GDP增长6%' filling the change of 'GDP 715亿元'): that statement's indicator id. */
  changeIndicatorId?: string;
}

/** A row identity: one metric in one base unit ('元', '户', '%', or 'change' for change-only statements),
 *  so that 税融通贷款 1267笔 and 12.8亿元 stay two rows. */
export interface RowKey {
  /** `${metric}|${baseUnit ?? 'change'}`; a dimensionless level (城乡收入比1.79) has '' as its unit part. */
  id: string;
  metric: string;
  /** Display name: the user's name for the metric, else the catalogue name, else the most common label. */
  name: string;
  baseUnit: string | null;
  /** True for metrics of the headline catalogue. */
  headline: boolean;
  /** English display name (the user's name, else the catalogue's English name, else the label). */
  nameEn?: string;
  /** True when the row holds only change statements (no level of this metric exists in the view). */
  changeOnly?: boolean;
  /** True when a higher value is worse (能耗, 失业率, CPI 涨幅, PM2.5…). */
  lowerIsBetter?: boolean;
}

/** Change computed from two years' values (units normalised): % for levels, 个百分点 for rates. */
export interface ComputedChange {
  value: number;
  unit: '%' | '个百分点';
  /** The reported change of the later year differs from the computed one beyond rounding. */
  disagrees: boolean;
  /** Years between the two values (1 for consecutive years); disagreement is only judged over one year. */
  span?: number;
  /** The reported change of the later year, when comparable (same unit). */
  reported?: number | null;
  /** The metric's reported growth is at comparable (constant) prices, so a gap to the nominal
   *  computed change is expected and is not flagged. */
  realGrowth?: boolean;
}

export type TargetStatus = 'met' | 'missed' | 'unknown';

export interface TargetCheck {
  /** Target stated in the previous year's report (its plan section) for this year. */
  target: Cell;
  /** This year's result it is checked against, if stated. */
  result: Cell | null;
  status: TargetStatus;
  /** How the target was compared: a level, a change (growth rate), or not at all. */
  basis?: 'level' | 'change' | 'none';
  /** How the target is bounded: 以内/以下 (at most), 以上 (at least), 左右/约 (about), or exact. */
  qualifier?: 'at-most' | 'at-least' | 'about' | 'exact';
}

export interface AcrossYearsRow {
  key: RowKey;
  /** Year under review → the result stated for it (actual or estimate), or null. */
  cells: Record<number, Cell | null>;
  /** Year → change computed against the previous year shown (null where either is missing). */
  computed: Record<number, ComputedChange | null>;
  /** Year → last year's target for this year against this year's result. */
  targets: Record<number, TargetCheck | null>;
  /** Years in which the metric appears while it did not in the year before (or vice versa). */
  appeared: number[];
  disappeared: number[];
}

export interface AcrossYearsView {
  region: string;
  years: number[];
  rows: AcrossYearsRow[];
  /** Year → id of the report shown for it. */
  reportIds?: Record<number, string>;
  /** Reports of this region not shown: another report reviews the same year (later report date wins). */
  shadowed?: string[];
  /** Reports of this region without a year under review (cannot be placed on the time axis). */
  unplaced?: string[];
}

export interface AcrossRegionsRow {
  key: RowKey;
  /** Region → cell; a region without the metric has null, never zero. */
  cells: Record<string, Cell | null>;
  /** Region → 1-based rank by normalised value (best first: largest, or smallest where lower is better); absent for regions without a value.
   *  For change-only rows: rank by reported change. */
  ranks: Record<string, number>;
  /** Region → 1-based rank by reported change (largest first), among cells whose change has the row's
   *  most common change unit. */
  changeRanks?: Record<string, number>;
  /** What `ranks` ranks by. */
  rankBy?: 'value' | 'change';
}

export interface AcrossRegionsView {
  year: number;
  regions: string[];
  rows: AcrossRegionsRow[];
  /** Region → id of the report shown for it. */
  reportIds?: Record<string, string>;
  /** Reports of this year not shown: another report of the same region reviews the same year. */
  shadowed?: string[];
}

export interface SideBySideRow {
  key: RowKey;
  left: Cell[];
  right: Cell[];
}

export interface SideBySideView {
  leftReportId: string;
  rightReportId: string;
  /** Metrics both reports state. */
  both: SideBySideRow[];
  /** Metrics only the left (right) report states. */
  leftOnly: SideBySideRow[];
  rightOnly: SideBySideRow[];
}
