// From positioned text items to paragraphs. PDFs have no paragraphs, only glyph runs at
// coordinates: a report line wraps mid-sentence (often mid-number: '82' / '80户'), and Chinese
// joins without spaces. A paragraph ends where a line stops short of the right margin or the
// next line is indented. Page numbers and running headers repeated on most pages are dropped.

export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  hasEOL?: boolean;
}

export interface Line {
  text: string;
  x: number;
  right: number;
  y: number;
  height: number;
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const LATIN = /[A-Za-z]/;

/** Groups one page's items into lines (PDF y grows upwards). */
export function linesOf(items: TextItem[]): Line[] {
  const lines: Line[] = [];
  let cur: Line | null = null;
  let lastEnd = 0;
  for (const it of items) {
    if (it.str === '' && !it.hasEOL) continue;
    const h = it.height || 10;
    const sameLine = cur !== null && Math.abs(it.y - cur.y) < Math.max(h, cur.height) * 0.5;
    if (!cur || !sameLine) {
      if (cur) lines.push(cur);
      cur = { text: '', x: it.x, right: it.x, y: it.y, height: h };
      lastEnd = it.x;
    }
    if (it.str) {
      const gap = it.x - lastEnd;
      const prev = cur.text.slice(-1);
      const next = it.str[0];
      // A visible gap between two Latin words is a space; between CJK or digits it is layout.
      if (cur.text && gap > h * 0.25 && LATIN.test(prev) && LATIN.test(next)) cur.text += ' ';
      cur.text += it.str;
      cur.x = Math.min(cur.x, it.x);
      cur.right = Math.max(cur.right, it.x + it.width);
      lastEnd = it.x + it.width;
      cur.height = Math.max(cur.height, h);
    }
    if (it.hasEOL) {
      lines.push(cur);
      cur = null;
    }
  }
  if (cur) lines.push(cur);
  return lines.map((l) => ({ ...l, text: tidySpaces(l.text) })).filter((l) => l.text !== '');
}

/** Removes spaces the layout put between Chinese characters and numbers: '8280 户' → '8280户'. */
export function tidySpaces(text: string): string {
  let s = text.replace(/[\s\u00a0]+/g, ' ').trim();
  s = s.replace(/ (?=\S)/g, (sp, i: number) => {
    const before = s[i - 1] ?? '';
    const after = s[i + 1] ?? '';
    const keep = (LATIN.test(before) || /\d/.test(before)) && (LATIN.test(after) || /\d/.test(after));
    return keep || (!CJK.test(before) && !CJK.test(after)) ? sp : '';
  });
  return s;
}

const PAGE_NUMBER = /^(?:[-—–·\s]*\d{1,4}[-—–·\s]*|第\s*\d{1,4}\s*页(?:\s*[,,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|[-—–]\s*[一二三四五六七八九十百]+\s*[-—–])$/;

/** Drops page numbers and running headers/footers (the same first or last line on most pages). */
export function dropFurniture(pages: Line[][]): Line[][] {
  const count = new Map<string, number>();
  for (const page of pages) {
    const edges = new Set([page[0]?.text, page[page.length - 1]?.text].filter((t): t is string => !!t));
    for (const t of edges) count.set(t, (count.get(t) ?? 0) + 1);
  }
  // Only running headers repeat verbatim at a page edge: on two pages of two, or half of longer documents.
  const repeated = (t: string): boolean => pages.length >= 2 && (count.get(t) ?? 0) >= Math.max(2, pages.length * 0.5);
  return pages.map((page) =>
    page.filter((line, i) => {
      const edge = i === 0 || i === page.length - 1;
      if (!edge) return true;
      return !PAGE_NUMBER.test(line.text) && !repeated(line.text);
    }),
  );
}

const percentile = (xs: number[], p: number): number => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))];
};

/** Joins lines into paragraphs, one per line of the result. */
export function joinLines(pages: Line[][]): string {
  const all = pages.flat();
  if (all.length === 0) return '';
  // The text block's margins: most lines start at the left one; full lines reach the right one
  // (percentiles, so a centred heading or a short last line does not move them).
  const left = percentile(all.map((l) => l.x), 0.1);
  const right = percentile(all.map((l) => l.right), 0.9);
  const paragraphs: string[] = [];
  let para = '';
  for (let i = 0; i < all.length; i++) {
    const line = all[i];
    if (para) {
      const prev = all[i - 1];
      const em = Math.max(prev.height, line.height);
      const indented = line.x > left + em * 0.8;
      // Full lines reach the margin (punctuation is full width); a sentence end short of it ends the paragraph.
      const shortPrev = prev.right < right - em * 1.5 || (/[。!?:;!?]$/.test(prev.text) && prev.right < right - em * 0.5);
      if (indented || shortPrev) {
        paragraphs.push(para);
        para = '';
      } else {
        const a = para.slice(-1);
        const b = line.text[0];
        para += LATIN.test(a) && LATIN.test(b) ? ' ' : '';
      }
    }
    para += line.text;
  }
  if (para) paragraphs.push(para);
  return paragraphs.join('\n');
}
