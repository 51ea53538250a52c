// Page helpers shared by the specs: act the way a user does (click, type, keys) and wait on test ids.
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { basename } from 'node:path';
import type { AppHost } from './fixtures';
import { FIGURES, writeReportFiles } from './reports';
import type { WrittenFiles } from './reports';

export type ViewId = 'library' | 'report' | 'years' | 'regions' | 'side' | 'metrics';

export async function gotoView(page: Page, view: ViewId): Promise<void> {
  await page.getByTestId(`nav-${view}`).click();
  await expect(page.getByTestId(`view-${view}`)).toBeVisible();
}

/** Opens files through the (scripted) Open files… dialog and waits for the import to finish. */
export async function importViaDialog(page: Page, host: AppHost, paths: string[]): Promise<void> {
  host.dialogs.nextFiles(paths);
  await page.getByTestId('open-files').click();
  // Generous: the first PDF of a run loads pdf.js in the import worker, slow on a busy 2-core machine.
  await expect(page.getByTestId('import-progress')).toHaveAttribute('data-finished', 'true', { timeout: 60_000 });
  await expect(page.getByTestId('import-file')).toHaveCount(paths.length);
}

export function reportRow(page: Page, fileName: string): Locator {
  return page.locator(`[data-testid="report-row"][data-file="${fileName}"]`);
}

export async function reportIdOf(page: Page, fileName: string): Promise<string> {
  const id = await reportRow(page, fileName).getAttribute('data-report-id');
  if (!id) throw new Error(`no report row for ${fileName}`);
  return id;
}

/** Sets region and year of a report through the library's in-place editors (when detection missed or differs). */
export async function setRegionYear(page: Page, id: string, region: string, year: number): Promise<void> {
  const regionButton = page.getByTestId(`meta-region-${id}`);
  if ((await regionButton.textContent())?.trim() !== region) {
    await regionButton.click();
    await page.getByTestId(`meta-region-${id}-input`).fill(region);
    await page.getByTestId(`meta-region-${id}-input`).press('Enter');
    await expect(page.getByTestId(`meta-region-${id}`)).toHaveText(region);
  }
  const yearButton = page.getByTestId(`meta-year-${id}`);
  if ((await yearButton.textContent())?.trim() !== String(year)) {
    await yearButton.click();
    await page.getByTestId(`meta-year-${id}-input`).fill(String(year));
    await page.getByTestId(`meta-year-${id}-input`).press('Enter');
    await expect(page.getByTestId(`meta-year-${id}`)).toHaveText(String(year));
  }
}

/** The text of the flashing sentence in the report view (it may be cut into several runs by highlights). */
export async function flashedText(page: Page): Promise<string> {
  await expect(page.locator('[data-flash]').first()).toBeVisible();
  return (await page.locator('[data-flash]').allTextContents()).join('');
}

/** Imports the four good fixture reports (GBK txt, HTML, docx, PDF) and sets region and year as the
 *  tests expect them, whatever detection found (detection has its own tests). */
export async function loadFixtureReports(page: Page, host: AppHost): Promise<WrittenFiles> {
  const files = await writeReportFiles(host.filesDir);
  await importViaDialog(page, host, [files.gbkTxt, files.html, files.docx, files.pdf]);
  await expect(page.getByTestId('report-row')).toHaveCount(4);
  for (const [path, f] of [
    [files.gbkTxt, FIGURES.a2022],
    [files.html, FIGURES.a2023],
    [files.docx, FIGURES.b2023],
    [files.pdf, FIGURES.b2022],
  ] as const) {
    await setRegionYear(page, await reportIdOf(page, basename(path)), f.district, f.year);
  }
  return files;
}
