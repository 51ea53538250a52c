// The Playwright fixtures: each test gets its own data folder, scripted dialogs, the real report
// service, and pages showing the built renderer with window.api bridged to that service.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { ImportProgress, MenuCommand } from '../../src/shared/api';
import { createReportService } from '../../src/main/services/report-service';
import type { ReportService } from '../../src/main/services/report-service';
import { emit, installBridge } from './bridge';
import { ScriptedDialogs } from './dialogs';
import { APP_URL, RequestRecorder, serveRenderer } from './serve';

export const RESOURCES_DIR = resolve(process.cwd(), 'resources');

export class AppHost {
  readonly pages: Page[] = [];
  readonly pageErrors: string[] = [];
  readonly emitErrors: string[] = [];
  private current: ReportService | null = null;

  constructor(
    readonly dataDir: string,
    readonly filesDir: string,
    readonly dialogs: ScriptedDialogs,
    readonly recorder: RequestRecorder,
    private readonly demo: boolean,
  ) {}

  get service(): ReportService {
    if (!this.current) throw new Error('the report service is not running');
    return this.current;
  }

  async start(): Promise<void> {
    this.current = await createReportService({
      dataDir: this.dataDir,
      resourcesDir: RESOURCES_DIR,
      dialogs: this.dialogs,
      emitProgress: (progress: ImportProgress) => this.broadcast('progress', progress),
      demoOnFirstStart: this.demo,
    });
  }

  /** Closes the service (it saves) and starts a new one on the same data folder: an app restart. */
  async restart(): Promise<void> {
    await this.current?.close();
    this.current = null;
    await this.start();
  }

  async stop(): Promise<void> {
    await this.current?.close();
    this.current = null;
  }

  /** A new window on the app, its window.api bridged to the current service. */
  async openPage(page: Page): Promise<Page> {
    page.on('pageerror', (error) => this.pageErrors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|Refused to/.test(message.text())) {
        this.pageErrors.push(message.text());
      }
    });
    await serveRenderer(page, this.recorder);
    await installBridge(page, () => this.service as unknown as Record<string, unknown>);
    await page.goto(APP_URL);
    await expect(page.getByTestId('app')).toBeVisible();
    this.pages.push(page);
    return page;
  }

  /** What the application menu would send. */
  async menu(page: Page, command: MenuCommand): Promise<void> {
    await emit(page, 'menu', command);
  }

  private broadcast(channel: 'progress', payload: ImportProgress): void {
    for (const page of this.pages) {
      if (page.isClosed()) continue;
      emit(page, channel, payload).catch((error: unknown) => {
        if (!page.isClosed()) this.emitErrors.push(String(error));
      });
    }
  }
}

interface Fixtures {
  /** Load the shipped demo reports on first start (default false: tests start empty). */
  demo: boolean;
  host: AppHost;
  app: Page;
}

export const test = base.extend<Fixtures>({
  demo: [false, { option: true }],
  host: async ({ demo }, use, testInfo) => {
    const root = await mkdtemp(join(tmpdir(), 'rc-e2e-'));
    const host = new AppHost(join(root, 'data'), join(root, 'files'), new ScriptedDialogs(), new RequestRecorder(), demo);
    await host.start();
    try {
      await use(host);
    } finally {
      await host.stop();
      if (testInfo.status === testInfo.expectedStatus) await rm(root, { recursive: true, force: true });
    }
    // Problems nobody asserted on still fail the test.
    expect(host.pageErrors, 'uncaught errors / CSP violations in the page').toEqual([]);
    expect(host.recorder.foreign(), 'requests outside http://app.local/').toEqual([]);
    expect(host.emitErrors, 'events that could not be delivered').toEqual([]);
    expect(host.dialogs.unexpected, 'dialogs the test did not script').toEqual([]);
    expect(host.dialogs.leftover(), 'scripted dialogs that never opened').toEqual([]);
  },
  app: async ({ host, page }, use) => {
    await use(await host.openPage(page));
  },
});

export { expect };
