// A report's display text for a view: fetched through the shared cache when the report (or its
// content hash, after a re-decode) changes; already-fetched texts render at once, without a flash.
import { useEffect, useState } from 'react';
import type { TextKey } from '../lib/report-texts';
import { errorText, useApp } from './app-context';

export type ReportTextState = { status: 'loading' } | { status: 'ready'; text: string } | { status: 'error'; message: string };

export function useReportText(report: TextKey): ReportTextState {
  const { texts } = useApp();
  const { id } = report;
  const { contentHash } = report.document;
  const key = `${id}\u0000${contentHash}`;
  const [fetched, setFetched] = useState<{ key: string; state: ReportTextState } | null>(null);

  useEffect(() => {
    let live = true;
    texts.get({ id, document: { contentHash } }).then(
      (text) => live && setFetched({ key, state: { status: 'ready', text } }),
      (error: unknown) => live && setFetched({ key, state: { status: 'error', message: errorText(error) } }),
    );
    return () => {
      live = false;
    };
  }, [texts, id, contentHash, key]);

  if (fetched?.key === key) return fetched.state;
  const known = texts.peek(report);
  return known !== undefined ? { status: 'ready', text: known } : { status: 'loading' };
}
