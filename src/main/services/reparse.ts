// A parser update reaches the saved workspace: reports parsed by another parser version are parsed
// again from their stored text when the workspace is opened. Corrections are keyed by a figure's
// span, so they keep applying to every figure the new parse finds at the same place; a correction
// whose figure moved is kept (and shown again if a later version finds it there).
import type { Indicator, LoadedDocument } from '../../core/model';
import { PARSER_VERSION } from '../../core/parser';
import type { PersistedReport } from './workspace-schema';

/** Re-parses the reports of another parser version in place; returns how many. */
export function reparseStale(reports: PersistedReport[], parse: (document: LoadedDocument) => Indicator[]): number {
  let count = 0;
  for (const report of reports) {
    if (report.parserVersion === PARSER_VERSION) continue;
    report.parsed = parse(report.document);
    report.parserVersion = PARSER_VERSION;
    count++;
  }
  return count;
}
