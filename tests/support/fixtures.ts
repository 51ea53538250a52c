// Fixture files built at test time in a temp folder: every encoding and format the loader reads,
// and the broken and hostile files it must refuse or survive. Nothing here is committed as binary.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { layoutParagraphs, makePdf, type LayoutOptions } from '../../scripts/lib/make-pdf';
import { makeDocx, makeZip } from '../../scripts/lib/make-docx';
import { htmlPage } from '../../scripts/lib/make-html';
import { QINGCHUAN_2024, joinLines } from './report-texts';

export const REPORT_TEXT = joinLines(QINGCHUAN_2024);

export type Bytes = Uint8Array;

export const encodeText = (text: string, encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gbk' | 'gb18030' | 'big5'): Bytes => {
  switch (encoding) {
    case 'utf-8':
      return new Uint8Array(Buffer.from(text, 'utf8'));
    case 'utf-8-bom':
      return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    case 'utf-16le':
      return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]));
    case 'utf-16be':
      return new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]));
    default:
      return new Uint8Array(iconv.encode(text, encoding));
  }
};

export const pdfOf = (paragraphs: readonly string[], layout: LayoutOptions = {}, opts: { encrypted?: boolean; title?: string } = {}): Bytes =>
  makePdf(layoutParagraphs(paragraphs, layout), opts);

/** A PDF page with only vector drawing: what a scan without OCR looks like to a text extractor. */
export const pdfWithoutText = (pages = 2): Bytes => makePdf(Array.from({ length: pages }, () => []));

export const docxOf = (paragraphs: readonly string[], splitRuns = false): Bytes => makeDocx(paragraphs, { splitRuns });

export const zipNotDocx = (): Bytes => makeZip({ 'readme.txt': '这是一个普通压缩包。', 'data/table.csv': 'a,b\n1,2\n' });

/** A .docx whose document.xml inflates to `megabytes` MB of zeros-like XML from a few KB. */
export function zipBombDocx(megabytes = 300): Bytes {
  const filler = new Uint8Array(megabytes * 1024 * 1024).fill(0x20);
  return makeZip({ '[Content_Types].xml': '<Types/>', '_rels/.rels': '<Relationships/>', 'word/document.xml': filler }, 9);
}

/** A bomb that lies: its central directory claims a small size for an entry that inflates large. */
export function lyingZipBombDocx(megabytes = 300): Bytes {
  const bytes = zipBombDocx(megabytes);
  const buf = Buffer.from(bytes);
  // Patch every uncompressed-size field (local headers and central directory) to 1 KB.
  for (let i = 0; i + 4 <= buf.length; i++) {
    const sig = buf.readUInt32LE(i);
    if (sig === 0x04034b50 && buf.readUInt32LE(i + 22) > 1024 * 1024) buf.writeUInt32LE(1024, i + 22);
    if (sig === 0x02014b50 && buf.readUInt32LE(i + 24) > 1024 * 1024) buf.writeUInt32LE(1024, i + 24);
  }
  return new Uint8Array(buf);
}

export const ole2Doc = (): Bytes => {
  const b = new Uint8Array(4096);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return b;
};

/** Deterministic pseudo-random junk (a seeded LCG: the same bytes on every run). */
export function binaryJunk(length = 8192, seed = 42): Bytes {
  const b = new Uint8Array(length);
  let s = seed >>> 0;
  for (let i = 0; i < length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    b[i] = s >>> 24;
  }
  return b;
}

export const htmlOf = (paragraphs: readonly string[], opts: Parameters<typeof htmlPage>[1] = {}): string => htmlPage(paragraphs, opts);

/** A web archive (.mht) holding `html`, its bytes in `charset`, sent quoted-printable or base64. */
export function mhtmlOf(html: string, charset: 'gbk' | 'utf-8', transfer: 'quoted-printable' | 'base64'): Bytes {
  const bytes = charset === 'gbk' ? Buffer.from(iconv.encode(html, 'gbk')) : Buffer.from(html, 'utf8');
  const body =
    transfer === 'base64'
      ? bytes.toString('base64').replace(/.{76}/g, '$&\r\n')
      : [...bytes]
          .map((b) => (b >= 33 && b <= 126 && b !== 61 ? String.fromCharCode(b) : b === 10 ? '\r\n' : `=${b.toString(16).toUpperCase().padStart(2, '0')}`))
          .join('')
          .replace(/(.{72})/g, '$1=\r\n');
  const mime = [
    'From: <Saved by Blink>',
    'Subject: =?utf-8?Q?report?=',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    '\tboundary="----MultipartBoundary--abc123----"',
    '',
    '------MultipartBoundary--abc123----',
    `Content-Type: text/html; charset="${charset === 'gbk' ? 'gb2312' : 'utf-8'}"`,
    `Content-Transfer-Encoding: ${transfer}`,
    'Content-Location: http://www.linjiang.example.gov.cn/report.html',
    '',
    body,
    '',
    '------MultipartBoundary--abc123----',
    'Content-Type: image/png',
    'Content-Transfer-Encoding: base64',
    '',
    'iVBORw0KGgo=',
    '------MultipartBoundary--abc123------',
    '',
  ].join('\r\n');
  return new Uint8Array(Buffer.from(mime, 'latin1'));
}

/** A temp folder for one test file; `write` returns the full path. */
export class FixtureDir {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'rc-fixtures-'));

  write(name: string, data: Bytes | string): string {
    const p = path.join(this.dir, name);
    writeFileSync(p, data);
    return p;
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
