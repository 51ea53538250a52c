import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { LoadErrorCode, LoadResult, LoadedDocument } from '../../../src/core/model';
import { loadDocument } from '../../../src/main/loaders';
import {
  FixtureDir,
  REPORT_TEXT,
  binaryJunk,
  docxOf,
  encodeText,
  htmlOf,
  mhtmlOf,
  ole2Doc,
  pdfOf,
  pdfWithoutText,
  zipNotDocx,
} from '../../support/fixtures';
import { QINGCHUAN_2024, QINGCHUAN_TRADITIONAL, joinLines } from '../../support/report-texts';

const dir = new FixtureDir();
afterAll(() => dir.cleanup());

function doc(r: LoadResult): LoadedDocument {
  if (!r.ok) throw new Error(`expected a document, got ${r.error.code}: ${r.error.messageEn}`);
  return r.document;
}

describe('loadDocument: formats', () => {
  const cases: { name: string; file: string; bytes: () => Uint8Array | string; format: string; encoding: string | null; text?: string }[] = [
    { name: 'UTF-8 txt', file: '青川区 2024 报告.txt', bytes: () => encodeText(REPORT_TEXT, 'utf-8'), format: 'txt', encoding: 'utf-8', text: REPORT_TEXT },
    { name: 'GBK txt', file: 'gbk.txt', bytes: () => encodeText(REPORT_TEXT, 'gbk'), format: 'txt', encoding: 'gb18030', text: REPORT_TEXT },
    { name: 'UTF-16 LE txt', file: 'u16.txt', bytes: () => encodeText(REPORT_TEXT, 'utf-16le'), format: 'txt', encoding: 'utf-16le', text: '\uFEFF' + REPORT_TEXT },
    { name: 'markdown', file: 'report.md', bytes: () => encodeText('# ' + REPORT_TEXT, 'utf-8'), format: 'md', encoding: 'utf-8', text: '# ' + REPORT_TEXT },
    { name: 'saved web page', file: 'page.html', bytes: () => htmlOf(QINGCHUAN_2024), format: 'html', encoding: 'utf-8' },
    { name: 'web page saved as .txt', file: 'page.txt', bytes: () => htmlOf(QINGCHUAN_2024), format: 'html', encoding: 'utf-8' },
    { name: 'docx', file: 'report.docx', bytes: () => docxOf(QINGCHUAN_2024, true), format: 'docx', encoding: null },
    { name: 'pdf', file: 'report.pdf', bytes: () => pdfOf(QINGCHUAN_2024), format: 'pdf', encoding: null },
    { name: 'a PDF named .txt loads as PDF', file: 'really-a-pdf.txt', bytes: () => pdfOf(QINGCHUAN_2024), format: 'pdf', encoding: null },
    { name: 'a docx named .doc loads as docx', file: 'really-docx.doc', bytes: () => docxOf(QINGCHUAN_2024), format: 'docx', encoding: null },
    { name: 'web archive, GBK, quoted-printable', file: 'page.mht', bytes: () => mhtmlOf(htmlOf(QINGCHUAN_2024), 'gbk', 'quoted-printable'), format: 'html', encoding: 'gb18030' },
    { name: 'web archive, UTF-8, base64, no extension hint', file: 'page.txt', bytes: () => mhtmlOf(htmlOf(QINGCHUAN_2024), 'utf-8', 'base64'), format: 'html', encoding: 'utf-8' },
    { name: 'an HTML page named .doc (as sites serve them)', file: 'site.doc', bytes: () => htmlOf(QINGCHUAN_2024), format: 'html', encoding: 'utf-8' },
  ];

  it.each(cases)('$name', async ({ file, bytes, format, encoding, text }) => {
    const p = dir.write(file, bytes());
    const d = doc(await loadDocument({ path: p }));
    expect(d.format).toBe(format);
    expect(d.encoding).toBe(encoding);
    expect(d.fileName).toBe(file);
    if (text !== undefined) expect(d.text).toBe(text);
    expect(d.text).toContain('新登记市场主体8280户');
    expect(d.text).toContain('地区生产总值达到412.6亿元');
    expect(d.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(d.meta.region.value).toBe('临江市青川区');
    expect(d.meta.reviewYear.value).toBe(2023);
  });

  it('loads from bytes exactly as from a path, and hashes by content', async () => {
    const bytes = encodeText(REPORT_TEXT, 'gbk');
    const a = doc(await loadDocument({ name: 'a.txt', bytes }));
    const b = doc(await loadDocument({ path: dir.write('b.txt', bytes) }));
    expect(a.text).toBe(b.text);
    expect(a.contentHash).toBe(b.contentHash);
    const c = doc(await loadDocument({ name: 'c.txt', bytes: encodeText(REPORT_TEXT + '。', 'gbk') }));
    expect(c.contentHash).not.toBe(a.contentHash);
  });

  it('honours an encoding chosen by the user', async () => {
    const bytes = encodeText(REPORT_TEXT, 'gbk');
    const asBig5 = doc(await loadDocument({ name: 'x.txt', bytes }, { encoding: 'big5' }));
    expect(asBig5.encoding).toBe('big5');
    expect(asBig5.text).not.toBe(REPORT_TEXT);
    const asGbk = doc(await loadDocument({ name: 'x.txt', bytes }, { encoding: 'GBK' }));
    expect(asGbk.text).toBe(REPORT_TEXT);
  });

  it('honours <meta charset> of a GBK page', async () => {
    const html = htmlOf(QINGCHUAN_2024, { charset: 'gb2312' });
    const d = doc(await loadDocument({ name: 'gbk.html', bytes: encodeText(html, 'gbk') }));
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toContain('新登记市场主体8280户');
  });

  it('reads a page re-saved as UTF-8 that still declares gb2312 as UTF-8, with a warning', async () => {
    const html = htmlOf(QINGCHUAN_2024, { charset: 'gb2312' });
    const d = doc(await loadDocument({ name: 'resaved.html', bytes: encodeText(html, 'utf-8') }));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('新登记市场主体8280户');
    expect(d.warnings.join()).toMatch(/declares gb18030 but is UTF-8/);
  });

  it('reports traditional script and pinyin glosses without rewriting the text', async () => {
    const text = joinLines(QINGCHUAN_TRADITIONAL);
    const d = doc(await loadDocument({ name: 'trad.txt', bytes: encodeText(text, 'big5') }));
    expect(d.text).toBe(text);
    expect(d.warnings.join('\n')).toMatch(/traditional script/);
    expect(d.warnings.join('\n')).toMatch(/pinyin glosses/);
    expect(d.meta.region.value).toBe('临江市青川区');
  });

  it('names the first pinyin gloss the text has, in its own script', async () => {
    const text = '全区地区生产总值增长(zhǎng)6%,一般公共预算收入9.42亿(yì)元。';
    const d = doc(await loadDocument({ name: 'glossed.txt', bytes: new TextEncoder().encode(text) }));
    expect(d.warnings.find((w) => w.includes('pinyin'))).toContain('长(zhǎng)');
    expect(d.warnings.join('\n')).not.toMatch(/增長/);
  });

  it('reports full-width digits', async () => {
    const d = doc(await loadDocument({ name: 'fw.txt', bytes: encodeText('地区生产总值４１２.６亿元,增长５.８%。', 'utf-8') }));
    expect(d.warnings.join()).toMatch(/full-width digits/);
  });

  it('gives clean text with no warnings for a clean simplified report', async () => {
    const d = doc(await loadDocument({ name: 'clean.txt', bytes: encodeText(REPORT_TEXT, 'utf-8') }));
    expect(d.warnings).toEqual([]);
  });
});

describe('loadDocument: errors', () => {
  const cases: { name: string; file: string; bytes: () => Uint8Array | string; code: LoadErrorCode; says: RegExp }[] = [
    { name: 'empty file', file: 'empty.txt', bytes: () => '', code: 'empty', says: /empty/ },
    { name: 'whitespace only', file: 'blank.txt', bytes: () => ' \n\u3000\n', code: 'empty', says: /empty/ },
    { name: 'binary junk with a text extension', file: 'junk.txt', bytes: () => binaryJunk(), code: 'binary', says: /not look like a text file/ },
    { name: 'NUL-filled text file', file: 'nul.txt', bytes: () => new Uint8Array(5000), code: 'binary', says: /binary/ },
    { name: 'truncated PDF', file: 'cut.pdf', bytes: () => pdfOf(QINGCHUAN_2024).slice(0, 600), code: 'pdf-corrupt', says: /damaged or incomplete/ },
    { name: '.pdf that is a web page', file: 'error-page.pdf', bytes: () => '<html><body>404 Not Found</body></html>', code: 'pdf-corrupt', says: /no PDF header/ },
    { name: 'encrypted PDF', file: 'locked.pdf', bytes: () => pdfOf(QINGCHUAN_2024, {}, { encrypted: true }), code: 'pdf-encrypted', says: /password/ },
    { name: 'PDF without a text layer', file: 'scan.pdf', bytes: () => pdfWithoutText(3), code: 'pdf-no-text', says: /OCR/ },
    { name: 'zip that is not a docx', file: 'archive.docx', bytes: () => zipNotDocx(), code: 'not-docx', says: /not a Word \.docx/ },
    { name: 'truncated docx', file: 'cut.docx', bytes: () => docxOf(QINGCHUAN_2024).slice(0, 200), code: 'docx-corrupt', says: /damaged or malformed/ },
    { name: '.docx that is plain text', file: 'text.docx', bytes: () => REPORT_TEXT, code: 'docx-corrupt', says: /not a zip/ },
    { name: 'legacy .doc', file: 'old.doc', bytes: () => ole2Doc(), code: 'legacy-doc', says: /save it as \.docx/ },
    { name: '.wps', file: 'kingsoft.wps', bytes: () => ole2Doc(), code: 'wps', says: /WPS/ },
    { name: 'image', file: 'scan.png', bytes: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), code: 'unsupported-format', says: /PNG image/ },
    { name: 'web archive without an HTML part', file: 'empty.mht', bytes: () => 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n', code: 'unsupported-format', says: /no web page found/ },
    { name: 'RTF', file: 'report.rtf', bytes: () => '{\\rtf1\\ansi report}', code: 'unsupported-format', says: /RTF/ },
  ];
  it.each(cases)('$name → $code', async ({ file, bytes, code, says }) => {
    const p = dir.write(file, bytes());
    const r = await loadDocument({ path: p });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.fileName).toBe(file);
    expect(r.error.message).toContain(file);
    expect(r.error.messageEn).toContain(file);
    expect(r.error.messageEn).toMatch(says);
    expect(r.error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('an unknown encoding chosen by the user is decode-failed', async () => {
    const r = await loadDocument({ name: 'x.txt', bytes: encodeText(REPORT_TEXT, 'utf-8') }, { encoding: 'klingon' });
    expect(r.ok ? null : r.error.code).toBe('decode-failed');
  });

  it.each([
    ['missing file', () => path.join(dir.dir, 'nope.txt'), /does not exist/],
    ['directory', () => {
      const d = path.join(dir.dir, 'folder.txt');
      mkdirSync(d, { recursive: true });
      return d;
    }, /folder/],
  ] as const)('unreadable: %s', async (_n, make, says) => {
    const r = await loadDocument({ path: make() });
    expect(r.ok ? null : r.error.code).toBe('unreadable');
    if (!r.ok) expect(r.error.messageEn).toMatch(says);
  });

  it.skipIf(process.getuid?.() === 0)('unreadable: no permission', async () => {
    const p = dir.write('secret.txt', REPORT_TEXT);
    chmodSync(p, 0o000);
    const r = await loadDocument({ path: p });
    expect(r.ok ? null : r.error.code).toBe('unreadable');
  });

  it('a batch with bad files still loads the good ones', async () => {
    const inputs = [
      { name: 'good1.txt', bytes: encodeText(REPORT_TEXT, 'gbk') },
      { name: 'bad.pdf', bytes: new Uint8Array(Buffer.from('%PDF-1.7\ngarbage')) },
      { name: 'good2.docx', bytes: docxOf(QINGCHUAN_2024) },
      { name: 'empty.txt', bytes: new Uint8Array() },
    ];
    const results = await Promise.all(inputs.map((i) => loadDocument(i)));
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ok', 'pdf-corrupt', 'ok', 'empty']);
  });
});
