// One IPC handler per API method: check who is calling, check the arguments, call the service.
// Written against a minimal ipcMain-like interface so it is tested without electron.
import { API_METHODS, channelOf, type ApiMethod } from '../../shared/api';
import { checkApiArgs } from '../../shared/api-schema';
import type { ReportService } from '../services/report-service';

/** The parts of Electron's IpcMainInvokeEvent that the checks read. */
export interface InvokeEventLike {
  sender: { id: number };
  senderFrame: { url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export interface SenderPolicy {
  /** True when the call comes from our main window's top frame, showing our own page. */
  isTrusted(event: InvokeEventLike): boolean;
}

export class IpcRejection extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IpcRejection';
  }
}

type ServiceCalls = Pick<ReportService, ApiMethod>;

/** Registers the handlers; returns a function that removes them. */
export function registerReportIpc(ipc: IpcMainLike, service: ServiceCalls, policy: SenderPolicy): () => void {
  for (const method of API_METHODS) {
    ipc.handle(channelOf(method), async (event, ...args) => {
      if (!policy.isTrusted(event)) {
        console.warn(`[ipc] refused ${method} from ${event.senderFrame?.url ?? 'unknown frame'}`);
        throw new IpcRejection(`拒绝来自未知页面的调用 / ${method} refused: the caller is not the app's window`);
      }
      const checked = checkApiArgs(method, args);
      if (!checked.ok) throw new IpcRejection(checked.message);
      const call = service[method] as (...a: unknown[]) => Promise<unknown>;
      return call(...checked.args);
    });
  }
  return () => {
    for (const method of API_METHODS) ipc.removeHandler(channelOf(method));
  };
}

/** The usual policy: the given window's webContents, top frame at one of our own URLs
 *  (the built index.html, or the dev server's origin). */
export function windowSenderPolicy(getWebContentsId: () => number | null, isAppUrl: (url: string) => boolean): SenderPolicy {
  return {
    isTrusted(event) {
      const id = getWebContentsId();
      return id !== null && event.sender.id === id && event.senderFrame !== null && isAppUrl(event.senderFrame.url);
    },
  };
}
