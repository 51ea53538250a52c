// How fast the renderer switches views with a big workspace: 50 reports (10 districts × 5 years)
// of ~300 figures each, loaded through the real report service, shown in Debian's Chromium via the
// e2e harness. Prints timings; asserts nothing (speed is read by people, not tests).
//
//   npx electron-vite build && npx tsx scripts/perf-views.ts [--reports 50] [--metrics 300] [--runs 3]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { createReportService } from '../src/main/services/report-service';
import { installBridge } from '../e2e/support/bridge';
import { ScriptedDialogs } from '../e2e/support/dialogs';
import { APP_URL, RequestRecorder, serveRenderer } from '../e2e/support/serve';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const REPORTS = arg('reports', 50);
const METRICS = arg('metrics', 300);
const RUNS = arg('runs', 3);
const DISTRICTS = ['甲区', '乙区', '丙区', '丁区', '戊区', '己区', '庚区', '辛区', '壬区', '癸区'];
const UNITS = ['亿元', '万元', '个', '户', '人', '公里', '亩', '%'];

/** A synthetic report: title and dateline, then `metrics` figures in short sentences. */
function syntheticReport(district: string, year: number, metrics: number, seed: number): string {
  const lines = [`某市${district}${year + 1}年政府工作报告`, `——${year + 1}年1月10日在${district}人民代表大会上`, '', `一、${year}年工作回顾`, ''];
  let sentence = '';
  for (let m = 0; m < metrics; m++) {
    const value = ((seed * 7919 + m * 104729) % 100000) / 10;
    const growth = (((seed + m) * 31) % 150) / 10;
    sentence += `第${m + 1}类事业指标${value}${UNITS[m % UNITS.length]},增长${growth}%;`;
    if (m % 6 === 5) {
      lines.push(sentence.replace(/;$/, '。'));
      sentence = '';
    }
  }
  if (sentence) lines.push(sentence.replace(/;$/, '。'));
  lines.push('', `二、${year + 1}年工作安排`, '', '地区生产总值增长6%左右。');
  return lines.join('\n');
}

async function timed(label: string, results: Map<string, number[]>, action: () => Promise<void>): Promise<void> {
  const start = performance.now();
  await action();
  const ms = performance.now() - start;
  results.set(label, [...(results.get(label) ?? []), ms]);
}

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'rc-perf-'));
  const service = await createReportService({
    dataDir: join(root, 'data'),
    resourcesDir: resolve('resources'),
    dialogs: new ScriptedDialogs(),
    emitProgress: () => {},
    demoOnFirstStart: false,
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const files = Array.from({ length: REPORTS }, (_, i) => {
      const district = DISTRICTS[i % DISTRICTS.length];
      const year = 2019 + Math.floor(i / DISTRICTS.length);
      return { name: `${district}${year}.txt`, bytes: new TextEncoder().encode(syntheticReport(district, year, METRICS, i + 1)) };
    });
    let start = performance.now();
    const outcome = await service.importDropped(files);
    const ws = await service.getWorkspace();
    const figures = ws.reports.reduce((n, r) => n + r.indicators.length, 0);
    console.log(`imported ${outcome.added.length} reports (${outcome.errors.length} errors), ${figures} figures in ${(performance.now() - start).toFixed(0)} ms`);
    await service.setUi({ view: { view: 'library' } });

    const page: Page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await serveRenderer(page, new RequestRecorder());
    await installBridge(page, () => service as unknown as Record<string, unknown>);
    page.on('pageerror', (e) => console.log('[page error]', String(e).slice(0, 500)));
    start = performance.now();
    await page.goto(APP_URL);
    await page.getByTestId('report-row').first().waitFor();
    console.log(`first paint of the library: ${(performance.now() - start).toFixed(0)} ms`);
    const bridgeMs = await page.evaluate(`(async () => { const t = performance.now(); await globalThis.api.getWorkspace(); return performance.now() - t; })()`);
    console.log(`  of which one getWorkspace() through the test bridge: ${Number(bridgeMs).toFixed(0)} ms (Electron IPC is not measured here)`);

    const results = new Map<string, number[]>();
    const regions = DISTRICTS.slice(0, Math.min(DISTRICTS.length, REPORTS));
    for (let run = 0; run < RUNS; run++) {
      await timed('library → across years', results, async () => {
        await page.getByTestId('nav-years').click();
        await page.getByTestId('years-row').first().waitFor();
      });
      await timed('across years: switch region', results, async () => {
        await page.getByTestId('years-region').selectOption({ index: (run + 1) % regions.length });
        await page.getByTestId('years-row').first().waitFor();
      });
      await timed('across years: tick 3 rows for the chart', results, async () => {
        for (let i = 0; i < 3; i++) await page.getByTestId('chart-tick').nth(i).check();
        await page.locator('[data-testid="years-chart"] .recharts-line').nth(2).waitFor();
      });
      await timed('across years: scroll table to the end', results, async () => {
        await page.getByTestId('years-table').evaluate((el) => {
          el.scrollTop = el.scrollHeight;
        });
        await page.getByTestId('years-row').last().waitFor();
      });
      await timed('→ across districts', results, async () => {
        await page.getByTestId('nav-regions').click();
        await page.getByTestId('regions-row').first().waitFor();
      });
      await timed('across districts: switch year', results, async () => {
        const years = await page.getByTestId('regions-year').locator('option').count();
        await page.getByTestId('regions-year').selectOption({ index: (run + 1) % years });
        await page.getByTestId('regions-row').first().waitFor();
      });
      await timed('→ side by side', results, async () => {
        await page.getByTestId('nav-side').click();
        await page.getByTestId('side-row').first().waitFor();
      });
      await timed('→ alignment (all metrics)', results, async () => {
        await page.getByTestId('nav-metrics').click();
        await page.getByTestId('metric-row').first().waitFor();
      });
      await timed('→ report view (text + highlights)', results, async () => {
        await page.getByTestId('nav-report').click();
        await page.getByTestId('report-picker').selectOption({ index: 1 + (run % REPORTS) });
        await page.getByTestId('highlight').first().waitFor();
      });
      await timed('→ library', results, async () => {
        await page.getByTestId('nav-library').click();
        await page.getByTestId('report-row').first().waitFor();
      });
    }

    console.log(`\n${REPORTS} reports × ~${METRICS} figures, ${RUNS} runs (ms: median / max)`);
    for (const [label, times] of results) {
      const sorted = [...times].sort((a, b) => a - b);
      console.log(`  ${label.padEnd(44)} ${sorted[Math.floor(sorted.length / 2)].toFixed(0).padStart(6)} / ${sorted.at(-1)!.toFixed(0).padStart(6)}`);
    }
    const dom = await page.evaluate(() => (globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }).document.querySelectorAll('*').length);
    console.log(`  DOM elements on the library view: ${dom}`);
  } finally {
    await browser.close();
    await service.close();
    await rm(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
