// End-to-end tests: the built renderer in Debian's Chromium, window.api backed by the real report
// service in the test process (see e2e/support). Build first: `npm run test:e2e` does.
import { register } from 'node:module';
import { defineConfig } from '@playwright/test';

// Lets the main-process services (and src/core's JSON imports) load in the test process.
register('./e2e/support/json-loader.mjs', import.meta.url);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  // Two cores: one browser at a time, and no retries that would hide a flaky failure.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    headless: true,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
