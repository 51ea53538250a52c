// The report service's DialogPort, backed by Electron's native dialogs.
import { app, dialog, type BrowserWindow, type FileFilter } from 'electron';
import { join } from 'node:path';
import type { ExportKind, Language } from '../../shared/api';
import type { DialogPort } from '../services/ports';
import { SUPPORTED_EXTENSIONS } from '../loaders/sniff';
import { MENU_LABELS } from './menu-labels';

const SAVE_FILTERS: Record<ExportKind, FileFilter> = {
  csv: { name: 'CSV', extensions: ['csv'] },
  png: { name: 'PNG', extensions: ['png'] },
  svg: { name: 'SVG', extensions: ['svg'] },
  workspace: { name: 'JSON', extensions: ['json'] },
};

export function electronDialogs(getWindow: () => BrowserWindow | null, getLanguage: () => Language): DialogPort {
  const t = () => MENU_LABELS[getLanguage()];
  const open = async (options: Electron.OpenDialogOptions) => {
    const win = getWindow();
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : result.filePaths;
  };
  return {
    pickFiles: () =>
      open({
        title: t().openDialogTitle,
        properties: ['openFile', 'multiSelections'],
        filters: [
          { name: t().reportsFilter, extensions: [...SUPPORTED_EXTENSIONS] },
          { name: t().allFilesFilter, extensions: ['*'] },
        ],
      }),
    async pickFolder() {
      const paths = await open({ title: t().openFolderTitle, properties: ['openDirectory'] });
      return paths?.[0] ?? null;
    },
    async pickSavePath(suggestedName, kind) {
      const win = getWindow();
      const options: Electron.SaveDialogOptions = {
        title: t().saveDialogTitle,
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [SAVE_FILTERS[kind]],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async pickWorkspaceFile() {
      const paths = await open({
        title: t().workspaceDialogTitle,
        properties: ['openFile'],
        filters: [{ name: t().workspaceFilter, extensions: ['json'] }],
      });
      return paths?.[0] ?? null;
    },
  };
}
