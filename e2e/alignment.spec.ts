// Alignment the user controls: two labels merged into one metric line up across years, split
// again they part; a rename shows everywhere.
import { expect, test } from './support/fixtures';
import { gotoView, loadFixtureReports } from './support/app-page';

test('merging two labels lines them up across years; splitting undoes it; renaming shows everywhere', async ({ app, host }) => {
  await loadFixtureReports(app, host);

  await gotoView(app, 'years');
  await app.getByTestId('years-region').selectOption('铜官区');
  const parkingRows = app.getByTestId('years-row').filter({ hasText: '停车泊位' });
  await expect(parkingRows).toHaveCount(2);

  await gotoView(app, 'metrics');
  await app.getByTestId('metrics-search').fill('停车泊位');
  const rows = app.getByTestId('metric-row');
  await expect(rows).toHaveCount(2);
  await expect(app.getByTestId('merge-hint')).toBeVisible();
  await rows.filter({ hasText: '智慧停车泊位' }).getByTestId('metric-tick').check();
  await rows.filter({ hasText: '智能停车泊位' }).getByTestId('metric-tick').check();
  await app.getByTestId('merge-selected').click();
  await expect(rows).toHaveCount(1);
  await expect(rows.getByTestId('metric-split')).toHaveCount(1);

  await gotoView(app, 'years');
  await expect(parkingRows).toHaveCount(1);
  await expect(parkingRows).toContainText('1,200个');
  await expect(parkingRows).toContainText('1,500个');

  // Rename the merged metric: the new name is the row's name in every view.
  await gotoView(app, 'metrics');
  await app.getByTestId('metrics-search').fill('停车泊位');
  await rows.getByTestId('metric-rename').click();
  await rows.getByTestId('metric-rename-input').fill('停车泊位(合并)');
  await rows.getByTestId('metric-rename-input').press('Enter');
  await expect(rows.getByTestId('metric-rename')).toHaveText('停车泊位(合并)');
  await gotoView(app, 'regions');
  await app.getByTestId('regions-year').selectOption('2023');
  await expect(app.getByTestId('regions-row').filter({ hasText: '停车泊位(合并)' })).toHaveCount(1);

  // Split: the two labels are two rows again.
  await gotoView(app, 'metrics');
  await app.getByTestId('metrics-search').fill('停车泊位');
  await rows.getByTestId('metric-split').click();
  await expect(rows).toHaveCount(2);
  await gotoView(app, 'years');
  await expect(app.getByTestId('years-row').filter({ hasText: '停车泊位' })).toHaveCount(2);
});
