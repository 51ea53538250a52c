// Cuts a report's text into runs for display: plain text, or text covered by one or more
// indicator spans. Overlapping spans are kept (a run lists every indicator covering it) so no
// figure becomes unclickable. Pure: unit-tested, including spans out of range.
export interface Span {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Ids of the spans covering this run, in the order the spans were given. */
  ids: string[];
}

export function segmentText(length: number, spans: readonly Span[]): Segment[] {
  const valid = spans
    .map((s, order) => ({ ...s, order, start: clamp(s.start, 0, length), end: clamp(s.end, 0, length) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  // Sweep: spans sorted by start enter the active set, leave when their end is passed.
  const byStart = [...valid].sort((a, b) => a.start - b.start || a.order - b.order);
  let next = 0;
  let active: typeof valid = [];
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    active = active.filter((s) => s.end > from);
    while (next < byStart.length && byStart[next].start <= from) {
      if (byStart[next].end > from) active.push(byStart[next]);
      next++;
    }
    const ids = [...active].sort((a, b) => a.order - b.order).map((s) => s.id);
    const last = segments[segments.length - 1];
    if (last && last.ids.length === 0 && ids.length === 0) last.end = to;
    else segments.push({ start: from, end: to, ids });
  }
  return segments;
}

function clamp(n: number, lo: number, hi: number): number {
  if (!Number.isFinite(n)) return lo;
  return Math.min(hi, Math.max(lo, Math.trunc(n)));
}
