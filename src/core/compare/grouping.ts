// Which report stands for which region and year. Reports without metadata land in an 'unknown'
// bucket instead of breaking a view; two reports reviewing the same year resolve deterministically.
import type { StoredReport } from '../../shared/api';

/** The region key of reports whose region is unknown (display it with format's regionName). */
export const UNKNOWN_REGION = '';

export function regionOf(report: StoredReport): string {
  const value = report.document?.meta?.region?.value;
  return typeof value === 'string' ? value.trim() : UNKNOWN_REGION;
}

/** The year under review, or null when unknown or not a plausible year. */
export function yearOf(report: StoredReport): number | null {
  const value = report.document?.meta?.reviewYear?.value;
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 10000 ? value : null;
}

function dateOf(report: StoredReport): string {
  const value = report.document?.meta?.reportDate?.value;
  return typeof value === 'string' ? value : '';
}

/** Orders the better report first when two review the same year for one region: the later report
 *  date (a revised or final version), then the later import, then the id, so the choice never
 *  depends on input order. */
export function compareForPreference(a: StoredReport, b: StoredReport): number {
  return codeOrder(dateOf(b), dateOf(a)) || codeOrder(String(b.addedAt ?? ''), String(a.addedAt ?? '')) || codeOrder(String(b.id), String(a.id));
}

/** Plain code-unit order: ISO dates and ids sort the same on every machine, whatever its locale. */
function codeOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface Chosen<K> {
  /** Key → the report shown for it. */
  chosen: Map<K, StoredReport>;
  /** Reports that lost to a preferred one for the same key. */
  shadowed: string[];
}

/** One report per key (the preferred one); the others are listed as shadowed. */
export function chooseByKey<K>(reports: readonly StoredReport[], keyOf: (r: StoredReport) => K | null): Chosen<K> {
  const chosen = new Map<K, StoredReport>();
  const shadowed: string[] = [];
  for (const report of reports) {
    const key = keyOf(report);
    if (key === null) continue;
    const current = chosen.get(key);
    if (!current) chosen.set(key, report);
    else if (compareForPreference(report, current) < 0) {
      shadowed.push(current.id);
      chosen.set(key, report);
    } else shadowed.push(report.id);
  }
  shadowed.sort();
  return { chosen, shadowed };
}

const collator = new Intl.Collator('zh-Hans-CN');

/** Regions sorted for a selector (Chinese collation), the unknown bucket last. */
export function sortRegions(regions: Iterable<string>): string[] {
  return [...new Set(regions)].sort((a, b) => {
    if (a === UNKNOWN_REGION || b === UNKNOWN_REGION) return a === b ? 0 : a === UNKNOWN_REGION ? 1 : -1;
    return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
  });
}

/** Every region present (including the unknown bucket when a report lacks its region). */
export function listRegions(reports: readonly StoredReport[]): string[] {
  return sortRegions(reports.map(regionOf));
}

/** Known years under review, ascending; only those of `region` when given. */
export function listYears(reports: readonly StoredReport[], region?: string): number[] {
  const years = new Set<number>();
  for (const report of reports) {
    if (region !== undefined && regionOf(report) !== region) continue;
    const year = yearOf(report);
    if (year !== null) years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}

export function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
