// window.api in the test browser, backed by the REAL main-process report service running in the
// Playwright process: one binding (__rcInvoke) carries every method of API_METHODS, and an init
// script builds window.api from that list before the renderer's own scripts run. Events (import
// progress, menu commands) are pushed into the page with page.evaluate.
import type { Page } from '@playwright/test';
import { API_METHODS } from '../../src/shared/api';
import type { ImportProgress, MenuCommand } from '../../src/shared/api';
import { fromWire, toWire } from './wire';

export type EventChannel = 'progress' | 'menu';

/** The service the binding calls; looked up on every call so a test can restart it. */
export type ServiceLookup = () => Record<string, unknown>;

/** Runs inside the page (serialised by Playwright): keep it self-contained, no imports. */
function installApi(init: { methods: string[] }): void {
  const g = globalThis as unknown as Record<string, any>;
  const listeners: Record<string, Set<(payload: unknown) => void>> = { progress: new Set(), menu: new Set() };

  const toBase64 = (bytes: Uint8Array): string => {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  };
  const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  const encode = (v: unknown): unknown => {
    if (v instanceof Uint8Array) return { __rcBytes: toBase64(v) };
    if (Array.isArray(v)) return v.map(encode);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)]));
    return v;
  };
  const decode = (v: unknown): unknown => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const keys = Object.keys(v);
      if (keys.length === 1 && keys[0] === '__rcBytes') return fromBase64((v as { __rcBytes: string }).__rcBytes);
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decode(x)]));
    }
    if (Array.isArray(v)) return v.map(decode);
    return v;
  };

  const api: Record<string, unknown> = {};
  for (const method of init.methods) {
    api[method] = async (...args: unknown[]) => decode(await g.__rcInvoke(method, encode(args)));
  }
  const subscribe = (channel: string) => (listener: (payload: unknown) => void) => {
    listeners[channel].add(listener);
    return () => listeners[channel].delete(listener);
  };
  api.onImportProgress = subscribe('progress');
  api.onMenuCommand = subscribe('menu');
  g.api = Object.freeze(api);
  g.__rcEmit = (channel: string, payload: unknown) => {
    for (const listener of listeners[channel] ?? []) listener(payload);
  };
}

export async function installBridge(page: Page, service: ServiceLookup): Promise<void> {
  const allowed = new Set<string>(API_METHODS);
  await page.exposeBinding('__rcInvoke', async (_source, method: string, wireArgs: unknown) => {
    if (!allowed.has(method)) throw new Error(`window.api has no method ${method}`);
    const svc = service();
    const target = svc[method];
    if (typeof target !== 'function') throw new Error(`the report service does not implement ${method}`);
    const args = fromWire(wireArgs);
    if (!Array.isArray(args)) throw new Error(`${method}: arguments must be an array`);
    return toWire(await (target as (...a: unknown[]) => Promise<unknown>).apply(svc, args));
  });
  await page.addInitScript(installApi, { methods: [...API_METHODS] });
}

/** Pushes an event into the page as main's webContents.send would. */
export async function emit(page: Page, channel: EventChannel, payload: ImportProgress | MenuCommand): Promise<void> {
  if (page.isClosed()) return;
  await page.evaluate(
    ([c, p]) => (globalThis as unknown as { __rcEmit(c: string, p: unknown): void }).__rcEmit(c, p),
    [channel, payload] as const,
  );
}
