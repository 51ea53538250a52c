// Report dates and the year under review.

export interface YMD {
  year: number;
  month: number | null;
  day: number | null;
}

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function validDate(year: number, month: number | null, day: number | null): YMD | null {
  if (year < 1949 || year > 2100) return null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (month === null || day < 1 || day > daysIn(year, month))) return null;
  return { year, month, day };
}

export function isoDate(d: YMD): string | null {
  if (d.month === null) return null;
  const mm = String(d.month).padStart(2, '0');
  return d.day === null ? `${d.year}-${mm}` : `${d.year}-${mm}-${String(d.day).padStart(2, '0')}`;
}

/** Sessions from October on review their own year (some counties meet in late December);
 *  sessions in January–September review the year before. */
export function reviewYearOfDate(d: YMD): number | null {
  if (d.month === null) return null;
  return d.month >= 10 ? d.year : d.year - 1;
}
