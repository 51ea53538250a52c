// Report texts on demand: snapshots leave every report's display text out (megabytes per change at
// hundreds of reports), so the renderer fetches a text when it shows the report or exports it, and
// keeps it by report id + content hash (re-decoding with another encoding changes the hash, so a
// stale text is never shown). Pure: unit-tested without a DOM.
import type { ReportApi, StoredReport } from '../../../shared/api';

export type TextSource = Pick<ReportApi, 'getReportText'>;

/** What identifies one version of a report's text. */
export interface TextKey {
  id: string;
  document: { contentHash: string };
}

/** Texts kept at most (UTF-16 code units, summed): a few hundred reports' worth, then the least recently used go. */
export const DEFAULT_MAX_CACHED_CHARS = 32 * 1024 * 1024;

/** Texts fetched at once for an export: enough to keep IPC busy without queueing hundreds of calls. */
const EXPORT_CONCURRENCY = 8;

export interface ReportTextCache {
  /** The text, fetched once per id + content hash; a failed fetch is not kept, so asking again retries. */
  get(report: TextKey): Promise<string>;
  /** The text when it has already arrived (lets a view render without a loading flash). */
  peek(report: TextKey): string | undefined;
  /** The reports with their display text attached (for the long CSV's sentence column). */
  withTexts(reports: readonly StoredReport[]): Promise<StoredReport[]>;
  /** Characters held now (for tests and diagnostics). */
  size(): number;
}

const keyOf = (report: TextKey) => `${report.id}\u0000${report.document.contentHash}`;

export function createReportTextCache(source: TextSource, maxChars = DEFAULT_MAX_CACHED_CHARS): ReportTextCache {
  const pending = new Map<string, Promise<string>>();
  // Insertion order is recency order: an entry read again is moved to the end.
  const done = new Map<string, string>();
  let chars = 0;

  const remember = (key: string, text: string) => {
    if (done.has(key)) return;
    done.set(key, text);
    chars += text.length;
    for (const [oldKey, oldText] of done) {
      if (chars <= maxChars || oldKey === key) break;
      done.delete(oldKey);
      chars -= oldText.length;
    }
  };

  const cache: ReportTextCache = {
    get(report) {
      const key = keyOf(report);
      const text = done.get(key);
      if (text !== undefined) {
        done.delete(key);
        done.set(key, text);
        return Promise.resolve(text);
      }
      let request = pending.get(key);
      if (!request) {
        request = source.getReportText(report.id).then(
          (fetched) => {
            pending.delete(key);
            if (typeof fetched !== 'string') throw new TypeError(`getReportText(${report.id}) returned ${typeof fetched}`);
            remember(key, fetched);
            return fetched;
          },
          (error: unknown) => {
            pending.delete(key);
            throw error;
          },
        );
        pending.set(key, request);
      }
      return request;
    },

    peek(report) {
      return done.get(keyOf(report));
    },

    async withTexts(reports) {
      const out: StoredReport[] = new Array<StoredReport>(reports.length);
      let next = 0;
      const worker = async () => {
        while (next < reports.length) {
          const index = next++;
          const report = reports[index];
          const text = await cache.get(report);
          out[index] = { ...report, document: { ...report.document, text } };
        }
      };
      await Promise.all(Array.from({ length: Math.min(EXPORT_CONCURRENCY, reports.length) }, worker));
      return out;
    },

    size: () => chars,
  };
  return cache;
}
