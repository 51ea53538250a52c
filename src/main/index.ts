// The Electron shell: one instance, one window, the menu, the hardening, and the report service
// behind validated IPC. Everything else lives in electron-free modules the tests can load.
import { app, BrowserWindow, dialog, ipcMain, Menu } from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_METHODS, EVENT_IMPORT_PROGRESS, EVENT_MENU_COMMAND, type Language, type MenuCommand } from '../shared/api';
import { registerReportIpc, windowSenderPolicy } from './ipc/register';
import { createReportService, type ReportService } from './services/report-service';
import { removeStaleLock } from './services/workspace-store';
import { appUrls } from './shell/app-url';
import { electronDialogs } from './shell/dialogs';
import { buildMenu } from './shell/menu';
import { MENU_LABELS } from './shell/menu-labels';
import { installSecurity } from './shell/security';
import { createMainWindow } from './shell/window';

const here = dirname(fileURLToPath(import.meta.url));
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const urls = appUrls(join(here, '../renderer/index.html'), devServerUrl);

function resourcesDir(): string {
  if (!app.isPackaged) return join(app.getAppPath(), 'resources');
  const nested = join(process.resourcesPath, 'resources');
  return existsSync(nested) ? nested : process.resourcesPath;
}

let mainWindow: BrowserWindow | null = null;
let service: ReportService | null = null;
let language: Language = 'zh';

const sendMenuCommand = (command: MenuCommand) => {
  if (command === 'language-zh' || command === 'language-en') setLanguage(command === 'language-zh' ? 'zh' : 'en');
  mainWindow?.webContents.send(EVENT_MENU_COMMAND, command);
};

function setLanguage(next: Language): void {
  language = next;
  Menu.setApplicationMenu(buildMenu(language, sendMenuCommand, !app.isPackaged));
  mainWindow?.setTitle(MENU_LABELS[language].windowTitle);
}

function openWindow(): void {
  mainWindow = createMainWindow(join(here, '../preload/index.cjs'), urls.entry, MENU_LABELS[language].windowTitle);
  mainWindow.on('closed', () => (mainWindow = null));
}

async function start(): Promise<void> {
  installSecurity(urls, devServerUrl);
  const dataDir = app.getPath('userData');
  // We hold Electron's single-instance lock, so a workspace lock left in dataDir is from a crash.
  removeStaleLock(dataDir);
  const ready = createReportService({
    dataDir,
    resourcesDir: resourcesDir(),
    dialogs: electronDialogs(() => mainWindow, () => language),
    emitProgress: (progress) => mainWindow?.webContents.send(EVENT_IMPORT_PROGRESS, progress),
  });
  // The window opens at once; calls wait for the service (on first start it loads the demo reports,
  // which takes seconds). A service that fails to start fails every call with its reason.
  const calls = Object.fromEntries(
    API_METHODS.map((method) => [
      method,
      async (...args: unknown[]) => {
        const target = (await ready)[method] as (...a: unknown[]) => Promise<unknown>;
        const result = await target(...args);
        // The renderer's own language switch updates the menu too.
        if (method === 'setUi') {
          const next = (args[0] as { language?: Language }).language;
          if (next && next !== language) setLanguage(next);
        }
        return result;
      },
    ]),
  ) as unknown as ReportService;
  registerReportIpc(ipcMain, calls, windowSenderPolicy(() => mainWindow?.webContents.id ?? null, urls.isAppUrl));
  setLanguage(language);
  openWindow();
  service = await ready;
  const saved = (await service.getWorkspace()).ui.language;
  if (saved !== language) setLanguage(saved);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.whenReady().then(start).catch((error: Error) => {
    console.error('[main] startup failed:', error);
    dialog.showErrorBox(MENU_LABELS[language].startupFailed, error.message);
    app.exit(1);
  });

  app.on('activate', () => {
    if (service && BrowserWindow.getAllWindows().length === 0) openWindow();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Write pending workspace changes before the process goes away.
  let closing = false;
  app.on('will-quit', (event) => {
    if (!service || closing) return;
    closing = true;
    event.preventDefault();
    service
      .close()
      .catch((error: Error) => console.error('[main] could not save the workspace on quit:', error))
      .finally(() => {
        service = null;
        app.quit();
      });
  });
}
