// One report text written out as the files users really have: GBK or Big5 .txt, UTF-8 (with or
// without BOM), a saved government web page, a Word .docx, a PDF with a text layer.
// Shared by scripts/build-demo.ts and scripts/make-samples.ts.
import iconv from 'iconv-lite';
import { Converter } from 'opencc-js/cn2t';
import { htmlPage } from './make-html';
import { makeDocx } from './make-docx';
import { layoutParagraphs, makePdf } from './make-pdf';

export type ReportFormat = 'txt-utf8' | 'txt-utf8-bom' | 'txt-gbk' | 'txt-big5' | 'txt-utf16le' | 'html' | 'docx' | 'pdf';

export const REPORT_FORMATS: readonly ReportFormat[] = ['txt-utf8', 'txt-utf8-bom', 'txt-gbk', 'txt-big5', 'txt-utf16le', 'html', 'docx', 'pdf'];

export interface WrittenReport {
  bytes: Uint8Array;
  extension: string;
  /** Encoding of text formats as the loader names it; null for docx/pdf. */
  encoding: string | null;
}

/** Lines of the report, without the blank lines between paragraphs. */
export const paragraphsOf = (text: string): string[] =>
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

let toTraditional: ((s: string) => string) | undefined;

/** Big5 has no simplified characters: a Big5 file holds the traditional-script text, as Taiwan and
 *  Hong Kong mirrors publish it. */
export function traditionalOf(text: string): string {
  toTraditional ??= Converter({ from: 'cn', to: 'tw' });
  return toTraditional(text);
}

/** Encodes text, failing loudly if the encoding cannot hold every character (iconv writes '?'). */
export function encodeStrict(text: string, encoding: 'gbk' | 'big5'): Uint8Array {
  const bytes = iconv.encode(text, encoding);
  const back = iconv.decode(bytes, encoding);
  if (back !== text) {
    const i = [...text].findIndex((c, k) => [...back][k] !== c);
    throw new Error(`${encoding} cannot encode “${[...text][i]}” (character ${i})`);
  }
  return new Uint8Array(bytes);
}

export function writeReport(text: string, format: ReportFormat, opts: { title?: string; siteName?: string } = {}): WrittenReport {
  const paragraphs = paragraphsOf(text);
  const body = paragraphs.join('\n') + '\n';
  switch (format) {
    case 'txt-utf8':
      return { bytes: new Uint8Array(Buffer.from(body, 'utf8')), extension: 'txt', encoding: 'utf-8' };
    case 'txt-utf8-bom':
      return { bytes: new Uint8Array(Buffer.from('\uFEFF' + body, 'utf8')), extension: 'txt', encoding: 'utf-8-bom' };
    case 'txt-gbk':
      return { bytes: encodeStrict(body, 'gbk'), extension: 'txt', encoding: 'gb18030' };
    case 'txt-big5':
      return { bytes: encodeStrict(traditionalOf(body), 'big5'), extension: 'txt', encoding: 'big5' };
    case 'txt-utf16le':
      return { bytes: new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(body, 'utf-16le')])), extension: 'txt', encoding: 'utf-16le' };
    case 'html':
      return {
        bytes: new Uint8Array(Buffer.from(htmlPage(paragraphs, { charset: 'utf-8', title: opts.title, siteName: opts.siteName, scripts: true }), 'utf8')),
        extension: 'html',
        encoding: 'utf-8',
      };
    case 'docx':
      return { bytes: makeDocx(paragraphs, { splitRuns: true }), extension: 'docx', encoding: null };
    case 'pdf': {
      const pages = layoutParagraphs(paragraphs, { charsPerLine: 34, linesPerPage: 36, header: opts.siteName, pageNumbers: true });
      return { bytes: makePdf(pages, { title: opts.title ?? paragraphs[0] }), extension: 'pdf', encoding: null };
    }
  }
}
