// Figures and their formatting, shared by the benchmark's sections.

/** One line of a printed table. */
export type Row = Record<string, string | number>;

export const fmt = (n: number, digits = 2) =>
  Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : 'n/a';
export const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a');
export const mb = (bytes: number) => fmt(bytes / 1024 / 1024, 1) + ' MB';

/** Linear interpolation between closest ranks; `sorted` ascending. */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  return sorted[lo] + (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]) * (at - lo);
}

export const median = (values: number[]) => quantile([...values].sort((a, b) => a - b), 0.5);
