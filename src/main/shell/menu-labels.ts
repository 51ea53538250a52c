// Menu wording in both languages (no electron import: the labels are plain data).
import type { Language } from '../../shared/api';

export interface MenuLabels {
  file: string;
  openFiles: string;
  openFolder: string;
  export: string;
  quit: string;
  edit: string;
  view: string;
  language: string;
  reload: string;
  devTools: string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  fullScreen: string;
  window: string;
  windowTitle: string;
  openDialogTitle: string;
  openFolderTitle: string;
  saveDialogTitle: string;
  workspaceDialogTitle: string;
  reportsFilter: string;
  allFilesFilter: string;
  workspaceFilter: string;
  startupFailed: string;
}

export const MENU_LABELS: Record<Language, MenuLabels> = {
  zh: {
    file: '文件',
    openFiles: '打开文件…',
    openFolder: '打开文件夹…',
    export: '导出…',
    quit: '退出',
    edit: '编辑',
    view: '视图',
    language: '语言',
    reload: '重新载入',
    devTools: '开发者工具',
    zoomIn: '放大',
    zoomOut: '缩小',
    resetZoom: '实际大小',
    fullScreen: '全屏',
    window: '窗口',
    windowTitle: '报告对比',
    openDialogTitle: '打开报告文件',
    openFolderTitle: '打开报告文件夹',
    saveDialogTitle: '保存',
    workspaceDialogTitle: '导入工作区',
    reportsFilter: '报告(txt、html、pdf、docx)',
    allFilesFilter: '所有文件',
    workspaceFilter: '报告对比工作区',
    startupFailed: '报告对比无法启动',
  },
  en: {
    file: 'File',
    openFiles: 'Open Files…',
    openFolder: 'Open Folder…',
    export: 'Export…',
    quit: 'Quit',
    edit: 'Edit',
    view: 'View',
    language: 'Language',
    reload: 'Reload',
    devTools: 'Developer Tools',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    resetZoom: 'Actual Size',
    fullScreen: 'Full Screen',
    window: 'Window',
    windowTitle: 'Report Compare',
    openDialogTitle: 'Open report files',
    openFolderTitle: 'Open a folder of reports',
    saveDialogTitle: 'Save',
    workspaceDialogTitle: 'Import workspace',
    reportsFilter: 'Reports (txt, html, pdf, docx)',
    allFilesFilter: 'All files',
    workspaceFilter: 'Report Compare workspace',
    startupFailed: 'Report Compare could not start',
  },
};
