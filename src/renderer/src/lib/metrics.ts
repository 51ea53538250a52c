// Metric identity and names as the user has arranged them: merges followed to their end
// (with a guard against cycles in a hand-edited workspace), then the user's name, the
// catalogue's name, or the label the reports use most. Pure: unit-tested.
import type { Indicator } from '../../../core/model';
import type { Catalogue } from '../../../core/catalogue';
import type { Language, MetricMapping, StoredReport } from '../../../shared/api';

export function effectiveMetric(mapping: MetricMapping, metric: string): string {
  let current = metric;
  const seen = new Set<string>([current]);
  for (;;) {
    const next = mapping.merges[current];
    if (next === undefined || seen.has(next)) return current;
    seen.add(next);
    current = next;
  }
}

export interface MetricSummary {
  /** Effective metric key (after merges). */
  key: string;
  name: string;
  /** Raw metric keys merged into this one (the key itself included when it occurs). */
  members: string[];
  /** Distinct labels the reports use, most frequent first. */
  labels: string[];
  occurrences: number;
  reports: number;
  catalogued: boolean;
}

export function metricName(
  key: string,
  mapping: MetricMapping,
  catalogue: Catalogue,
  language: Language,
  fallbackLabel?: string,
): string {
  const userName = mapping.names[key];
  if (userName) return userName;
  const def = catalogue.get(key);
  if (def) return language === 'zh' ? def.zh : def.en || def.zh;
  if (fallbackLabel) return fallbackLabel;
  return key.startsWith('label:') ? key.slice('label:'.length) : key;
}

/** Every metric of the workspace with how often it occurs; sorted by reports, then occurrences. */
export function summariseMetrics(
  reports: readonly StoredReport[],
  mapping: MetricMapping,
  catalogue: Catalogue,
  language: Language,
): MetricSummary[] {
  interface Acc {
    members: Set<string>;
    labels: Map<string, number>;
    occurrences: number;
    reports: Set<string>;
    catalogued: boolean;
  }
  const byKey = new Map<string, Acc>();
  for (const report of reports) {
    for (const ind of report.indicators) {
      if (ind.kind === 'rank' || ind.kind === 'comparison') continue;
      const key = effectiveMetric(mapping, ind.metric);
      let acc = byKey.get(key);
      if (!acc) {
        acc = { members: new Set(), labels: new Map(), occurrences: 0, reports: new Set(), catalogued: false };
        byKey.set(key, acc);
      }
      acc.members.add(ind.metric);
      acc.labels.set(ind.label, (acc.labels.get(ind.label) ?? 0) + 1);
      acc.occurrences++;
      acc.reports.add(report.id);
      acc.catalogued ||= ind.catalogued && ind.metric === key;
    }
  }
  const out: MetricSummary[] = [];
  for (const [key, acc] of byKey) {
    const labels = [...acc.labels.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([l]) => l);
    out.push({
      key,
      name: metricName(key, mapping, catalogue, language, labels[0]),
      members: [...acc.members].sort(),
      labels,
      occurrences: acc.occurrences,
      reports: acc.reports.size,
      catalogued: acc.catalogued || catalogue.get(key) !== undefined,
    });
  }
  return out.sort((a, b) => b.reports - a.reports || b.occurrences - a.occurrences || a.name.localeCompare(b.name));
}

/** Name for one indicator's metric, for lists inside a single report. */
export function indicatorMetricName(
  ind: Indicator,
  mapping: MetricMapping,
  catalogue: Catalogue,
  language: Language,
): string {
  return metricName(effectiveMetric(mapping, ind.metric), mapping, catalogue, language, ind.label);
}
