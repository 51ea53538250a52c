// The application menu: 文件 / 视图 (语言) in the current language. Commands go to the renderer,
// which runs them through window.api like any button would.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { Language, MenuCommand } from '../../shared/api';
import { MENU_LABELS } from './menu-labels';

export function buildMenu(language: Language, send: (command: MenuCommand) => void, dev: boolean): Menu {
  const t = MENU_LABELS[language];
  const mac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t.file,
      submenu: [
        { label: t.openFiles, accelerator: 'CmdOrCtrl+O', click: () => send('open-files') },
        { label: t.openFolder, accelerator: 'CmdOrCtrl+Shift+O', click: () => send('open-folder') },
        { type: 'separator' },
        { label: t.export, accelerator: 'CmdOrCtrl+E', click: () => send('export') },
        { type: 'separator' },
        { label: t.quit, role: 'quit' },
      ],
    },
    {
      label: t.edit,
      submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
    },
    {
      label: t.view,
      submenu: [
        {
          label: t.language,
          submenu: [
            { label: '中文', type: 'radio', checked: language === 'zh', click: () => send('language-zh') },
            { label: 'English', type: 'radio', checked: language === 'en', click: () => send('language-en') },
          ],
        },
        { type: 'separator' },
        { label: t.zoomIn, role: 'zoomIn' },
        { label: t.zoomOut, role: 'zoomOut' },
        { label: t.resetZoom, role: 'resetZoom' },
        { label: t.fullScreen, role: 'togglefullscreen' },
        ...(dev ? [{ type: 'separator' as const }, { label: t.reload, role: 'reload' as const }, { label: t.devTools, role: 'toggleDevTools' as const }] : []),
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
