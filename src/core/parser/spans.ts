// Clause boundaries around a position of the normalised text, and lookups in sorted spans.

export interface Span {
  start: number;
  end: number;
}

/** Whether pos falls in one of the spans (sorted by start, not overlapping): a binary search. */
export function inSpans(spans: readonly Span[], pos: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && pos < spans[lo - 1].end;
}

/** , ; : 。 ! ? and the line break end a clause. */
export const isClauseBreak = (code: number): boolean =>
  code === 0x2c || code === 0x3b || code === 0x3a || code === 0x3002 || code === 0x21 || code === 0x3f || code === 0x0a;
/** A label never reaches further back (or a noun phrase further forward) than this. */
const MAX_LABEL = 64;

export function clauseStart(text: string, pos: number): number {
  let s = pos;
  while (s > 0 && pos - s < MAX_LABEL && !isClauseBreak(text.charCodeAt(s - 1))) s--;
  return s;
}

export function clauseEnd(text: string, pos: number): number {
  let e = pos;
  while (e < text.length && e - pos < MAX_LABEL && !isClauseBreak(text.charCodeAt(e))) e++;
  return e;
}

/** Where a cleaned label starts inside the raw fragment read from `from`, or the fallback. */
export function labelStart(from: number, raw: string, label: string, fallback: number): number {
  if (!label) return fallback;
  const k = raw.lastIndexOf(label);
  return k >= 0 ? from + k : fallback;
}
