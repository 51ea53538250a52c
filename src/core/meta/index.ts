// TEMPORARY STUB — metadata detection is being written. Signature is the contract.
import type { ReportMeta } from '../model';

/** Region, report date, year under review and title of a report, each with where it was read from. */
export function detectMeta(text: string, fileName: string): ReportMeta {
  void text;
  void fileName;
  const none = { value: null, source: 'none' as const };
  return { region: none, regionLevel: none, reportDate: none, reviewYear: none, title: none };
}
