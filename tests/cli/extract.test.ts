import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { longHeader } from '../../src/core/csv';
import Papa from 'papaparse';
import { FixtureDir, REPORT_TEXT, docxOf, encodeText, htmlOf, pdfOf } from '../support/fixtures';
import { LINJIANG_2023, QINGCHUAN_2024, joinLines } from '../support/report-texts';
import { parseArgs, UsageError } from '../../src/cli/args';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

function extract(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, ['src/cli/extract.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = new FixtureDir();
let gbk: string, utf8Bom: string, docx: string, bad: string, empty: string, folder: string;

beforeAll(() => {
  gbk = dir.write('青川区 2024 报告 📄.txt', encodeText(REPORT_TEXT, 'gbk'));
  utf8Bom = dir.write('linjiang-2023-01-09.txt', encodeText(joinLines(LINJIANG_2023), 'utf-8-bom'));
  docx = dir.write('report.docx', docxOf(QINGCHUAN_2024));
  bad = dir.write('broken.pdf', '%PDF-1.7\nthis is not really a pdf');
  empty = dir.write('empty.txt', '');
  folder = path.join(dir.dir, 'folder');
  mkdirSync(path.join(folder, 'sub'), { recursive: true });
  dir.write('folder/a.html', htmlOf(LINJIANG_2023));
  dir.write('folder/sub/b.pdf', pdfOf(QINGCHUAN_2024));
  dir.write('folder/notes.xlsx', 'not a report');
  dir.write('folder/.hidden.txt', REPORT_TEXT);
});
afterAll(() => dir.cleanup());

describe('extract (JSONL)', () => {
  it('prints one object per indicator, grounded in the file text, and goes on past a bad file', () => {
    const r = extract(['--format', 'jsonl', gbk, bad, utf8Bom, docx]);
    expect(r.code).toBe(0);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const files = new Set(records.map((o) => o.file));
    expect(files).toEqual(new Set([gbk, utf8Bom, docx]));
    for (const key of ['file', 'start', 'end', 'label', 'value', 'unit', 'change', 'kind', 'approx', 'metric', 'region', 'reviewYear', 'reportDate']) {
      expect(records[0]).toHaveProperty(key);
    }
    // Offsets index the decoded file content exactly (BOM kept as one character, like readFileSync 'utf8').
    const bomText = readFileSync(utf8Bom, 'utf8');
    expect(bomText.charCodeAt(0)).toBe(0xfeff);
    const fromBom = records.filter((o) => o.file === utf8Bom);
    expect(fromBom.length).toBeGreaterThan(0);
    for (const o of fromBom) {
      if (o.value !== null) expect(bomText.slice(o.start, o.end).replace(/,/g, '')).toContain(String(o.value));
    }
    const gdp = records.find((o) => o.file === gbk && o.value === 412.6);
    expect(gdp).toMatchObject({ unit: '亿元', region: '临江市青川区', reviewYear: 2023, reportDate: '2024-01-18' });
    expect(REPORT_TEXT.slice(gdp.start, gdp.end)).toContain('412.6');
    // One stderr line for the bad file naming it and the reason.
    const errLines = r.stderr.split('\n').filter((l) => l.includes('broken.pdf'));
    expect(errLines).toHaveLength(1);
    expect(errLines[0]).toMatch(/pdf-corrupt/);
  });

  it('expands a folder to the supported files under it (hidden and other files skipped)', () => {
    const r = extract([folder]);
    expect(r.code).toBe(0);
    const files = new Set(r.stdout.trim().split('\n').map((l) => path.relative(folder, JSON.parse(l).file)));
    expect(files).toEqual(new Set(['a.html', path.join('sub', 'b.pdf')]));
  });

  it('exits non-zero when no file could be read', () => {
    const r = extract([bad, empty, path.join(dir.dir, 'missing.txt')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(3);
  });

  it('applies --encoding to text files', () => {
    const right = extract(['--encoding', 'gbk', gbk]);
    const wrong = extract(['--encoding', 'big5', gbk]);
    expect(right.stdout).toContain('"value":412.6');
    expect(wrong.stdout).not.toContain('"region":"临江市青川区"');
  });
});

describe('extract (CSV)', () => {
  it('writes UTF-8 with BOM, a header and one row per indicator, to --out', () => {
    const out = path.join(dir.dir, 'out.csv');
    const r = extract(['--format', 'csv', '--out', out, gbk, docx]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8').slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const header = parsed.meta.fields ?? [];
    // The same long table as the app's export.
    expect(header).toEqual(longHeader('zh'));
    expect(header).toHaveLength(16);
    const jsonl = extract([gbk, docx]).stdout.trim().split('\n');
    expect(parsed.data).toHaveLength(jsonl.length);
    const row = parsed.data.find((d) => d['数值'] === '412.6')!;
    expect(row['地区']).toBe('临江市青川区');
    expect(row['原句']).toContain('412.6亿元');
  });
});

describe('extract arguments', () => {
  it('--help prints usage and exits 0', () => {
    const r = extract(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/usage/);
  });
  it.each([
    [['--format', 'xml', 'a.txt'], /jsonl or csv/],
    [['--bogus', 'a.txt'], /unknown option/],
    [[], /no file given/],
    [['--out'], /needs a value/],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
  it('parses --format=csv, -o and files after --', () => {
    expect(parseArgs(['--format=csv', '-o', 'x.csv', '--', '--weird-name.txt'])).toEqual({ format: 'csv', out: 'x.csv', encoding: null, files: ['--weird-name.txt'], help: false });
  });
  it('an --out path that cannot be written exits 2 before any work', () => {
    const r = extract(['--out', path.join(dir.dir, 'no/such/dir/out.csv'), gbk]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write/);
  });
  it('a usage error exits 2 with the usage text', () => {
    const r = extract(['--format', 'xml', 'a.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usage/);
  });
});
