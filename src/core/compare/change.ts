// The change between two years computed from their levels, and whether the reported change agrees.
import type { Cell, ComputedChange } from './types';
import { clean, halfUlp } from '../format/number';

/** Rounding error of a level in base units: half a unit of its last written digit, scaled by its
 *  multiplier (715亿元 → ±0.5亿元). Approximate levels (200余家) count a full unit. */
function levelError(cell: Cell): number {
  const value = cell.value ?? 0;
  const norm = cell.normValue ?? 0;
  const scale = value !== 0 ? Math.abs(norm / value) : 1;
  return (cell.approx ? 2 : 1) * halfUlp(value) * scale;
}

function finite(n: number | null | undefined): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

export interface ComputeOptions {
  /** Years between the two cells; disagreement is judged only for consecutive years. */
  span: number;
  /** The reported growth is at comparable prices (GDP, value added): the gap to the nominal change is the
   *  price change, so it is flagged only when the implied deflator is implausible (see DEFLATOR_RANGE). */
  realGrowth: boolean;
}

/** Implied deflators (nominal ÷ real growth) outside this range point at a wrong figure rather than at
 *  prices: regional GDP deflators stay within about −2 % … +5 % a year. In percent. */
const DEFLATOR_RANGE = { min: -2.5, max: 6 };

/** % change for levels, 个百分点 for rates in %; null when either level is missing, the base is not
 *  positive, or the units do not allow it (‰, different base units). */
export function computeChange(previous: Cell | null, current: Cell | null, options: ComputeOptions): ComputedChange | null {
  if (!previous || !current) return null;
  const p = previous.normValue;
  const c = current.normValue;
  if (!finite(p) || !finite(c) || previous.value === null || current.value === null) return null;
  if ((previous.baseUnit ?? '') !== (current.baseUnit ?? '')) return null;
  const unit = current.baseUnit ?? '';
  if (unit === '‰') return null;

  let value: number;
  let tolerance: number;
  let changeUnit: ComputedChange['unit'];
  if (unit === '%') {
    changeUnit = '个百分点';
    value = c - p;
    tolerance = levelError(previous) + levelError(current);
  } else {
    if (p <= 0 || c < 0) return null;
    changeUnit = '%';
    value = (c / p - 1) * 100;
    tolerance = (c / p) * (levelError(current) / Math.max(c, Number.MIN_VALUE) + levelError(previous) / p) * 100;
  }
  if (!Number.isFinite(value)) return null;

  const reportedChange = current.change;
  const reported = reportedChange && reportedChange.unit === changeUnit && finite(reportedChange.value) ? reportedChange.value : null;
  let disagrees = false;
  if (reported !== null && options.span === 1) {
    // The reported change is rounded to its last digit; an approximate one (6%左右) to a full unit of it.
    const reportedError = (current.approx ? 2 : 1) * halfUlp(reported);
    const epsilon = 1e-9 * Math.max(1, Math.abs(value));
    const slack = reportedError + tolerance + epsilon;
    if (!options.realGrowth) {
      disagrees = Math.abs(reported - value) > slack;
    } else if (changeUnit === '%') {
      // Nominal (computed) vs real (reported) growth: flag only an implausible price change.
      const deflator = (lo: number, hi: number) => ((1 + hi / 100) / (1 + lo / 100) - 1) * 100;
      disagrees = deflator(reported + slack, value) > DEFLATOR_RANGE.max || deflator(reported - slack, value) < DEFLATOR_RANGE.min;
    }
  }
  return {
    value: clean(value),
    unit: changeUnit,
    disagrees,
    span: options.span,
    reported,
    realGrowth: options.realGrowth || undefined,
  };
}
