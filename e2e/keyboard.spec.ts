// Desktop-tool behaviour: keyboard shortcuts and list navigation, menu commands, files dropped on
// the window, and view choices restored after a reload.
import { expect, test } from './support/fixtures';
import { gotoView, loadFixtureReports } from './support/app-page';
import { reportText, FIGURES, writeReportFiles } from './support/reports';

test('Ctrl+1…6 switch views; arrows and Enter in the library; arrows and Esc in the figure list', async ({ app, host }) => {
  await loadFixtureReports(app, host);
  const views = ['library', 'report', 'years', 'regions', 'side', 'metrics'];
  for (const [i, view] of views.entries()) {
    await app.keyboard.press(`Control+${i + 1}`);
    await expect(app.getByTestId(`view-${view}`)).toBeVisible();
  }
  await app.keyboard.press('Control+1');

  const rows = app.getByTestId('report-row');
  await rows.first().focus();
  await app.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  const secondId = await rows.nth(1).getAttribute('data-report-id');
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('view-report')).toBeVisible();
  await expect(app.getByTestId('report-picker')).toHaveValue(secondId ?? '?');

  await app.getByTestId('indicator-list').focus();
  await app.keyboard.press('ArrowDown');
  const items = app.getByTestId('indicator-item');
  await expect(items.nth(0)).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toHaveAttribute('aria-selected', 'true');
  const id = await items.nth(1).getAttribute('data-indicator-id');
  await expect(app.locator(`[data-testid="highlight"][data-indicator-id="${id}"]`)).toHaveClass(/selected/);
  await app.keyboard.press('Escape');
  await expect(app.locator('[data-testid="indicator-item"][aria-selected="true"]')).toHaveCount(0);

  // Space ticks the row under the cursor for the chart in the comparison table.
  await gotoView(app, 'years');
  await app.getByTestId('years-region').selectOption('铜官区');
  await app.getByTestId('years-table').focus();
  await app.keyboard.press('Space');
  await expect(app.getByTestId('years-row').first().getByTestId('chart-tick')).toBeChecked();
});

test('menu commands: language and Open files…', async ({ app, host }) => {
  await host.menu(app, 'language-en');
  await expect(app.getByTestId('nav-library')).toHaveText('Library');
  await host.menu(app, 'language-zh');
  await expect(app.getByTestId('nav-library')).toHaveText('报告库');

  const files = await writeReportFiles(host.filesDir);
  host.dialogs.nextFiles([files.html]);
  await host.menu(app, 'open-files');
  await expect(app.getByTestId('report-row')).toHaveCount(1);
  // A cancelled dialog changes nothing.
  host.dialogs.nextFiles(null);
  await host.menu(app, 'open-files');
  await expect(app.getByTestId('report-row')).toHaveCount(1);
});

test('files dropped on the window are imported', async ({ app }) => {
  const text = reportText(FIGURES.b2023);
  // Runs in the page (this file is type-checked for Node, hence the loose typing of browser globals).
  const dataTransfer = await app.evaluateHandle((content) => {
    const g = globalThis as unknown as {
      DataTransfer: new () => { items: { add(file: unknown): void } };
      File: new (parts: string[], name: string, options: { type: string }) => unknown;
    };
    const transfer = new g.DataTransfer();
    transfer.items.add(new g.File([content], '拖入的报告.txt', { type: 'text/plain' }));
    return transfer;
  }, text);
  await app.dispatchEvent('[data-testid="app"]', 'dragover', { dataTransfer });
  await expect(app.getByTestId('drop-overlay')).toBeVisible();
  await app.dispatchEvent('[data-testid="app"]', 'drop', { dataTransfer });
  await expect(app.getByTestId('report-row')).toHaveCount(1);
  await expect(app.locator('[data-testid="report-row"][data-file="拖入的报告.txt"]')).toBeVisible();
  await expect(app.getByTestId('drop-overlay')).toHaveCount(0);
});

test('view, region and charted rows are restored after a reload', async ({ app, host }) => {
  await loadFixtureReports(app, host);
  await gotoView(app, 'years');
  await app.getByTestId('years-region').selectOption('义安区');
  const gdp = app.getByTestId('years-row').filter({ hasText: '地区生产总值' }).first();
  await gdp.getByTestId('chart-tick').check();
  await expect
    .poll(async () => (await host.service.getWorkspace()).ui.view)
    .toMatchObject({ view: 'years', region: '义安区' });

  await app.reload();
  await expect(app.getByTestId('view-years')).toBeVisible();
  await expect(app.getByTestId('years-region')).toHaveValue('义安区');
  await expect(app.getByTestId('years-row').filter({ hasText: '地区生产总值' }).first().getByTestId('chart-tick')).toBeChecked();
});
