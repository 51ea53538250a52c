// The library's grouping: reports by region, then by year under review (latest first), reports
// whose region or year was not detected last so they are easy to find and correct. Pure.
import type { StoredReport } from '../../../shared/api';

export interface YearGroup {
  year: number | null;
  reports: StoredReport[];
}

export interface RegionGroup {
  region: string | null;
  years: YearGroup[];
  count: number;
}

export function groupReports(reports: readonly StoredReport[]): RegionGroup[] {
  const byRegion = new Map<string | null, Map<number | null, StoredReport[]>>();
  for (const r of reports) {
    const region = r.document.meta.region.value ?? null;
    const year = r.document.meta.reviewYear.value ?? null;
    let years = byRegion.get(region);
    if (!years) byRegion.set(region, (years = new Map()));
    const list = years.get(year);
    if (list) list.push(r);
    else years.set(year, [r]);
  }
  const groups: RegionGroup[] = [];
  for (const [region, years] of byRegion) {
    const yearGroups = [...years.entries()]
      .map(([year, list]) => ({ year, reports: list.sort((a, b) => a.document.fileName.localeCompare(b.document.fileName)) }))
      .sort((a, b) => (a.year === null ? 1 : b.year === null ? -1 : b.year - a.year));
    groups.push({ region, years: yearGroups, count: yearGroups.reduce((n, y) => n + y.reports.length, 0) });
  }
  return groups.sort((a, b) =>
    a.region === null ? 1 : b.region === null ? -1 : a.region.localeCompare(b.region, 'zh-Hans-CN'),
  );
}

/** Regions with reports of at least `minYears` distinct years (for the across-years view). */
export function regionsWithYears(reports: readonly StoredReport[], minYears = 2): string[] {
  return groupReports(reports)
    .filter((g) => g.region !== null && g.years.filter((y) => y.year !== null).length >= minYears)
    .map((g) => g.region as string);
}

/** Years with reports of at least `minRegions` distinct regions (for the across-districts view), latest first. */
export function yearsWithRegions(reports: readonly StoredReport[], minRegions = 2): number[] {
  const regionsByYear = new Map<number, Set<string>>();
  for (const r of reports) {
    const year = r.document.meta.reviewYear.value;
    const region = r.document.meta.region.value;
    if (year === null || region === null) continue;
    let set = regionsByYear.get(year);
    if (!set) regionsByYear.set(year, (set = new Set()));
    set.add(region);
  }
  return [...regionsByYear.entries()]
    .filter(([, set]) => set.size >= minRegions)
    .map(([year]) => year)
    .sort((a, b) => b - a);
}

/** Short name for a report in pickers: region + year, else the file name. */
export function reportLabel(r: StoredReport, noRegion: string): string {
  const region = r.document.meta.region.value;
  const year = r.document.meta.reviewYear.value;
  if (!region && year === null) return r.document.fileName;
  return `${region ?? noRegion} ${year ?? ''}`.trim() + ` · ${r.document.fileName}`;
}
