// The user's corrections, kept apart from what the parser found and re-applied after every
// re-parse: metadata fields become source 'user'; indicator patches are applied by indicator id
// (edits whose indicator no longer exists stay stored, dormant, in case a later parse brings it back).
import { qualifierOf } from '../../core/compare/targets';
import type { Indicator, ReportMeta } from '../../core/model';
import type { Catalogue } from '../../core/catalogue';
import type { IndicatorPatch, MetaPatch, ReportSummary } from '../../shared/api';
import type { IndicatorEdit, PersistedReport } from './workspace-schema';

export function applyMetaEdits(meta: ReportMeta, edits: MetaPatch): ReportMeta {
  const out: ReportMeta = { ...meta };
  for (const key of Object.keys(edits) as (keyof MetaPatch)[]) {
    const value = edits[key];
    if (value === undefined) continue;
    (out as unknown as Record<string, unknown>)[key] = { value, source: 'user' };
  }
  return out;
}

export function mergeMetaEdits(current: MetaPatch, patch: MetaPatch): MetaPatch {
  const out: MetaPatch = { ...current };
  for (const key of Object.keys(patch) as (keyof MetaPatch)[]) {
    if (patch[key] !== undefined) (out as Record<string, unknown>)[key] = patch[key];
  }
  return out;
}

export function mergeIndicatorEdit(current: IndicatorEdit | undefined, patch: IndicatorPatch): IndicatorEdit {
  const base = current?.op === 'update' ? current.patch : {};
  const merged: IndicatorPatch = { ...base };
  for (const key of Object.keys(patch) as (keyof IndicatorPatch)[]) {
    if (patch[key] !== undefined) (merged as Record<string, unknown>)[key] = patch[key];
  }
  return { op: 'update', patch: merged };
}

/** Multipliers a unit may start with (亿元 = 1e8 元). 千/百 alone are not stripped: 千瓦, 千克, 百分点 are units. */
const MULTIPLIERS: [string, number][] = [
  ['万亿', 1e12],
  ['千亿', 1e11],
  ['百亿', 1e10],
  ['十亿', 1e9],
  ['亿', 1e8],
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['万', 1e4],
];

export function splitUnit(unit: string): { scale: number; baseUnit: string } {
  for (const [prefix, scale] of MULTIPLIERS) {
    if (unit.startsWith(prefix) && unit.length > prefix.length) return { scale, baseUnit: unit.slice(prefix.length) };
  }
  return { scale: 1, baseUnit: unit };
}

/** Value and unit as the user corrected them, with normValue/baseUnit kept consistent. When the unit
 *  is the one the parser read, its own scale (from the unit lexicon) is reused. */
function normalise(original: Indicator, value: number | null, unit: string | null): Pick<Indicator, 'normValue' | 'baseUnit'> {
  if (value === null || unit === null) return { normValue: null, baseUnit: unit === null ? null : splitUnit(unit).baseUnit };
  if (unit === original.unit && original.value && original.normValue !== null) {
    return { normValue: value * (original.normValue / original.value), baseUnit: original.baseUnit };
  }
  const { scale, baseUnit } = splitUnit(unit);
  return { normValue: value * scale, baseUnit };
}

export function applyIndicatorPatch(indicator: Indicator, patch: IndicatorPatch, catalogue: Catalogue): Indicator {
  const value = patch.value !== undefined ? patch.value : indicator.value;
  const unit = patch.unit !== undefined ? patch.unit : indicator.unit;
  const out: Indicator = {
    ...indicator,
    ...normalise(indicator, value, unit),
    value,
    unit,
    change: patch.change !== undefined ? patch.change : indicator.change,
    approx: patch.approx ?? indicator.approx,
    kind: patch.kind ?? indicator.kind,
    edited: true,
  };
  if (patch.label !== undefined && patch.label !== indicator.label) {
    const match = catalogue.match(patch.label);
    out.label = patch.label;
    out.metric = match.metric;
    out.catalogued = match.catalogued;
  }
  return out;
}

export function applyIndicatorEdits(parsed: Indicator[], edits: Record<string, IndicatorEdit>, catalogue: Catalogue): Indicator[] {
  const out: Indicator[] = [];
  for (const indicator of parsed) {
    const edit = edits[indicator.id];
    if (!edit) out.push(indicator);
    else if (edit.op === 'update') out.push(applyIndicatorPatch(indicator, edit.patch, catalogue));
  }
  return out;
}

/** What a snapshot carries: the document without its display text (the renderer fetches that with
 *  getReportText when it shows the report) and the parsed figures, user edits applied. */
export function toReportSummary(report: PersistedReport, catalogue: Catalogue): ReportSummary {
  const { text, ...document } = report.document;
  return {
    id: report.id,
    document: { ...document, textLength: text.length, meta: applyMetaEdits(report.document.meta, report.metaEdits) },
    // The snapshot has no text: keep what targets need of it (以内 / 以上 / 左右) on the figures.
    indicators: applyIndicatorEdits(report.parsed, report.edits, catalogue).map((i) => {
      if (!i.approx) return i;
      const bound = qualifierOf(text, i);
      return bound === 'exact' ? i : { ...i, bound };
    }),
    addedAt: report.addedAt,
    demo: report.demo,
  };
}
