// Builders for reports and indicators written for these tests (no corpus text).
import type { Indicator } from '../../../src/core/model';
import type { MetricMapping, StoredReport } from '../../../src/shared/api';
import { createCatalogue, type Catalogue } from '../../../src/core/catalogue';

let seq = 0;

const SCALE: Record<string, number> = { 亿: 1e8, 万: 1e4 };

/** An indicator; normValue/baseUnit are derived from a 万/亿 prefix unless given. */
export function ind(p: Partial<Indicator> & { label: string }): Indicator {
  const value = p.value ?? null;
  const unit = p.unit ?? null;
  const prefix = unit ? unit[0] : '';
  const scale = unit && unit.length > 1 && SCALE[prefix] ? SCALE[prefix] : 1;
  const baseUnit = p.baseUnit !== undefined ? p.baseUnit : unit ? (scale > 1 ? unit.slice(1) : unit) : null;
  const start = p.start ?? seq * 10;
  seq += 1;
  return {
    id: p.id ?? `i${seq}`,
    label: p.label,
    value,
    unit,
    normValue: p.normValue !== undefined ? p.normValue : value === null ? null : value * scale,
    baseUnit,
    change: p.change ?? null,
    approx: p.approx ?? false,
    kind: p.kind ?? 'actual',
    section: p.section ?? (p.kind === 'target' ? 'plan' : 'review'),
    metric: p.metric ?? `label:${p.label}`,
    catalogued: p.catalogued ?? (p.metric !== undefined && !p.metric.startsWith('label:')),
    start,
    end: p.end ?? start + 5,
    sentenceStart: p.sentenceStart ?? 0,
    sentenceEnd: p.sentenceEnd ?? 0,
    edited: p.edited,
  };
}

export interface ReportSpec {
  id?: string;
  region?: string | null;
  year?: number | null;
  date?: string | null;
  fileName?: string;
  text?: string;
  addedAt?: string;
  indicators: Indicator[];
}

export function report(spec: ReportSpec): StoredReport {
  const field = <T>(value: T | null | undefined) => ({ value: value ?? null, source: value == null ? ('none' as const) : ('title' as const) });
  const id = spec.id ?? `r-${spec.region ?? 'x'}-${spec.year ?? 'x'}-${spec.date ?? 'x'}`;
  return {
    id,
    document: {
      fileName: spec.fileName ?? `${id}.txt`,
      format: 'txt',
      encoding: 'utf-8',
      text: spec.text ?? '',
      meta: {
        region: field(spec.region),
        regionLevel: field(null),
        reportDate: field(spec.date),
        reviewYear: field(spec.year),
        title: field(null),
      },
      contentHash: id,
      sizeBytes: 0,
      warnings: [],
    },
    indicators: spec.indicators,
    addedAt: spec.addedAt ?? '2026-01-01T00:00:00.000Z',
    demo: false,
  };
}

export const noMapping: MetricMapping = { merges: {}, names: {} };

export const catalogue: Catalogue = createCatalogue([
  { key: 'gdp', zh: '地区生产总值', en: 'GDP', aliases: ['GDP'], unitType: 'money', headline: true },
  { key: 'fiscal_revenue', zh: '一般公共预算收入', en: 'General public budget revenue', aliases: [], unitType: 'money', headline: true },
  { key: 'unemployment', zh: '城镇调查失业率', en: 'Surveyed urban unemployment rate', aliases: [], unitType: 'rate', headline: true },
  { key: 'cpi', zh: '居民消费价格涨幅', en: 'CPI increase', aliases: [], unitType: 'rate', headline: true },
  { key: 'energy_intensity', zh: '单位地区生产总值能耗', en: 'Energy use per unit of GDP', aliases: [], unitType: 'rate', headline: false },
  { key: 'retail', zh: '社会消费品零售总额', en: 'Retail sales of consumer goods', aliases: [], unitType: 'money', headline: true },
  // Less is better by the catalogue's word only (its name matches none of the built-in patterns).
  { key: 'pipe_leakage', zh: '管网漏损量', en: 'Pipe network leakage', aliases: [], unitType: 'other', headline: false, direction: 'lower' },
]);

export function resetSeq(): void {
  seq = 0;
}
