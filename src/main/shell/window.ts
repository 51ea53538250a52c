// The main window: hidden until its first paint, secure web preferences, our page only.
import { BrowserWindow } from 'electron';
import { SECURE_WEB_PREFERENCES } from './security';

export function createMainWindow(preloadPath: string, entryUrl: string, title: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    title,
    show: false,
    autoHideMenuBar: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(entryUrl);
  return win;
}
