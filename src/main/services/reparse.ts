// A parser update reaches the saved workspace: reports parsed by another parser version are parsed
// again from their stored text when the workspace is opened. Corrections are keyed by a figure's
// span, so they keep applying to every figure the new parse finds at the same place; a correction
// whose figure moved is kept (and shown again if a later version finds it there).
import type { Indicator, LoadedDocument } from '../../core/model';
import { PARSER_VERSION } from '../../core/parser';
import type { PersistedReport } from './workspace-schema';

/** How long one stretch of parsing may hold the main process's event loop before it yields. */
const SLICE_MS = 30;

/**
 * Re-parses the reports of another parser version in place; returns how many. Runs on the main
 * process (the window is already open and waiting), so it yields between slices: a workspace of a
 * thousand reports takes seconds after an update, and the event loop must not stall for all of them.
 */
export async function reparseStale(reports: PersistedReport[], parse: (document: LoadedDocument) => Indicator[]): Promise<number> {
  let count = 0;
  let sliceStart = performance.now();
  for (const report of reports) {
    if (report.parserVersion === PARSER_VERSION) continue;
    report.parsed = parse(report.document);
    report.parserVersion = PARSER_VERSION;
    count++;
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
  return count;
}
