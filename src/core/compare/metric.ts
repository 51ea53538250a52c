// Which row an indicator lines up under: its metric after the user's merges, in one base unit.
import type { Indicator } from '../model';
import type { MetricMapping } from '../../shared/api';
import type { Catalogue, MetricDef } from '../catalogue';
import type { RowKey } from './types';

/** The unit part of a row id for statements that only state a change. */
export const CHANGE_ONLY = 'change';

function mergeTarget(mapping: MetricMapping | null | undefined, metric: string): string | undefined {
  const merges = mapping?.merges;
  if (!merges || typeof merges !== 'object' || !Object.hasOwn(merges, metric)) return undefined;
  const next = merges[metric];
  return typeof next === 'string' && next !== '' ? next : undefined;
}

/** The metric an indicator (or a metric key) lines up under after the user's merges, following chains
 *  (a → b → c gives c). A cycle (a → b → a) resolves to its smallest key from wherever it is entered,
 *  so every member still lines up together. */
export function resolveMetric(indicator: Pick<Indicator, 'metric'> | string, mapping: MetricMapping | null | undefined): string {
  const start = typeof indicator === 'string' ? indicator : String(indicator?.metric ?? '');
  const path: string[] = [];
  const seen = new Map<string, number>();
  let current = start;
  for (;;) {
    seen.set(current, path.length);
    path.push(current);
    const next = mergeTarget(mapping, current);
    if (next === undefined) return current;
    const at = seen.get(next);
    if (at !== undefined) {
      const cycle = path.slice(at);
      return cycle.reduce((min, key) => (key < min ? key : min));
    }
    current = next;
  }
}

/** The unit part of a row id: the base unit of a level ('' when dimensionless), or 'change'. */
export function unitKeyOf(indicator: Pick<Indicator, 'value' | 'baseUnit' | 'unit'>): string {
  if (indicator.value === null || indicator.value === undefined) return CHANGE_ONLY;
  return indicator.baseUnit ?? indicator.unit ?? '';
}

export function rowId(metric: string, unitKey: string): string {
  return `${metric}|${unitKey}`;
}

function userName(mapping: MetricMapping | null | undefined, metric: string): string | undefined {
  const names = mapping?.names;
  if (!names || typeof names !== 'object' || !Object.hasOwn(names, metric)) return undefined;
  const name = names[metric];
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : undefined;
}

function safeGet(catalogue: Catalogue | null | undefined, metric: string): MetricDef | undefined {
  try {
    return catalogue?.get(metric);
  } catch {
    // A catalogue that throws on a key is treated as not knowing it; lining up must go on.
    return undefined;
  }
}

/** The row key of one indicator. The name comes from the user, else the catalogue, else `fallbackName`
 *  (the builders pass the row's most common label), else the indicator's own label. */
export function rowKeyOf(
  indicator: Pick<Indicator, 'metric' | 'value' | 'baseUnit' | 'unit' | 'label'>,
  mapping: MetricMapping | null | undefined,
  catalogue: Catalogue | null | undefined,
  options: { unitKey?: string; fallbackName?: string } = {},
): RowKey {
  const metric = resolveMetric(indicator, mapping);
  const unitKey = options.unitKey ?? unitKeyOf(indicator);
  const def = safeGet(catalogue, metric);
  const label = options.fallbackName ?? (String(indicator.label ?? '').trim() || metric.replace(/^label:/, ''));
  const own = userName(mapping, metric);
  const name = own ?? def?.zh ?? label;
  return {
    id: rowId(metric, unitKey),
    metric,
    name,
    nameEn: own ?? def?.en ?? label,
    baseUnit: unitKey === CHANGE_ONLY || unitKey === '' ? null : unitKey,
    headline: def?.headline === true,
    changeOnly: unitKey === CHANGE_ONLY,
    lowerIsBetter: isLowerBetter(metric, [name, def?.zh, def?.en, label], def),
  };
}

/** Metrics where less is better. Data, not scattered conditions: a metric matches by its key or any
 *  of its names. A catalogue entry may state it itself (`direction: 'lower'` / `lowerIsBetter`). */
const LOWER_IS_BETTER: readonly RegExp[] = [
  /能耗|能源消耗|水耗|用水量|煤耗/,
  /失业率/,
  /居民消费价格|消费价格指数|CPI|物价涨幅/i,
  /PM2\.?5|PM10|细颗粒物|可吸入颗粒物/i,
  /排放(?!达标)|碳强度/,
  /事故|死亡|亡人|发案|刑事案件|火灾/,
  /负债率|债务率|不良贷款率|贫困发生率/,
  /城乡.*收入比|收入倍差/,
];

/** Growth reported at comparable (constant) prices: a gap to the nominal change computed from two
 *  levels is expected, so it is not flagged as a disagreement. */
const REAL_GROWTH: readonly RegExp[] = [/生产总值|GDP|增加值/i];

function matchesAny(patterns: readonly RegExp[], metric: string, names: readonly (string | undefined)[]): boolean {
  const texts = [metric, ...names].filter((t): t is string => typeof t === 'string' && t !== '');
  return texts.some((t) => patterns.some((p) => p.test(t)));
}

/** The catalogue's `direction` when it states one; else the table above, by key and names. */
export function isLowerBetter(metric: string, names: readonly (string | undefined)[], def?: MetricDef): boolean {
  if (def?.direction === 'lower') return true;
  if (def?.direction === 'higher') return false;
  return matchesAny(LOWER_IS_BETTER, metric, names);
}

/** Metrics whose level is itself a rate of change (居民消费价格涨幅3% states what 上涨3% states). */
const RATE_OF_CHANGE: readonly RegExp[] = [/涨幅|增幅|增速|增长率|居民消费价格|CPI/i];

export function isRateOfChange(metric: string, names: readonly (string | undefined)[]): boolean {
  return matchesAny(RATE_OF_CHANGE, metric, names);
}

/** Levels of GDP and value added; not rates or shares of them (民营经济占生产总值比重, in 个百分点) and not
 *  intensities (单位GDP能耗, lower is better). */
export function isRealGrowth(key: RowKey): boolean {
  if (key.lowerIsBetter === true || key.changeOnly === true || key.baseUnit === '%') return false;
  return matchesAny(REAL_GROWTH, key.metric, [key.name, key.nameEn]);
}
