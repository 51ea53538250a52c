// Plain-number helpers shared by display formatting, CSV export and the comparison arithmetic.

/** Decimal digits of the shortest representation of n (6.5 → 1, 715 → 0, 1e-7 → 7). */
export function decimalsOf(n: number): number {
  if (!Number.isFinite(n)) return 0;
  const s = Math.abs(n).toString();
  const e = s.indexOf('e');
  if (e < 0) {
    const dot = s.indexOf('.');
    return dot < 0 ? 0 : s.length - dot - 1;
  }
  const mantissa = s.slice(0, e);
  const exp = Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const mantDecimals = dot < 0 ? 0 : mantissa.length - dot - 1;
  return Math.max(0, mantDecimals - exp);
}

/** Half a unit of the last written digit: the rounding error of a reported figure (6.5 → 0.05). */
export function halfUlp(n: number): number {
  return 0.5 * 10 ** -decimalsOf(n);
}

/** Rounds half away from zero to `decimals` digits, without binary noise (1.005 → 1.01). */
export function roundTo(n: number, decimals: number): number {
  if (!Number.isFinite(n)) return n;
  const d = Math.max(0, Math.min(20, Math.trunc(decimals)));
  const sign = n < 0 ? -1 : 1;
  // Shift through the decimal string, not by multiplication, so 1.005 is not 1.00499999…
  const shifted = Number(`${Math.abs(n)}e${d}`);
  const rounded = Math.round(shifted);
  return sign * Number(`${rounded}e-${d}`);
}

/** Removes floating-point noise from arithmetic results (0.1 + 0.2 → 0.3). */
export function clean(n: number): number {
  return Number.isFinite(n) ? Number(n.toPrecision(12)) : n;
}

/** The shortest round-trip decimal string of n, never in exponent notation ('' for NaN/±Infinity). */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Object.is(n, -0)) return '0';
  const s = n.toString();
  const e = s.indexOf('e');
  if (e < 0) return s;
  const negative = s.startsWith('-');
  const mantissa = s.slice(negative ? 1 : 0, e);
  const exp = Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const pointAt = (dot < 0 ? mantissa.length : dot) + exp;
  let out: string;
  if (pointAt <= 0) out = '0.' + '0'.repeat(-pointAt) + digits;
  else if (pointAt >= digits.length) out = digits + '0'.repeat(pointAt - digits.length);
  else out = digits.slice(0, pointAt) + '.' + digits.slice(pointAt);
  return (negative ? '-' : '') + out;
}

/** Inserts thousands separators into a plain decimal string ('1234567.5' → '1,234,567.5'). */
export function groupThousands(plain: string): string {
  const negative = plain.startsWith('-');
  const body = negative ? plain.slice(1) : plain;
  const dot = body.indexOf('.');
  const int = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? '' : body.slice(dot);
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (negative ? '-' : '') + grouped + frac;
}

/** Whether a text cell is just a number as a spreadsheet reads one: 12, -0.3, +6.5%, 1,234.5, 1e5. */
export function isNumericText(s: string): boolean {
  return /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?%?$/.test(s) && /\d/.test(s);
}
