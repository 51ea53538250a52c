// What the command line prints for each indicator as JSONL. (CSV rows come from src/core/csv, the
// same long table the app exports.)
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
