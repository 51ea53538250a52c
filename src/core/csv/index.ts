// CSV export (UTF-8 with BOM so Excel reads Chinese, CRLF) and tab-separated text for the clipboard.
import Papa from 'papaparse/papaparse.min.js';
import type { Indicator } from '../model';
import type { Language, MetricMapping, StoredReport } from '../../shared/api';
import type { Catalogue } from '../catalogue';
import { resolveMetric } from '../compare/metric';
import { compareNames, regionOf, yearOf, UNKNOWN_REGION } from '../compare/grouping';
import { kindName, yesNo } from '../format';
import { cellText, type CellValue } from './guard';
import { wideTable, type ComparisonView, type TableOptions } from './table';

export { guardCell, cellText, type CellValue } from './guard';
export { wideTable, valueText, changeText, computedText, computedCellText, targetText, rowName } from './table';
export type { ComparisonView, TableOptions, TextTable } from './table';

export const BOM = '\uFEFF';

/** Rows to CSV text: BOM, CRLF, quoted where needed, every cell guarded against formula injection. */
export function toCsv(rows: readonly (readonly CellValue[])[]): string {
  const text = rows.map((row) => row.map(cellText));
  return BOM + Papa.unparse(text, { newline: '\r\n', quotes: false });
}

/** Tab-separated text that pastes into a spreadsheet as cells: tabs and line breaks inside a cell become
 *  spaces (a quoted multi-line cell would paste unevenly), formulas are guarded as in CSV. */
export function tsv(rows: readonly (readonly CellValue[])[]): string {
  return rows.map((row) => row.map((v) => cellText(v).replace(/[\t\r\n]+/g, ' ')).join('\t')).join('\r\n');
}

const LONG_HEADER: Record<Language, string[]> = {
  zh: ['地区', '报告年度(回顾年)', '报告日期', '文件', '指标键', '指标名称', '数值', '单位', '标准化数值', '基本单位', '变化', '变化单位', '类型', '约数', '已修改', '原句'],
  en: ['region', 'year under review', 'report date', 'file', 'metric key', 'label', 'value', 'unit', 'normalised value', 'base unit', 'change', 'change unit', 'kind', 'approx', 'edited', 'sentence'],
};

export function longHeader(lang: Language = 'zh'): string[] {
  return [...(LONG_HEADER[lang] ?? LONG_HEADER.zh)];
}

/** The sentence an indicator stands in, whitespace collapsed ('' when the offsets do not fit the text). */
export function sentenceOf(text: string | null | undefined, indicator: Pick<Indicator, 'sentenceStart' | 'sentenceEnd'>): string {
  if (typeof text !== 'string') return '';
  const { sentenceStart: s, sentenceEnd: e } = indicator;
  if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e <= s || s >= text.length) return '';
  return text.slice(s, Math.min(e, text.length)).replace(/\s+/g, ' ').trim();
}

function codeOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function finiteOrNull(n: number | null | undefined): number | null {
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

/** Every indicator of every report, one line each, reports ordered by region, year, date and file. */
export function longRows(
  reports: readonly StoredReport[],
  mapping: MetricMapping | null | undefined,
  catalogue: Catalogue | null | undefined,
  lang: Language = 'zh',
): CellValue[][] {
  // The metric key written is the merged one and the label is as stated, so the catalogue is not
  // consulted today; it stays in the signature (like the other exports) for a metric-name column.
  void catalogue;
  const ordered = [...(reports ?? [])].filter(Boolean).sort((a, b) => {
    const ra = regionOf(a);
    const rb = regionOf(b);
    if (ra !== rb) return ra === UNKNOWN_REGION ? 1 : rb === UNKNOWN_REGION ? -1 : compareNames(ra, rb);
    return (
      (yearOf(a) ?? Infinity) - (yearOf(b) ?? Infinity) ||
      codeOrder(String(a.document?.meta?.reportDate?.value ?? ''), String(b.document?.meta?.reportDate?.value ?? '')) ||
      compareNames(a.document?.fileName ?? '', b.document?.fileName ?? '') ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    );
  });
  const rows: CellValue[][] = [];
  for (const report of ordered) {
    const doc = report.document;
    const indicators = [...(Array.isArray(report.indicators) ? report.indicators : [])].sort((a, b) => a.start - b.start);
    for (const i of indicators) {
      rows.push([
        regionOf(report),
        yearOf(report),
        doc?.meta?.reportDate?.value ?? '',
        doc?.fileName ?? '',
        resolveMetric(i, mapping),
        i.label,
        finiteOrNull(i.value),
        i.unit ?? '',
        finiteOrNull(i.normValue),
        i.baseUnit ?? '',
        finiteOrNull(i.change?.value),
        i.change?.unit ?? '',
        kindName(i.kind, lang),
        yesNo(!!i.approx, lang),
        yesNo(!!i.edited, lang),
        sentenceOf(doc?.text, i),
      ]);
    }
  }
  return rows;
}

/** All indicators of the workspace as a long CSV (one line per figure), headers in `lang`. */
export function longCsv(
  reports: readonly StoredReport[],
  mapping: MetricMapping | null | undefined,
  catalogue: Catalogue | null | undefined,
  lang: Language = 'zh',
): string {
  return toCsv([longHeader(lang), ...longRows(reports, mapping, catalogue, lang)]);
}

/** A comparison view as CSV, exactly as its table shows it. */
export function wideCsv(view: ComparisonView, lang: Language = 'zh', options: TableOptions = {}): string {
  const table = wideTable(view, lang, options);
  return toCsv([table.header, ...table.rows]);
}
