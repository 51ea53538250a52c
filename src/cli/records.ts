// What the command line prints for each indicator: a JSON object (JSONL) or a row of the long CSV.
import type { Indicator, LoadedDocument } from '../core/model';

export interface JsonRecord extends Indicator {
  /** The path as given on the command line (the corpus scorer matches it by base name). */
  file: string;
  region: string | null;
  regionLevel: string | null;
  reviewYear: number | null;
  reportDate: string | null;
  title: string | null;
}

export function jsonRecord(file: string, doc: LoadedDocument, ind: Indicator): JsonRecord {
  const { meta } = doc;
  return {
    file,
    ...ind,
    region: meta.region.value,
    regionLevel: meta.regionLevel.value,
    reviewYear: meta.reviewYear.value,
    reportDate: meta.reportDate.value,
    title: meta.title.value,
  };
}

/** Columns of the long CSV: one row per indicator, the report's metadata repeated on each row. */
export const CSV_COLUMNS = [
  ['region', '地区'],
  ['review_year', '年度'],
  ['report_date', '报告日期'],
  ['file', '文件'],
  ['metric', '指标键'],
  ['label', '指标名称'],
  ['value', '数值'],
  ['unit', '单位'],
  ['norm_value', '标准化数值'],
  ['base_unit', '基本单位'],
  ['change', '增减'],
  ['change_unit', '增减单位'],
  ['kind', '类型'],
  ['approx', '约数'],
  ['edited', '已修改'],
  ['sentence', '原文句子'],
] as const;

export type CsvCell = string | number | boolean | null;

export function csvRow(file: string, doc: LoadedDocument, ind: Indicator): CsvCell[] {
  const { meta } = doc;
  return [
    meta.region.value,
    meta.reviewYear.value,
    meta.reportDate.value,
    file,
    ind.metric,
    ind.label,
    ind.value,
    ind.unit,
    ind.normValue,
    ind.baseUnit,
    ind.change?.value ?? null,
    ind.change?.unit ?? null,
    ind.kind,
    ind.approx,
    ind.edited ?? false,
    doc.text.slice(ind.sentenceStart, ind.sentenceEnd).replace(/\s+/g, ' ').trim(),
  ];
}

/** Header row: the Chinese name with the English key, so both readers and scripts find their column. */
export const csvHeader = (): string[] => CSV_COLUMNS.map(([en, zh]) => `${zh} ${en}`);
