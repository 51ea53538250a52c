// The renderer's whole view of the main process: exactly the ReportApi functions, each a thin
// invoke on its own channel. ipcRenderer itself (or a generic invoke) is never exposed.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_METHODS, EVENT_IMPORT_PROGRESS, EVENT_MENU_COMMAND, channelOf, type ReportApi } from '../shared/api';

function subscribe<T>(channel: string, listener: (payload: T) => void): () => void {
  // Wrap, so the renderer never receives the event object (it carries the sender).
  const wrapped = (_event: IpcRendererEvent, payload: T) => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => void ipcRenderer.removeListener(channel, wrapped);
}

const invokers = Object.fromEntries(
  API_METHODS.map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(channelOf(method), ...args)]),
);

const api = {
  ...invokers,
  onImportProgress: (listener) => subscribe(EVENT_IMPORT_PROGRESS, listener),
  onMenuCommand: (listener) => subscribe(EVENT_MENU_COMMAND, listener),
} as ReportApi;

contextBridge.exposeInMainWorld('api', api);
