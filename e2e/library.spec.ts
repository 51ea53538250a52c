// The library: importing real files of several formats with one bad file among them; metadata
// edited in place and kept across an app restart; encodings; removing reports.
import { readFile } from 'node:fs/promises';
import { expect, test } from './support/fixtures';
import { gotoView, importViaDialog, reportIdOf, reportRow } from './support/app-page';
import { FIGURES, reportText, writeReportFiles } from './support/reports';
import { screenshot } from './support/screens';

test('an empty library says what to do', async ({ app }) => {
  await expect(app.getByTestId('library-empty')).toContainText('拖入报告文件');
  await app.getByTestId('lang-toggle').click();
  await expect(app.getByTestId('library-empty')).toContainText('Drop report files here');
});

test('imports GBK text, HTML, Word and PDF files; a bad file is listed with its reason and the others load', async ({ app, host }) => {
  const files = await writeReportFiles(host.filesDir);
  await importViaDialog(app, host, [files.gbkTxt, files.html, files.docx, files.pdf, files.bad]);

  await expect(app.getByTestId('report-row')).toHaveCount(4);
  await expect(reportRow(app, '义安区2022年政府工作报告.pdf')).toBeVisible();
  await expect(reportRow(app, '铜官区2022年政府工作报告.txt')).toBeVisible();
  await expect(reportRow(app, '铜官区2023年政府工作报告.html')).toBeVisible();
  await expect(reportRow(app, '义安区2023年政府工作报告.docx')).toBeVisible();

  const error = app.getByTestId('import-error');
  await expect(error).toHaveCount(1);
  await expect(error).toHaveAttribute('data-file', /损坏的报告\.docx/);
  await expect(error).toContainText('损坏的报告.docx');
  await expect(app.locator('[data-testid="import-file"][data-state="error"]')).toHaveCount(1);
  await expect(app.locator('[data-testid="import-file"][data-state="done"]')).toHaveCount(4);

  // The GBK file was decoded as GBK, not shown as mojibake.
  const gbkId = await reportIdOf(app, '铜官区2022年政府工作报告.txt');
  await expect(app.getByTestId(`encoding-${gbkId}`)).toHaveValue(/gb/);
  await app.getByTestId(`open-report-${gbkId}`).click();
  await expect(app.getByTestId('report-text')).toContainText('地区生产总值680.5亿元');
  // Snapshots carry no report text (the view fetched it with getReportText), only its length.
  const snapshot = await host.service.getWorkspace();
  expect(snapshot.reports.every((r) => !('text' in r.document) && r.document.textLength > 0)).toBe(true);

  await screenshot(app, 'library-import-errors');
  // The error is in the current language, and dismissible.
  await gotoView(app, 'library');
  await app.getByTestId('lang-toggle').click();
  await expect(error).not.toContainText('无法');
  await app.getByTestId('import-error-dismiss').click();
  await expect(app.getByTestId('import-errors')).toHaveCount(0);
});

test('metadata edited in place is kept after a restart (new page, same data folder)', async ({ app, host, browser }) => {
  const files = await writeReportFiles(host.filesDir);
  await importViaDialog(app, host, [files.gbkTxt]);
  const id = await reportIdOf(app, '铜官区2022年政府工作报告.txt');

  await app.getByTestId(`meta-region-${id}`).click();
  await app.getByTestId(`meta-region-${id}-input`).fill('测试区');
  await app.getByTestId(`meta-region-${id}-input`).press('Enter');
  await app.getByTestId(`meta-year-${id}`).click();
  await app.getByTestId(`meta-year-${id}-input`).fill('20x1');
  await app.getByTestId(`meta-year-${id}-input`).press('Enter');
  await expect(app.getByTestId(`meta-year-${id}-error`)).toBeVisible();
  await app.getByTestId(`meta-year-${id}-input`).fill('2021');
  await app.getByTestId(`meta-year-${id}-input`).press('Enter');
  await expect(app.getByTestId(`meta-year-${id}`)).toHaveText('2021');
  await app.getByTestId('lang-toggle').click();

  await app.close();
  await host.restart();
  const context = await browser.newContext();
  const again = await host.openPage(await context.newPage());
  await expect(again.getByTestId(`meta-region-${id}`)).toHaveText('测试区');
  await expect(again.getByTestId(`meta-year-${id}`)).toHaveText('2021');
  await expect(again.getByTestId('lang-toggle')).toHaveText('中文');
  await context.close();
  void readFile;
});

test('a text report decoded with another encoding is re-read, and back', async ({ app, host }) => {
  const files = await writeReportFiles(host.filesDir);
  await importViaDialog(app, host, [files.gbkTxt]);
  const id = await reportIdOf(app, '铜官区2022年政府工作报告.txt');
  const encoding = app.getByTestId(`encoding-${id}`);
  const detected = await encoding.inputValue();
  const figures = Number(await app.getByTestId(`indicator-count-${id}`).textContent());
  expect(figures).toBeGreaterThan(0);

  await encoding.selectOption('big5');
  await expect(encoding).toHaveValue('big5');
  await app.getByTestId(`open-report-${id}`).click();
  // The re-decoded text has arrived (not the loading line, not the GBK text kept from before).
  await expect(app.getByTestId('report-text').locator('.doc-text')).toBeVisible();
  await expect(app.getByTestId('report-text')).not.toContainText('地区生产总值');
  await gotoView(app, 'library');
  await encoding.selectOption(detected);
  await expect(app.getByTestId(`indicator-count-${id}`)).toHaveText(String(figures));
  await app.getByTestId(`open-report-${id}`).click();
  await expect(app.getByTestId('report-text')).toContainText('地区生产总值680.5亿元');
});

test('removing a report takes it out of the library and every view', async ({ app, host }) => {
  const files = await writeReportFiles(host.filesDir);
  await importViaDialog(app, host, [files.gbkTxt, files.html]);
  const id = await reportIdOf(app, '铜官区2022年政府工作报告.txt');
  await app.getByTestId(`remove-report-${id}`).click();
  await expect(app.getByTestId('report-row')).toHaveCount(1);
  await gotoView(app, 'years');
  await expect(app.getByTestId('year-head')).toHaveCount(1);
  expect((await host.service.getWorkspace()).reports.map((r) => r.id)).not.toContain(id);
});

test('a running batch can be cancelled: the rest of the files are marked cancelled, the finished ones stay', async ({ app, host }) => {
  // Big enough files that the batch is still running when Cancel is clicked.
  const body = reportText(FIGURES.a2023).repeat(400);
  const files = Array.from({ length: 40 }, (_, i) => ({ name: `批量${String(i).padStart(2, '0')}.txt`, text: `${i}\n${body}` }));
  const dataTransfer = await app.evaluateHandle((list) => {
    const g = globalThis as unknown as {
      DataTransfer: new () => { items: { add(file: unknown): void } };
      File: new (parts: string[], name: string, options: { type: string }) => unknown;
    };
    const transfer = new g.DataTransfer();
    for (const f of list) transfer.items.add(new g.File([f.text], f.name, { type: 'text/plain' }));
    return transfer;
  }, files);
  await app.dispatchEvent('[data-testid="app"]', 'drop', { dataTransfer });
  await expect(app.locator('[data-testid="import-file"][data-state="done"]').first()).toBeVisible({ timeout: 60_000 });
  await app.getByTestId('import-cancel').click();
  await expect(app.getByTestId('import-progress')).toHaveAttribute('data-finished', 'true', { timeout: 60_000 });
  const cancelled = await app.locator('[data-testid="import-file"][data-state="cancelled"]').count();
  const done = await app.locator('[data-testid="import-file"][data-state="done"]').count();
  expect(cancelled).toBeGreaterThan(0);
  expect(done + cancelled).toBe(files.length);
  await expect(app.getByTestId('report-row')).toHaveCount(done);
  await expect(app.getByTestId('notice').filter({ hasText: '已取消' })).toBeVisible();
});
