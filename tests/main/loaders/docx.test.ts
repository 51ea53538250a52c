import { describe, expect, it } from 'vitest';
import { checkDocxZip, readDocx } from '../../../src/main/loaders/docx';
import { readCentralDirectory, ZipError } from '../../../src/main/loaders/zip';
import { LoadFailure } from '../../../src/main/loaders/errors';
import { makeZip } from '../../../scripts/lib/make-docx';
import { docxOf, lyingZipBombDocx, zipBombDocx } from '../../support/fixtures';
import { QINGCHUAN_2024 } from '../../support/report-texts';

const buf = (b: Uint8Array): Buffer => Buffer.from(b);
const codeOf = (fn: () => void): string | null => {
  try {
    fn();
    return null;
  } catch (e) {
    return e instanceof LoadFailure ? e.code : `threw ${String(e)}`;
  }
};

describe('readCentralDirectory', () => {
  it('lists the entries of a docx', () => {
    const names = readCentralDirectory(buf(docxOf(['一段'])), 100).map((e) => e.name).sort();
    expect(names).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
  });
  it.each([
    ['not a zip', Buffer.from('plain text, no zip here at all')],
    ['truncated zip', buf(docxOf(['一段'])).subarray(0, 100)],
  ])('rejects %s', (_n, bytes) => {
    expect(() => readCentralDirectory(bytes, 100)).toThrow(ZipError);
  });
  it('rejects more entries than allowed', () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 20; i++) many[`f${i}.txt`] = 'x';
    expect(() => readCentralDirectory(buf(makeZip(many)), 10)).toThrow(/too many entries/);
  });
});

describe('checkDocxZip', () => {
  it.each([
    ['a real docx', () => docxOf(QINGCHUAN_2024), null],
    ['a zip without word/document.xml', () => makeZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<x/>' }), 'not-docx'],
    ['a zip bomb (20 MB of one byte, ratio far above the limit)', () => zipBombDocx(20), 'docx-corrupt'],
    ['a zip bomb whose headers lie about its size', () => lyingZipBombDocx(20), 'docx-corrupt'],
    ['a docx with its end cut off', () => docxOf(QINGCHUAN_2024).slice(0, 300), 'docx-corrupt'],
  ] as const)('%s → %s', (_n, make, code) => {
    expect(codeOf(() => checkDocxZip(buf(make())))).toBe(code);
  });
});

describe('readDocx', () => {
  it('gives one paragraph per line, runs joined (a number split across runs stays whole)', async () => {
    const { text } = await readDocx(buf(docxOf(['新登记市场主体8280户,增长20.3%。', '地区生产总值412.6亿元。'], true)));
    expect(text).toBe('新登记市场主体8280户,增长20.3%。\n地区生产总值412.6亿元。');
  });
  it('refuses a docx whose XML is broken with docx-corrupt', async () => {
    const bad = makeZip({ '[Content_Types].xml': '<Types/>', '_rels/.rels': '<Relationships', 'word/document.xml': '<w:document' });
    await expect(readDocx(buf(bad))).rejects.toMatchObject({ code: 'docx-corrupt' });
  });
});
