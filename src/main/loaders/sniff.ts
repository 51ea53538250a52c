// What a file is, by its first bytes first and its extension second: a '.txt' that is really a
// PDF loads as a PDF, a '.docx' that is really an old .doc gets the .doc message.

export type SniffedKind =
  | { kind: 'pdf' }
  | { kind: 'zip' }
  | { kind: 'ole2' }
  | { kind: 'binary-format'; what: string }
  | { kind: 'text' };

const startsWith = (bytes: Uint8Array, magic: number[], at = 0): boolean =>
  bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);

/** Binary formats people mistake for reports: refused with 'unsupported-format' (and a hint). */
const OTHER_MAGICS: { magic: number[]; what: string }[] = [
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'PNG image' },
  { magic: [0xff, 0xd8, 0xff], what: 'JPEG image' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'GIF image' },
  { magic: [0x42, 0x4d], what: 'BMP image' },
  { magic: [0x49, 0x49, 0x2a, 0x00], what: 'TIFF image' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], what: 'TIFF image' },
  { magic: [0x52, 0x61, 0x72, 0x21], what: 'RAR archive' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf], what: '7z archive' },
  { magic: [0x1f, 0x8b], what: 'gzip archive' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'RTF document' },
  { magic: [0x7f, 0x45, 0x4c, 0x46], what: 'executable' },
  { magic: [0x4d, 0x5a], what: 'executable' },
];

export function sniffBytes(head: Uint8Array): SniffedKind {
  // PDF readers accept a header anywhere in the first 1 KB (some servers prepend junk).
  const pdfAt = indexOf(head.subarray(0, 1024), [0x25, 0x50, 0x44, 0x46, 0x2d]);
  if (pdfAt >= 0) return { kind: 'pdf' };
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return { kind: 'zip' };
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: 'ole2' };
  for (const { magic, what } of OTHER_MAGICS) {
    // 'BM' and 'MZ' are also how plain text can start: only trust them with a NUL soon after.
    if (startsWith(head, magic) && (magic.length > 2 || head.subarray(0, 64).includes(0))) return { kind: 'binary-format', what };
  }
  return { kind: 'text' };
}

function indexOf(hay: Uint8Array, needle: number[]): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** Extensions of pages saved from a browser (dynamic-page names included: people save 'content.jsp'). */
export const HTML_EXTENSIONS = new Set(['html', 'htm', 'xhtml', 'shtml', 'asp', 'aspx', 'php', 'jsp']);
/** Extensions a folder import picks up. */
export const SUPPORTED_EXTENSIONS = new Set(['txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml', 'shtml', 'mht', 'mhtml', 'pdf', 'docx']);

/** For text content: html when the extension or the markup says so, md for markdown, else txt. */
export function textFormatOf(fileName: string, sample: string): 'txt' | 'md' | 'html' {
  const ext = extensionOf(fileName);
  if (HTML_EXTENSIONS.has(ext)) return 'html';
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'txt' || ext === 'text') {
    // A page saved with a .txt name keeps its markup: only a whole HTML document counts.
    return /^\s*(<!doctype html|<html[\s>])/i.test(sample.replace(/^\uFEFF/, '')) ? 'html' : 'txt';
  }
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>])/i.test(sample.replace(/^\uFEFF/, '')) ? 'html' : 'txt';
}
