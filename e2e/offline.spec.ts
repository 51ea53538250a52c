// Offline: every request the page makes during a full session (import, every view, a followed
// cell, exports) goes to the app itself. The harness serves the app without a server and aborts
// anything else, so a stray request (a font CDN, telemetry) is caught here, not in the field.
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { gotoView, loadFixtureReports } from './support/app-page';
import { APP_ORIGIN } from './support/serve';

test('a full session makes no request outside the app', async ({ app, host }) => {
  await loadFixtureReports(app, host);
  for (const view of ['report', 'years', 'regions', 'side', 'metrics', 'library'] as const) await gotoView(app, view);

  await gotoView(app, 'years');
  await app.getByTestId('years-region').selectOption('铜官区');
  const gdp = app.getByTestId('years-row').filter({ hasText: '地区生产总值' }).first();
  await gdp.getByTestId('chart-tick').check();
  const png = join(host.filesDir, 'offline.png');
  host.dialogs.nextSave(png);
  await app.getByTestId('export-png').click();
  await expect(app.getByTestId('notice').filter({ hasText: png })).toBeVisible();
  await gdp.locator('[data-testid="cell"][data-year="2023"]').click();
  await expect(app.getByTestId('view-report')).toBeVisible();
  await app.getByTestId('lang-toggle').click();

  const urls = host.recorder.urls;
  expect(urls.length, 'the app itself was loaded through the recorder').toBeGreaterThan(2);
  expect(urls).toContain(`${APP_ORIGIN}/index.html`);
  expect(urls.some((u) => /\/assets\/.+\.js$/.test(u))).toBe(true);
  expect(host.recorder.foreign(), 'requests outside http://app.local/').toEqual([]);
  expect(host.recorder.missing, 'app files that were requested but not built').toEqual([]);
});
