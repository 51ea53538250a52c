// Last year's target for this year, checked against this year's result.
import type { Indicator } from '../model';
import type { Cell, ComputedChange, TargetCheck } from './types';
import { decimalsOf, roundTo } from '../format/number';

export type Qualifier = NonNullable<TargetCheck['qualifier']>;

const CLAUSE_BREAK = /[，,；;。：:、！!？?\n]/;

/** How a target is bounded, read from the words around its figure: 控制在5.5%以内 (at most),
 *  增长6%以上 (at least), 6%左右 (about); else approx → about; else exact. */
export function qualifierOf(text: string | null | undefined, indicator: Pick<Indicator, 'start' | 'end' | 'approx' | 'bound'>): Qualifier {
  if (typeof text !== 'string' && indicator.bound) return indicator.bound;
  if (typeof text === 'string' && Number.isInteger(indicator.start) && Number.isInteger(indicator.end)) {
    const start = Math.max(0, Math.min(text.length, indicator.start));
    const end = Math.max(start, Math.min(text.length, indicator.end));
    const before = text.slice(Math.max(0, start - 8), start).split(CLAUSE_BREAK).pop() ?? '';
    const after = text.slice(end, end + 6).split(CLAUSE_BREAK)[0];
    const evidence = text.slice(start, end);
    const near = evidence + after;
    if (/以内|以下|之内/.test(near) || /控制在|不超过|不高于/.test(before)) return 'at-most';
    if (/以上/.test(near) || /不低于|不少于/.test(before)) return 'at-least';
    if (/左右|上下/.test(near) || /约$|大约|近$/.test(before)) return 'about';
  }
  return indicator.approx ? 'about' : 'exact';
}

function finite(n: number | null | undefined): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

export interface TargetOptions {
  lowerIsBetter: boolean;
  /** Growth reported at comparable prices: a computed nominal change may not stand in for it. */
  realGrowth: boolean;
  /** The metric's level is a rate of change (CPI 涨幅): a level in % and a change in % state the same. */
  levelIsChange?: boolean;
}

/** A figure of a rate-of-change metric as one number in %: its level in %, else its change in %. */
function asRateOfChange(cell: Cell): number | null {
  if (cell.value !== null && cell.unit === '%' && finite(cell.value)) return cell.value;
  if (cell.value === null && cell.change?.unit === '%' && finite(cell.change.value)) return cell.change.value;
  return null;
}

/** Whether `result` meets `target`. At most / at least bound the size of the move in the target's own
 *  direction ('下降3%以上' is met by −3.5%); otherwise the metric's direction decides (≥, or ≤ for
 *  能耗, 失业率, CPI…). 'About' targets (6%左右) are met when the result rounds to them at the target's
 *  precision (5.96 → 6). */
export function judge(result: number, target: number, qualifier: Qualifier, lowerIsBetter: boolean): boolean {
  let atMost: boolean;
  if (qualifier === 'at-most') atMost = target >= 0;
  else if (qualifier === 'at-least') atMost = target < 0;
  else atMost = lowerIsBetter;
  const r = qualifier === 'about' ? roundTo(result, decimalsOf(target)) : result;
  const epsilon = 1e-9 * Math.max(1, Math.abs(target));
  return atMost ? r <= target + epsilon : r >= target - epsilon;
}

/** Checks a target cell against the result cell of its year: as a level when both state one, else as
 *  a change (the reported change, or the computed one when comparable); 'unknown' when neither works. */
export function checkTarget(
  target: Cell,
  qualifier: Qualifier,
  result: Cell | null,
  computed: ComputedChange | null,
  options: TargetOptions,
): TargetCheck {
  const check: TargetCheck = { target, result, status: 'unknown', basis: 'none', qualifier };
  if (!result) return check;
  if (
    target.value !== null &&
    finite(target.value) &&
    finite(target.normValue) &&
    result.value !== null &&
    finite(result.normValue) &&
    (target.baseUnit ?? '') === (result.baseUnit ?? '')
  ) {
    // Compare in the target's own unit so that rounding happens at the precision it was written in.
    const scale = target.value !== 0 && target.normValue !== 0 ? target.normValue / target.value : 1;
    const r = result.normValue / scale;
    check.basis = 'level';
    check.status = judge(r, target.value, qualifier, options.lowerIsBetter) ? 'met' : 'missed';
    return check;
  }
  const goal = target.change;
  if (goal && finite(goal.value)) {
    let r: number | null = null;
    if (result.change && result.change.unit === goal.unit && finite(result.change.value)) r = result.change.value;
    else if (computed && computed.unit === goal.unit && computed.span === 1 && !options.realGrowth) r = computed.value;
    if (r !== null) {
      check.basis = 'change';
      check.status = judge(r, goal.value, qualifier, options.lowerIsBetter) ? 'met' : 'missed';
      return check;
    }
  }
  if (options.levelIsChange) {
    const t = asRateOfChange(target);
    const r = asRateOfChange(result);
    if (t !== null && r !== null) {
      check.basis = 'change';
      check.status = judge(r, t, qualifier, options.lowerIsBetter) ? 'met' : 'missed';
    }
  }
  return check;
}
