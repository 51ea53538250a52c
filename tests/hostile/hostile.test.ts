// Hostile and oversized input (issue 5): every case ends in a document or a clear error, within
// the limits documented in src/main/loaders/limits.ts. Timeouts here are generous safety nets,
// not speed assertions (speed is measured by scripts/bench-loaders.ts).
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openSync, closeSync, ftruncateSync, writeSync } from 'node:fs';
import path from 'node:path';
import { loadDocument } from '../../src/main/loaders';
import { MAX_PDF_BYTES, MAX_PDF_PAGES, MAX_TEXT_BYTES } from '../../src/main/loaders/limits';
import { extractIndicators } from '../../src/core/parser';
import { layoutParagraphs, makePdf } from '../../scripts/lib/make-pdf';
import { FixtureDir, REPORT_TEXT, binaryJunk, docxOf, encodeText, lyingZipBombDocx, zipBombDocx } from '../support/fixtures';
import { QINGCHUAN_2024 } from '../support/report-texts';

const dir = new FixtureDir();
afterAll(() => dir.cleanup());

const codeOf = (r: Awaited<ReturnType<typeof loadDocument>>): string => (r.ok ? 'ok' : r.error.code);

/** A file of `bytes` bytes starting with `head`, the rest a hole (sparse): big on paper, cheap to make. */
function sparseFile(name: string, head: string, bytes: number): string {
  const p = path.join(dir.dir, name);
  const fd = openSync(p, 'w');
  writeSync(fd, head);
  ftruncateSync(fd, bytes);
  closeSync(fd);
  return p;
}

describe('hostile input', () => {
  it('zip bomb .docx (50 MB of one byte in a few KB) is refused before mammoth', async () => {
    const r = await loadDocument({ name: 'bomb.docx', bytes: zipBombDocx(50) });
    expect(codeOf(r)).toBe('docx-corrupt');
    if (!r.ok) expect(r.error.messageEn).toMatch(/zip bomb/);
  }, 60_000);

  it('zip bomb whose headers claim 1 KB is caught while inflating (hard output cap)', async () => {
    const r = await loadDocument({ name: 'liar.docx', bytes: lyingZipBombDocx(50) });
    expect(codeOf(r)).toBe('docx-corrupt');
  }, 60_000);

  it('a 2,000-page PDF gives its first MAX_PDF_PAGES pages and a warning', async () => {
    const paragraphs = Array.from({ length: 2000 }, (_, i) => `第${i + 1}页:新登记市场主体${8000 + i}户,增长${(i % 30) + 1}%。`);
    const pdf = makePdf(layoutParagraphs(paragraphs, { linesPerPage: 1, charsPerLine: 40 }));
    const r = await loadDocument({ name: '2000页.pdf', bytes: pdf });
    expect(codeOf(r)).toBe('ok');
    if (!r.ok) return;
    expect(r.document.text).toContain(`第${MAX_PDF_PAGES}页`);
    expect(r.document.text).not.toContain(`第${MAX_PDF_PAGES + 1}页`);
    expect(r.document.warnings.join()).toMatch(/the PDF has 2000 pages/);
  }, 180_000);

  it('HTML with 10,000 nested elements and script tags: no stack overflow, no script run, text kept', async () => {
    const depth = 10_000;
    const html = `<html><body>${'<div><span>'.repeat(depth / 2)}<script>globalThis.__ran = 1</script><p>新登记市场主体8280户,增长20.3%。</p><script src="x.js"></script>${'</span></div>'.repeat(depth / 2)}<p>地区生产总值412.6亿元。</p></body></html>`;
    const r = await loadDocument({ name: 'deep.html', bytes: encodeText(html, 'utf-8') });
    expect(codeOf(r)).toBe('ok');
    if (!r.ok) return;
    expect(r.document.text).toContain('新登记市场主体8280户,增长20.3%。');
    expect(r.document.text).toContain('地区生产总值412.6亿元。');
    expect(r.document.text).not.toContain('__ran');
    expect((globalThis as { __ran?: number }).__ran).toBeUndefined();
  }, 60_000);

  it('one line of a million digits loads exactly and parses without throwing', async () => {
    const text = '1'.repeat(1_000_000);
    const r = await loadDocument({ name: 'digits.txt', bytes: encodeText(text, 'utf-8') });
    expect(codeOf(r)).toBe('ok');
    if (!r.ok) return;
    expect(r.document.text).toBe(text);
    expect(Array.isArray(extractIndicators(r.document.text))).toBe(true);
  }, 120_000);

  it(`a 60 MB text file is refused as too-large (limit ${MAX_TEXT_BYTES / 2 ** 20} MB) without being read`, async () => {
    const line = Buffer.from(REPORT_TEXT, 'utf8');
    const p = path.join(dir.dir, 'huge.txt');
    const fd = openSync(p, 'w');
    const chunk = Buffer.concat(Array.from({ length: Math.ceil((1 << 20) / line.length) }, () => line));
    for (let written = 0; written < 60 * 2 ** 20; written += chunk.length) writeSync(fd, chunk);
    closeSync(fd);
    const r = await loadDocument({ path: p });
    expect(codeOf(r)).toBe('too-large');
    if (!r.ok) expect(r.error.messageEn).toMatch(/limit 50\.0 MB/);
  }, 60_000);

  it(`a PDF over ${MAX_PDF_BYTES / 2 ** 20} MB is refused as too-large`, async () => {
    const r = await loadDocument({ path: sparseFile('huge.pdf', '%PDF-1.7\n', MAX_PDF_BYTES + 1) });
    expect(codeOf(r)).toBe('too-large');
  });

  it('bytes over the limit are refused too (dropped files)', async () => {
    const r = await loadDocument({ name: 'big.txt', bytes: new Uint8Array(MAX_TEXT_BYTES + 1).fill(0x41) });
    expect(codeOf(r)).toBe('too-large');
  });

  it.each([
    ['invalid UTF-8 sprinkled in UTF-8', () => Buffer.concat([Buffer.from(REPORT_TEXT), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1]), Buffer.from(REPORT_TEXT)]), 'ok'],
    ['UTF-8 then GBK in one file', () => Buffer.concat([Buffer.from(REPORT_TEXT), Buffer.from(encodeText(REPORT_TEXT, 'gbk'))]), 'ok'],
    ['random bytes named .txt', () => Buffer.from(binaryJunk(100_000, 7)), 'binary'],
    ['a PDF header followed by junk', () => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(binaryJunk(5000, 3))]), 'pdf-corrupt'],
    ['a docx whose document.xml is junk', () => Buffer.from(docxOf(['x']).map((b, i) => (i > 200 && i < 260 ? 0x41 : b))), 'docx-corrupt'],
  ].map(([name, make, code]) => ({ name, make, code })) as { name: string; make: () => Buffer; code: string }[])('$name → $code', async ({ make, code }) => {
    const r = await loadDocument({ name: 'hostile.txt', bytes: new Uint8Array(make()) });
    expect(codeOf(r)).toBe(code);
  });

  it('a file named with Chinese characters, spaces and emoji loads, and errors name it', async () => {
    const name = '青川区 政府工作报告 2024 📊✅.txt';
    const ok = await loadDocument({ path: dir.write(name, encodeText(REPORT_TEXT, 'gbk')) });
    expect(ok.ok && ok.document.fileName).toBe(name);
    const badName = '损坏的 文件 💥.pdf';
    const bad = await loadDocument({ path: dir.write(badName, '%PDF-1.7 broken') });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.fileName).toBe(badName);
      expect(bad.error.message).toContain(badName);
    }
  });

  it('never throws, whatever the bytes and the name', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 3000 }),
          fc.string({ maxLength: 500 }).map((s) => new Uint8Array(Buffer.from(s))),
          fc.constantFrom(docxOf(QINGCHUAN_2024), encodeText(REPORT_TEXT, 'utf-16le')).chain((b) =>
            fc.integer({ min: 0, max: b.length }).map((n) => b.slice(0, n)),
          ),
        ),
        fc.constantFrom('a.txt', 'b.html', 'c.pdf', 'd.docx', 'e.doc', 'f', '😀 名.md', 'g.mht'),
        async (bytes, name) => {
          const r = await loadDocument({ name, bytes });
          if (r.ok) expect(typeof r.document.text).toBe('string');
          else expect(r.error.message.length).toBeGreaterThan(10);
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
});
