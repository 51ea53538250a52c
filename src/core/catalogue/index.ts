// Metric catalogue: which indicator is which metric, so that 地区生产总值 / 全区生产总值 / GDP line up
// across years and districts. Data in resources/metrics.json; matching rules here and in
// normalise.ts (one canonical form per label) and qualifiers.ts (what may surround a name).
import { normaliseLabel } from './normalise';
import { fillerStripped, statesAnotherPeriod } from './qualifiers';
import { unitFits } from './units';
import { parseCatalogueJson } from './data';
import catalogueJson from '../../../resources/metrics.json';
import type { Catalogue, MetricDef, MetricMatch } from './types';

export type { Catalogue, MatchSource, MetricDef, MetricMatch, UnitType } from './types';
export { normaliseLabel } from './normalise';
export { classifyUnit, unitFits, type UnitClass } from './units';
export { parseCatalogueJson, CatalogueDataError } from './data';

const LABEL_PREFIX = 'label:';

/** Stable key for a label outside the catalogue: the same wording in two years gives the same key. */
export function labelKey(label: string): string {
  return LABEL_PREFIX + (normaliseLabel(label) || label.trim());
}

/** Enough for every label of a large workspace; beyond it the cache starts over rather than grow. */
const CACHE_LIMIT = 50_000;

/**
 * A catalogue over `metrics`. `userAliases` maps a label, a label key ('label:…') or a metric
 * key to the metric it is merged into; it overrides everything else. Indexes are built here, so
 * `match` is a normalisation plus a few map look-ups (and is cached per label and unit).
 */
export function createCatalogue(metrics: readonly MetricDef[] = [], userAliases: Readonly<Record<string, string>> = {}): Catalogue {
  const byKey = new Map(metrics.map((m) => [m.key, m]));
  const byAlias = new Map<string, MetricDef>();
  for (const metric of metrics) {
    for (const wording of [metric.zh, ...metric.aliases]) {
      const alias = normaliseLabel(wording);
      // First definition wins; data.ts rejects a shipped catalogue that has such a conflict.
      if (alias !== '' && !byAlias.has(alias)) byAlias.set(alias, metric);
    }
  }
  const merges = new Map<string, string>();
  for (const [from, to] of Object.entries(userAliases)) {
    const source = from.startsWith(LABEL_PREFIX) ? labelKey(from.slice(LABEL_PREFIX.length)) : byKey.has(from) ? from : labelKey(from);
    merges.set(source, to);
  }

  const matched = (metric: string, via: MetricMatch['via']): MetricMatch => Object.freeze({ metric, catalogued: byKey.has(metric), via });

  /** Follows user merges (label → metric → metric …) to the end, ignoring cycles. */
  function merged(start: string): string | undefined {
    let target = merges.get(start);
    const seen = new Set([start]);
    while (target !== undefined && !seen.has(target) && merges.has(target)) {
      seen.add(target);
      target = merges.get(target);
    }
    return target;
  }

  function catalogueMatch(normalised: string, unit: string | null | undefined): MetricDef | undefined {
    const exact = byAlias.get(normalised);
    if (exact) return unitFits(exact.unitType, unit) ? exact : undefined;
    // Aliases may name a period themselves (PM2.5年均浓度); otherwise another period is another measure.
    if (statesAnotherPeriod(normalised)) return undefined;
    for (const core of fillerStripped(normalised)) {
      const metric = byAlias.get(core);
      if (metric) return unitFits(metric.unitType, unit) ? metric : undefined;
    }
    return undefined;
  }

  function uncachedMatch(label: string, unit: string | null | undefined): MetricMatch {
    const normalised = normaliseLabel(label);
    const ownKey = LABEL_PREFIX + (normalised || label.trim());
    if (merges.size > 0) {
      const userTarget = merged(ownKey);
      if (userTarget !== undefined) return matched(userTarget, 'user');
    }
    const metric = normalised === '' ? undefined : catalogueMatch(normalised, unit);
    if (metric) {
      const userTarget = merges.size > 0 ? merged(metric.key) : undefined;
      return userTarget !== undefined ? matched(userTarget, 'user') : matched(metric.key, 'alias');
    }
    return matched(ownKey, 'label');
  }

  const cache = new Map<string, MetricMatch>();
  return {
    metrics,
    get: (key) => byKey.get(key),
    match(label, unit) {
      const cacheKey = unit ? label + '\u0000' + unit : label;
      let result = cache.get(cacheKey);
      if (result === undefined) {
        if (cache.size >= CACHE_LIMIT) cache.clear();
        result = uncachedMatch(label, unit);
        cache.set(cacheKey, result);
      }
      return result;
    },
  };
}

let defaultMetrics: readonly MetricDef[] | undefined;
let shared: Catalogue | undefined;
const withUserAliases = new WeakMap<object, Catalogue>();

/** The shipped metric definitions (resources/metrics.json), validated once. */
export function catalogueMetrics(): readonly MetricDef[] {
  defaultMetrics ??= parseCatalogueJson(catalogueJson);
  return defaultMetrics;
}

/** The shipped catalogue, built once; with user aliases, built once per aliases object. */
export function defaultCatalogue(userAliases?: Readonly<Record<string, string>>): Catalogue {
  if (!userAliases || Object.keys(userAliases).length === 0) {
    shared ??= createCatalogue(catalogueMetrics());
    return shared;
  }
  let catalogue = withUserAliases.get(userAliases);
  if (!catalogue) {
    catalogue = createCatalogue(catalogueMetrics(), userAliases);
    withUserAliases.set(userAliases, catalogue);
  }
  return catalogue;
}
