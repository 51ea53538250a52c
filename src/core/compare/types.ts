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
}

/** A row identity: one metric in one base unit ('元', '户', '%', or 'change' for change-only statements),
 *  so that 税融通贷款 1267笔 and 12.8亿元 stay two rows. */
export interface RowKey {
  /** `${metric}|${baseUnit ?? 'change'}` */
  id: string;
  metric: string;
  /** Display name: the user's name for the metric, else the catalogue name, else the most common label. */
  name: string;
  baseUnit: string | null;
  /** True for metrics of the headline catalogue. */
  headline: boolean;
}

/** Change computed from two years' values (units normalised): % for levels, 个百分点 for rates. */
export interface ComputedChange {
  value: number;
  unit: '%' | '个百分点';
  /** The reported change of the later year differs from the computed one beyond rounding. */
  disagrees: boolean;
}

export type TargetStatus = 'met' | 'missed' | 'unknown';

export interface TargetCheck {
  /** Target stated in the previous year's report (its plan section) for this year. */
  target: Cell;
  /** This year's result it is checked against, if stated. */
  result: Cell | null;
  status: TargetStatus;
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
}

export interface AcrossRegionsRow {
  key: RowKey;
  /** Region → cell; a region without the metric has null, never zero. */
  cells: Record<string, Cell | null>;
  /** Region → 1-based rank by normalised value (largest first); absent for regions without a value. */
  ranks: Record<string, number>;
}

export interface AcrossRegionsView {
  year: number;
  regions: string[];
  rows: AcrossRegionsRow[];
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
