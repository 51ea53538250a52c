// Clause boundaries around a position of the normalised text.
const CLAUSE_BREAK = /[,;:。!?\n]/;
/** A label never reaches further back (or a noun phrase further forward) than this. */
const MAX_LABEL = 40;

export function clauseStart(text: string, pos: number): number {
  let s = pos;
  while (s > 0 && pos - s < MAX_LABEL && !CLAUSE_BREAK.test(text[s - 1])) s--;
  return s;
}

export function clauseEnd(text: string, pos: number): number {
  let e = pos;
  while (e < text.length && e - pos < MAX_LABEL && !CLAUSE_BREAK.test(text[e])) e++;
  return e;
}

/** Where a cleaned label starts inside the raw fragment read from `from`, or the fallback. */
export function labelStart(from: number, raw: string, label: string, fallback: number): number {
  if (!label) return fallback;
  const k = raw.lastIndexOf(label);
  return k >= 0 ? from + k : fallback;
}
