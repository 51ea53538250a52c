// First start with the shipped demo reports: every view has something to show (screenshots in
// both languages for review), and the demo can be cleared in one click.
import { expect, test } from './support/fixtures';
import { gotoView } from './support/app-page';
import { screenshot } from './support/screens';

test.use({ demo: true });

test('the demo workspace fills every view; English on the switch; clear demo removes it', async ({ app }) => {
  const rows = app.getByTestId('report-row');
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  expect(count).toBeGreaterThanOrEqual(5);
  await expect(app.locator('.badge.demo').first()).toBeVisible();
  await screenshot(app, 'demo-library');

  await gotoView(app, 'years');
  await expect(app.getByTestId('year-head').nth(1)).toBeVisible();
  const ticks = app.getByTestId('chart-tick');
  await ticks.nth(0).check();
  await ticks.nth(1).check();
  await expect(app.getByTestId('years-chart').locator('.recharts-line')).toHaveCount(2);
  await screenshot(app, 'demo-across-years');

  await gotoView(app, 'regions');
  await expect(app.getByTestId('region-head').nth(1)).toBeVisible();
  await screenshot(app, 'demo-across-regions');

  await gotoView(app, 'side');
  await expect(app.getByTestId('side-row').first()).toBeVisible();
  await screenshot(app, 'demo-side-by-side');

  await gotoView(app, 'metrics');
  await expect(app.getByTestId('metric-row').first()).toBeVisible();
  await screenshot(app, 'demo-metrics');

  await gotoView(app, 'report');
  await app.getByTestId('report-picker').selectOption({ index: 1 });
  await expect(app.getByTestId('highlight').first()).toBeVisible();
  await app.getByTestId('indicator-item').nth(3).click();
  await screenshot(app, 'demo-report');

  await app.getByTestId('lang-toggle').click();
  await expect(app.getByTestId('nav-report')).toHaveText('Report');
  await screenshot(app, 'demo-report-en');
  await gotoView(app, 'years');
  await screenshot(app, 'demo-across-years-en');

  await gotoView(app, 'library');
  await app.getByTestId('library-clear-demo').click();
  await expect(app.getByTestId('library-empty')).toBeVisible();
  await expect(app.getByTestId('library-clear-demo')).toHaveCount(0);
});
