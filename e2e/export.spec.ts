// Export: the comparison table exactly as shown (wide CSV), every figure (long CSV), the chart
// as PNG and SVG, the table to the clipboard as TSV, and the workspace out and back in.
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect, test } from './support/fixtures';
import type { Page } from '@playwright/test';
import { gotoView, loadFixtureReports } from './support/app-page';
import { ARTIFACTS_DIR } from './support/screens';

const BOM = '\uFEFF';

async function savedText(page: Page, path: string): Promise<string> {
  await expect(page.getByTestId('notice').filter({ hasText: path })).toBeVisible();
  return readFile(path, 'utf8');
}

function parseCsv(text: string): string[][] {
  expect(text.startsWith(BOM), 'CSV starts with a BOM so Excel reads it as UTF-8').toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

test.beforeEach(async ({ app, host }) => {
  await loadFixtureReports(app, host);
});

test('wide CSV is the across-years table exactly as shown, filter included', async ({ app, host }) => {
  await gotoView(app, 'years');
  await app.getByTestId('years-region').selectOption('铜官区');
  await app.getByTestId('rows-search').fill('收入');
  const shownRows = await app.getByTestId('years-row').count();
  expect(shownRows).toBeGreaterThan(0);

  const path = join(host.filesDir, 'years.csv');
  host.dialogs.nextSave(path);
  await app.getByTestId('export-csv-wide').click();
  const rows = parseCsv(await savedText(app, path));
  const [header, ...body] = rows;
  expect(header[0]).toBe('指标');
  expect(header).toContain('2022年');
  expect(header).toContain('2023年');
  expect(body).toHaveLength(shownRows);
  const revenue = body.find((r) => r[0] === '一般公共预算收入');
  expect(revenue, 'revenue row').toBeDefined();
  expect(revenue![header.indexOf('2022年')]).toBe('48.6亿元');
  expect(revenue![header.indexOf('2023年')]).toBe('52.3亿元');
  expect(revenue![header.indexOf('2023年 变化')]).toBe('+7.6%');
  expect(host.dialogs.saveRequests.at(-1)?.kind).toBe('csv');

  // The same table in English when the UI is in English.
  await app.getByTestId('lang-toggle').click();
  const pathEn = join(host.filesDir, 'years-en.csv');
  host.dialogs.nextSave(pathEn);
  await app.getByTestId('export-csv-wide').click();
  const [headerEn] = parseCsv(await savedText(app, pathEn));
  expect(headerEn[0]).toBe('Metric');
});

test('long CSV has every figure of every report, with region, year and values', async ({ app, host }) => {
  const counts = await app.locator('[data-testid^="indicator-count-"]').allTextContents();
  const total = counts.reduce((n, c) => n + Number(c), 0);
  expect(total).toBeGreaterThan(0);
  await gotoView(app, 'regions');
  const path = join(host.filesDir, 'all.csv');
  host.dialogs.nextSave(path);
  await app.getByTestId('export-csv-long').click();
  const [header, ...body] = parseCsv(await savedText(app, path));
  expect(header.slice(0, 2)).toEqual(['地区', '报告年度(回顾年)']);
  expect(body).toHaveLength(total);
  const gdp = body.find((r) => r[0] === '铜官区' && r[1] === '2023' && r[header.indexOf('数值')] === '715.2');
  expect(gdp, 'GDP 2023 of 铜官区').toBeDefined();
  expect(gdp![header.indexOf('单位')]).toBe('亿元');
  // The sentence column comes from the report texts, fetched for the export (snapshots leave them out).
  expect(gdp![header.indexOf('原句')]).toContain('715.2亿元');
  expect(body.every((r) => r[header.indexOf('原句')] !== '')).toBe(true);
  expect(new Set(body.map((r) => r[0]))).toEqual(new Set(['铜官区', '义安区']));
});

test('chart as PNG and SVG; table to the clipboard as TSV', async ({ app, host }) => {
  await gotoView(app, 'years');
  await app.getByTestId('years-region').selectOption('铜官区');
  await app.getByTestId('years-row').filter({ hasText: '地区生产总值' }).first().getByTestId('chart-tick').check();
  await expect(app.getByTestId('years-chart').locator('.recharts-line')).toHaveCount(1);

  const png = join(host.filesDir, 'chart.png');
  host.dialogs.nextSave(png);
  await app.getByTestId('export-png').click();
  await expect(app.getByTestId('notice').filter({ hasText: png })).toBeVisible();
  const bytes = await readFile(png);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.length).toBeGreaterThan(2000);
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  await copyFile(png, join(ARTIFACTS_DIR, 'chart-export.png'));

  const svg = join(host.filesDir, 'chart.svg');
  host.dialogs.nextSave(svg);
  await app.getByTestId('export-svg').click();
  const svgText = await savedText(app, svg);
  expect(svgText).toContain('<svg');
  expect(svgText).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(svgText).toContain('地区生产总值');

  // The page is a browser: its globals are typed loosely here (this file is type-checked for Node).
  await app.evaluate(() => {
    const w = globalThis as unknown as { __copied?: string; addEventListener(type: string, fn: (e: { clipboardData?: { getData(t: string): string } }) => void): void };
    w.addEventListener('copy', (e) => (w.__copied = e.clipboardData?.getData('text/plain')));
  });
  await app.getByTestId('copy-tsv').click();
  const copied = await app.evaluate(() => (globalThis as unknown as { __copied?: string }).__copied ?? '');
  const lines = copied.split('\r\n').map((l) => l.split('\t'));
  expect(lines[0][0]).toBe('指标');
  expect(lines.find((l) => l[0] === '地区生产总值')).toContain('715.2亿元');
});

test('workspace exported and imported back', async ({ app, host }) => {
  const path = join(host.filesDir, 'workspace.json');
  host.dialogs.nextSave(path);
  await app.getByTestId('library-export-workspace').click();
  await expect(app.getByTestId('notice').filter({ hasText: path })).toBeVisible();
  expect(existsSync(path)).toBe(true);

  for (const id of await app.getByTestId('report-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-report-id')))) {
    await app.getByTestId(`remove-report-${id}`).click();
  }
  await expect(app.getByTestId('library-empty')).toBeVisible();

  host.dialogs.nextWorkspaceFile(path);
  await app.getByTestId('library-import-workspace').click();
  await expect(app.getByTestId('report-row')).toHaveCount(4);
});
