// PDF text layer via pdfjs-dist's legacy build (the one that runs in Node), loaded only when a
// PDF is opened. No eval, no font faces: we want the text, not the rendering.
import { createRequire } from 'node:module';
import path from 'node:path';
import { LoadFailure } from './errors';
import { MAX_PDF_PAGES, PDF_TIME_BUDGET_MS } from './limits';
import { dropFurniture, joinLines, linesOf, type Line, type TextItem } from './pdf-layout';

export interface PdfText {
  text: string;
  title: string | null;
  warnings: string[];
}

export interface PdfReadLimits {
  maxPages: number;
  timeBudgetMs: number;
}

/** Directory of pdfjs-dist's data (character maps for CJK fonts, standard font metrics). */
function pdfjsDataUrls(): { cMapUrl: string; standardFontDataUrl: string } | Record<string, never> {
  try {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve('pdfjs-dist/package.json'));
    // pdfjs's Node reader passes these to fs.readFile: plain paths (a file:// string would fail).
    return {
      cMapUrl: path.join(dir, 'cmaps') + path.sep,
      standardFontDataUrl: path.join(dir, 'standard_fonts') + path.sep,
    };
  } catch {
    // Without the data directory, text of fonts with a ToUnicode map (the common case) still reads.
    return {};
  }
}

type PdfjsItem = { str?: string; transform?: number[]; width?: number; height?: number; hasEOL?: boolean };

export async function readPdf(bytes: Uint8Array, limits: PdfReadLimits = { maxPages: MAX_PDF_PAGES, timeBudgetMs: PDF_TIME_BUDGET_MS }): Promise<PdfText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy.
  const data = new Uint8Array(bytes);
  const task = pdfjs.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: Number(process.env.RC_PDF_VERBOSITY ?? 0),
    ...pdfjsDataUrls(),
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    const name = (err as { name?: string })?.name ?? '';
    if (name === 'PasswordException') throw new LoadFailure('pdf-encrypted');
    const why = err instanceof Error ? err.message : String(err);
    throw new LoadFailure('pdf-corrupt', why, why);
  }
  try {
    const warnings: string[] = [];
    const started = Date.now();
    const pageCount = doc.numPages;
    const last = Math.min(pageCount, limits.maxPages);
    const pages: Line[][] = [];
    let emptyPages = 0;
    for (let p = 1; p <= last; p++) {
      if (Date.now() - started > limits.timeBudgetMs) {
        warnings.push(`PDF 读取超时,只读取了前 ${p - 1} 页(共 ${pageCount} 页)— reading took too long: only the first ${p - 1} of ${pageCount} pages were read`);
        break;
      }
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: TextItem[] = (content.items as PdfjsItem[])
        .filter((it) => typeof it.str === 'string')
        .map((it) => ({
          str: it.str ?? '',
          x: it.transform?.[4] ?? 0,
          y: it.transform?.[5] ?? 0,
          width: it.width ?? 0,
          height: it.height || Math.abs(it.transform?.[3] ?? 0),
          hasEOL: it.hasEOL,
        }));
      const lines = linesOf(items);
      if (lines.length === 0) emptyPages++;
      pages.push(lines);
      page.cleanup();
    }
    if (pageCount > limits.maxPages) {
      warnings.push(`PDF 共 ${pageCount} 页,超过上限,只读取了前 ${limits.maxPages} 页 — the PDF has ${pageCount} pages; only the first ${limits.maxPages} were read`);
    }
    const text = joinLines(dropFurniture(pages));
    if (text.replace(/\s/g, '').length < 20) throw new LoadFailure('pdf-no-text', `共 ${pageCount} 页`, `${pageCount} pages`);
    if (emptyPages > 0) {
      warnings.push(`${emptyPages} 页没有文字层(可能是扫描页),这些页的数字无法读取 — ${emptyPages} page(s) have no text layer (scanned?); their figures cannot be read`);
    }
    let title: string | null = null;
    try {
      const meta = await doc.getMetadata();
      const t = (meta.info as { Title?: unknown } | undefined)?.Title;
      if (typeof t === 'string' && t.trim()) title = t.trim();
    } catch {
      // The Info dictionary is optional and often broken; the title then comes from the text.
      title = null;
    }
    return { text, title, warnings };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
