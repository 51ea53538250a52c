// Serves the BUILT renderer (out/renderer) at http://app.local/ through page.route, without a
// server: nothing listens on a port, and every request the page makes passes through here, so a
// test can record them all and fail on any that is not to the app itself.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Page, Request } from '@playwright/test';

export const APP_ORIGIN = 'http://app.local';
export const APP_URL = `${APP_ORIGIN}/index.html`;
export const RENDERER_DIR = resolve(process.cwd(), 'out/renderer');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

export function assertRendererBuilt(): void {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`The renderer is not built (${RENDERER_DIR}/index.html missing): run "npx electron-vite build" first (npm run test:e2e does).`);
  }
}

/** Fulfils http://app.local/** from out/renderer; anything else is aborted and recorded. */
export async function serveRenderer(page: Page, recorder: RequestRecorder): Promise<void> {
  assertRendererBuilt();
  page.on('request', (request) => recorder.record(request));
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== APP_ORIGIN) {
      await route.abort('blockedbyclient');
      return;
    }
    const path = normalize(join(RENDERER_DIR, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
    if (!path.startsWith(RENDERER_DIR + sep)) {
      await route.fulfill({ status: 403, body: 'outside the renderer' });
      return;
    }
    try {
      const body = await readFile(path);
      await route.fulfill({ status: 200, body, contentType: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' });
    } catch {
      recorder.missing.push(url.href);
      await route.fulfill({ status: 404, body: `not found: ${url.pathname}` });
    }
  });
}

/** Every request a page made: the offline test fails on any not to the app. */
export class RequestRecorder {
  readonly urls: string[] = [];
  readonly missing: string[] = [];

  record(request: Request): void {
    this.urls.push(request.url());
  }

  /** Requests that left the app: anything but http://app.local/, data: and blob: (no network). */
  foreign(): string[] {
    return this.urls.filter((u) => !u.startsWith(APP_ORIGIN + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
  }
}
