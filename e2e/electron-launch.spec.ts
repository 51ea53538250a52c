// The real Electron app, launched by Playwright: window, title, secure preferences, window.api.
// Electron's binary is not downloaded on every machine (CI images without it, this sandbox):
// then the test is skipped with a message saying how to get it.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { API_METHODS } from '../src/shared/api';

const root = resolve(import.meta.dirname, '..');
const electronDir = join(root, 'node_modules', 'electron');
const binaryInstalled = existsSync(join(electronDir, 'path.txt')) && existsSync(join(electronDir, 'dist'));
const built = existsSync(join(root, 'out', 'main', 'index.js'));

test.skip(!binaryInstalled, 'Electron binary not installed (node_modules/electron/dist missing): run `node node_modules/electron/install.js` where downloads are allowed');
test.skip(!built, 'app not built: run `npx electron-vite build` first');

test('launches one secure window with the typed API', async () => {
  const userData = mkdtempSync(join(tmpdir(), 'rc-electron-'));
  // The binary's path as the electron package records it (never import 'electron' under plain Node).
  const executablePath = join(electronDir, 'dist', readFileSync(join(electronDir, 'path.txt'), 'utf8').trim());
  const app = await electron.launch({
    executablePath,
    args: [root, `--user-data-dir=${userData}`],
    env: { ...process.env, ELECTRON_RENDERER_URL: '' },
  });
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle(/报告对比|Report Compare/);
    await expect(page.getByTestId('app')).toBeVisible();

    const exposed = await page.evaluate(() => Object.keys((globalThis as unknown as { api: object }).api).sort());
    expect(exposed).toEqual([...API_METHODS, 'onImportProgress', 'onMenuCommand'].sort());
    // No Node and no ipcRenderer in the page.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');

    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const [win] = BrowserWindow.getAllWindows();
      // Not in the typings, but present at runtime: the preferences the page really runs with.
      const p = (win.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> | null }).getLastWebPreferences();
      return { contextIsolation: p?.contextIsolation, sandbox: p?.sandbox, nodeIntegration: p?.nodeIntegration, webSecurity: p?.webSecurity, count: BrowserWindow.getAllWindows().length };
    });
    expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, count: 1 });

    // The API answers through validated IPC; bad arguments are refused.
    const ws = await page.evaluate(() => (globalThis as unknown as { api: { getWorkspace(): Promise<{ reports: unknown[] }> } }).api.getWorkspace());
    expect(Array.isArray(ws.reports)).toBe(true);
    const refused = await page.evaluate(() =>
      (globalThis as unknown as { api: { removeReports(x: unknown): Promise<unknown> } }).api.removeReports('not-an-array').then(
        () => 'accepted',
        (e: Error) => e.message,
      ),
    );
    expect(refused).toMatch(/invalid arguments/);

    // New windows are denied.
    await page.evaluate(() => (globalThis as unknown as { open(url: string): unknown }).open('https://example.com/'));
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
