// The report view and the three comparison views over real imported files: highlights by kind,
// a cell followed to its sentence, the charts, side by side; screenshots of each for review.
import { expect, test } from './support/fixtures';
import { flashedText, gotoView, loadFixtureReports, reportIdOf } from './support/app-page';
import { FIGURES } from './support/reports';
import { screenshot } from './support/screens';

test.beforeEach(async ({ app, host }) => {
  await loadFixtureReports(app, host);
});

test('library and report view: figures highlighted by kind, list and text linked both ways', async ({ app }) => {
  await screenshot(app, 'library');
  const id = await reportIdOf(app, '铜官区2023年政府工作报告.html');
  await app.getByTestId(`open-report-${id}`).click();
  await expect(app.getByTestId('report-text')).toContainText('715.2亿元');
  const highlights = app.getByTestId('highlight');
  await expect(highlights.first()).toBeVisible();
  await expect(app.locator('[data-testid="highlight"][data-kind="actual"]').first()).toBeVisible();
  await expect(app.locator('[data-testid="highlight"][data-kind="target"]').first()).toBeVisible();
  await expect(app.getByTestId('kind-legend')).toBeVisible();

  // List → text: the sentence flashes around the figure.
  const items = app.getByTestId('indicator-item');
  const targetItem = app.locator('[data-testid="indicator-item"][data-kind="target"]').first();
  const targetId = await targetItem.getAttribute('data-indicator-id');
  await targetItem.click();
  await expect(app.locator(`[data-testid="highlight"][data-indicator-id="${targetId}"]`)).toHaveClass(/selected/);
  const targetText = await app.locator(`[data-testid="highlight"][data-indicator-id="${targetId}"]`).textContent();
  await expect.poll(() => flashedText(app)).toContain(targetText ?? '?');
  expect(await flashedText(app)).toContain('预期目标');
  await screenshot(app, 'report');

  // Text → list: clicking a highlight selects its indicator.
  const first = highlights.first();
  const firstId = await first.getAttribute('data-indicator-id');
  await first.click();
  await expect(app.locator(`[data-testid="indicator-item"][data-indicator-id="${firstId}"]`)).toHaveAttribute('aria-selected', 'true');
  await expect(app.getByTestId('indicator-editor')).toBeVisible();

  // Filter by kind.
  const total = await items.count();
  await app.getByTestId('filter-kind').selectOption('target');
  await expect(items.first()).toHaveAttribute('data-kind', 'target');
  expect(await items.count()).toBeLessThan(total);
});

test('correcting and deleting a figure marks it edited and removes it', async ({ app }) => {
  const id = await reportIdOf(app, '义安区2023年政府工作报告.docx');
  await app.getByTestId(`open-report-${id}`).click();
  const item = app.locator('[data-testid="indicator-item"]').filter({ hasText: '402.7' }).first();
  await item.click();
  await app.getByTestId('edit-value').fill('402.9');
  await app.getByTestId('edit-save').click();
  const edited = app.locator('[data-testid="indicator-item"]').filter({ hasText: '402.9' });
  await expect(edited.getByTestId('edited-badge')).toBeVisible();

  const count = await app.getByTestId('indicator-item').count();
  await edited.click();
  await app.getByTestId('edit-delete').click();
  await app.getByTestId('edit-delete-confirm').click();
  await expect(app.getByTestId('indicator-item')).toHaveCount(count - 1);
  await expect(app.locator('[data-testid="indicator-item"]').filter({ hasText: '402.9' })).toHaveCount(0);
});

test('across years: values per year, computed change, target check; a cell opens its sentence', async ({ app }) => {
  await gotoView(app, 'years');
  await app.getByTestId('years-region').selectOption(FIGURES.a2023.district);
  await expect(app.getByTestId('year-head')).toHaveText(['2022', '2023']);
  const gdpRow = app.getByTestId('years-row').filter({ hasText: '地区生产总值' }).first();
  await expect(gdpRow).toContainText('680.5亿元');
  await expect(gdpRow).toContainText('715.2亿元');
  // 2023 result 6.8% against the 2022 report's 6.5% target.
  await expect(app.locator('[data-testid="target-check"]').first()).toBeVisible();

  await gdpRow.getByTestId('chart-tick').check();
  await expect(app.getByTestId('years-chart').locator('.recharts-line')).toHaveCount(1);
  await screenshot(app, 'across-years');

  await gdpRow.locator('[data-testid="cell"][data-year="2023"]').click();
  await expect(app.getByTestId('view-report')).toBeVisible();
  await expect.poll(() => flashedText(app)).toContain('地区生产总值715.2亿元');
  await expect(app.locator('[data-testid="highlight"].selected')).toContainText('715.2');
});

test('across districts: regions as columns with ranks, bar chart, empty (not zero) cells', async ({ app }) => {
  await gotoView(app, 'regions');
  await app.getByTestId('regions-year').selectOption('2023');
  await expect(app.getByTestId('region-head')).toHaveCount(2);
  const gdpRow = app.getByTestId('regions-row').filter({ hasText: '地区生产总值' }).first();
  await expect(gdpRow).toContainText('715.2亿元');
  await expect(gdpRow).toContainText('402.7亿元');
  await expect(gdpRow.getByTestId('rank')).toHaveText(['1', '2']);
  await gdpRow.getByTestId('chart-pick').check();
  await expect(app.getByTestId('regions-chart').locator('.recharts-bar-rectangle')).toHaveCount(2);
  await screenshot(app, 'across-regions');
});

test('side by side: aligned by metric, one-sided figures listed apart', async ({ app }) => {
  await gotoView(app, 'side');
  await expect(app.getByTestId('side-table')).toBeVisible();
  await expect(app.getByTestId('side-section-both')).toBeVisible();
  await expect(app.getByTestId('side-row').first()).toBeVisible();
  await screenshot(app, 'side-by-side');
});
