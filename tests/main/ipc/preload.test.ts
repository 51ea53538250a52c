// The preload against a fake 'electron' (vi.mock: the real module is never loaded in unit tests).
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { API_METHODS, EVENT_IMPORT_PROGRESS, EVENT_MENU_COMMAND, channelOf, type ReportApi } from '../../../src/shared/api';

const exposed: Record<string, unknown> = {};
const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
const invoke = vi.fn(async (channel: string, ...args: unknown[]) => ({ channel, args }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: {
    invoke,
    on: (channel: string, fn: (...args: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(fn);
    },
    removeListener: (channel: string, fn: (...args: unknown[]) => void) => listeners.get(channel)?.delete(fn),
  },
}));

let api: ReportApi;
beforeAll(async () => {
  await import('../../../src/preload/index');
  api = exposed.api as ReportApi;
});

describe('preload', () => {
  it('exposes exactly the ReportApi functions as window.api, nothing else', () => {
    expect(Object.keys(exposed)).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual([...API_METHODS, 'onImportProgress', 'onMenuCommand'].sort());
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
  });

  it.each(API_METHODS.map((m) => [m]))('%s invokes its own channel with the arguments', async (method) => {
    const fn = api[method] as (...a: unknown[]) => Promise<unknown>;
    expect(await fn('x', 2)).toEqual({ channel: channelOf(method), args: ['x', 2] });
  });

  it('delivers events without the IPC event object, and unsubscribes', () => {
    const got: unknown[] = [];
    const off = api.onImportProgress((p) => got.push(p));
    const offMenu = api.onMenuCommand((c) => got.push(c));
    const fire = (channel: string, payload: unknown) => listeners.get(channel)?.forEach((fn) => fn({ sender: 'secret' }, payload));
    fire(EVENT_IMPORT_PROGRESS, { jobId: 'j' });
    fire(EVENT_MENU_COMMAND, 'open-files');
    expect(got).toEqual([{ jobId: 'j' }, 'open-files']);
    off();
    offMenu();
    fire(EVENT_IMPORT_PROGRESS, { jobId: 'k' });
    expect(got).toHaveLength(2);
    expect(listeners.get(EVENT_IMPORT_PROGRESS)?.size).toBe(0);
  });
});
