// Metric catalogue: which indicator is which metric, so that 地区生产总值 / 全区生产总值 / GDP line up.
// TEMPORARY STUB — being replaced by the real catalogue (resources/metrics.json + matching).
export type UnitType = 'money' | 'count' | 'rate' | 'area' | 'length' | 'mass' | 'energy' | 'ratio' | 'other';

export interface MetricDef {
  key: string;
  zh: string;
  en: string;
  aliases: string[];
  unitType: UnitType;
  headline: boolean;
}

export interface MetricMatch {
  metric: string;
  catalogued: boolean;
}

export interface Catalogue {
  readonly metrics: readonly MetricDef[];
  get(key: string): MetricDef | undefined;
  /** The metric a label measures: a catalogue key, or a stable key derived from the normalised label. */
  match(label: string): MetricMatch;
}

/** Stable key for a label outside the catalogue: the same wording in two years gives the same key. */
export function labelKey(label: string): string {
  return 'label:' + label.replace(/[\s"'“”‘’《》()()]/g, '');
}

export function createCatalogue(metrics: readonly MetricDef[] = [], userAliases: Record<string, string> = {}): Catalogue {
  const byKey = new Map(metrics.map((m) => [m.key, m]));
  return {
    metrics,
    get: (key) => byKey.get(key),
    match(label) {
      const alias = userAliases[label];
      if (alias) return { metric: alias, catalogued: byKey.has(alias) };
      return { metric: labelKey(label), catalogued: false };
    },
  };
}

export function defaultCatalogue(): Catalogue {
  return createCatalogue();
}
