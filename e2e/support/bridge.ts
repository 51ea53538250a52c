// window.api in the test browser, backed by the REAL main-process report service running in the
// Playwright process: one binding (__rcInvoke) carries every method of API_METHODS, and an init
// script builds window.api from that list before the renderer's own scripts run. Events (import
// progress, menu commands) are pushed into the page with page.evaluate.
import type { Page } from '@playwright/test';
import { API_METHODS } from '../../src/shared/api';
import type { ImportProgress, MenuCommand } from '../../src/shared/api';
import { replaceBytes, reviveBytes } from './wire';

export type EventChannel = 'progress' | 'menu';

/** The service the binding calls; looked up on every call so a test can restart it. */
export type ServiceLookup = () => Record<string, unknown>;

/** Runs inside the page. Plain JavaScript in a string, not a serialised function: a transpiler
 *  (tsx/esbuild for scripts, babel for tests) may inject helpers such as __name into a function's
 *  source, which do not exist in the page. */
const INSTALL_API = String.raw`(init) => {
  const listeners = { progress: new Set(), menu: new Set() };
  const toBase64 = (bytes) => {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  };
  const fromBase64 = (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  // Bytes travel as { __rcBytes: base64 } inside the JSON text, both ways.
  const replacer = (_key, v) => (v instanceof Uint8Array ? { __rcBytes: toBase64(v) } : v);
  const reviver = (_key, v) =>
    v && typeof v === 'object' && typeof v.__rcBytes === 'string' && Object.keys(v).length === 1 ? fromBase64(v.__rcBytes) : v;
  const api = {};
  for (const method of init.methods) {
    api[method] = async (...args) => JSON.parse(await globalThis.__rcInvoke(method, JSON.stringify(args, replacer)), reviver);
  }
  const subscribe = (channel) => (listener) => {
    listeners[channel].add(listener);
    return () => listeners[channel].delete(listener);
  };
  api.onImportProgress = subscribe('progress');
  api.onMenuCommand = subscribe('menu');
  globalThis.api = Object.freeze(api);
  globalThis.__rcEmit = (channel, payload) => {
    for (const listener of listeners[channel] ?? []) listener(payload);
  };
}`;

export async function installBridge(page: Page, service: ServiceLookup): Promise<void> {
  const allowed = new Set<string>(API_METHODS);
  // Arguments and results cross as JSON text: Playwright's own serialisation of a large object
  // graph (a workspace of 50 reports) takes seconds, a string takes milliseconds.
  await page.exposeBinding('__rcInvoke', async (_source, method: string, wireArgs: string) => {
    if (!allowed.has(method)) throw new Error(`window.api has no method ${method}`);
    const svc = service();
    const target = svc[method];
    if (typeof target !== 'function') throw new Error(`the report service does not implement ${method}`);
    const args: unknown = JSON.parse(wireArgs, reviveBytes);
    if (!Array.isArray(args)) throw new Error(`${method}: arguments must be an array`);
    const result = await (target as (...a: unknown[]) => Promise<unknown>).apply(svc, args);
    // undefined (void methods) is not JSON: send null, which the renderer treats alike.
    return JSON.stringify(result ?? null, replaceBytes);
  });
  await page.addInitScript({ content: `(${INSTALL_API})(${JSON.stringify({ methods: [...API_METHODS] })});` });
}

/** Pushes an event into the page as main's webContents.send would. */
export async function emit(page: Page, channel: EventChannel, payload: ImportProgress | MenuCommand): Promise<void> {
  if (page.isClosed()) return;
  // A string expression for the same reason as INSTALL_API.
  await page.evaluate(`globalThis.__rcEmit(${JSON.stringify(channel)}, ${JSON.stringify(payload)})`);
}
