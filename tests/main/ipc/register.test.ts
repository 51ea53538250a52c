import { describe, expect, it, vi } from 'vitest';
import { API_METHODS, channelOf, type ApiMethod } from '../../../src/shared/api';
import { API_ARG_SCHEMAS, checkApiArgs } from '../../../src/shared/api-schema';
import { registerReportIpc, windowSenderPolicy, type InvokeEventLike, type IpcMainLike } from '../../../src/main/ipc/register';
import { appUrls } from '../../../src/main/shell/app-url';
import type { ReportService } from '../../../src/main/services/report-service';

type Handler = (event: InvokeEventLike, ...args: unknown[]) => unknown;

class FakeIpcMain implements IpcMainLike {
  handlers = new Map<string, Handler>();
  handle(channel: string, listener: Handler) {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  }
  invoke(method: ApiMethod, event: InvokeEventLike, ...args: unknown[]) {
    const handler = this.handlers.get(channelOf(method));
    if (!handler) throw new Error(`no handler for ${method}`);
    return Promise.resolve().then(() => handler(event, ...args));
  }
}

const APP_HTML = '/opt/Report Compare/out/renderer/index.html';
const urls = appUrls(APP_HTML, undefined);
const WINDOW_ID = 7;
const ours: InvokeEventLike = { sender: { id: WINDOW_ID }, senderFrame: { url: urls.entry + '#/years' } };

function setup() {
  const ipc = new FakeIpcMain();
  const service = Object.fromEntries(API_METHODS.map((m) => [m, vi.fn(async (...args: unknown[]) => ({ method: m, args }))])) as unknown as Record<
    ApiMethod,
    ReturnType<typeof vi.fn>
  >;
  const unregister = registerReportIpc(ipc, service as unknown as ReportService, windowSenderPolicy(() => WINDOW_ID, urls.isAppUrl));
  return { ipc, service, unregister };
}

const bytes = new Uint8Array([1, 2, 3]);

/** One valid call per method: each must reach the service with exactly these arguments. */
const VALID: Record<ApiMethod, unknown[]> = {
  getWorkspace: [],
  getReportText: ['r1'],
  openFiles: [],
  openFolder: [],
  importDropped: [[{ name: '报告.txt', bytes }]],
  cancelImport: ['job-1'],
  removeReports: [['a', 'b']],
  clearDemo: [],
  updateMeta: ['r1', { region: '铜官区', reviewYear: 2023, reportDate: '2024-01-10' }],
  setEncoding: ['r1', 'gb18030'],
  updateIndicator: ['r1', 'i1', { value: 12.5, unit: '亿元', change: { value: -1.2, unit: '%' }, kind: 'target' }],
  deleteIndicator: ['r1', 'i1'],
  mergeMetrics: [['label:全区生产总值'], 'gdp'],
  splitMetric: ['label:全区生产总值'],
  renameMetric: ['gdp', null],
  setUi: [{ language: 'en', view: { tab: 'years' } }],
  save: [{ kind: 'png', suggestedName: 'chart.png', data: bytes }],
  exportWorkspace: [],
  importWorkspace: [],
};

/** Invalid calls: wrong types, extra or missing arguments, unknown fields, out-of-range values. */
const INVALID: [ApiMethod, unknown[]][] = [
  ['getWorkspace', ['extra']],
  ['getReportText', []],
  ['getReportText', ['']],
  ['getReportText', [{ id: 'r1' }]],
  ['openFiles', [{ path: '/etc/passwd' }]],
  ['importDropped', [[{ name: 'a.txt', bytes: 'not bytes' }]]],
  ['importDropped', [[{ path: '/etc/passwd' }]]],
  ['importDropped', []],
  ['cancelImport', [42]],
  ['removeReports', ['a']],
  ['updateMeta', ['r1', { region: 1 }]],
  ['updateMeta', ['r1', { regionLevel: 'planet' }]],
  ['updateMeta', ['r1', { reportDate: '10/01/2024' }]],
  ['updateMeta', ['r1', { unknownField: 'x' }]],
  ['setEncoding', ['r1', '../../etc']],
  ['setEncoding', ['r1']],
  ['updateIndicator', ['r1', 'i1', { value: Number.NaN }]],
  ['updateIndicator', ['r1', 'i1', { value: Number.POSITIVE_INFINITY }]],
  ['updateIndicator', ['r1', 'i1', { kind: 'guess' }]],
  ['updateIndicator', ['r1', 'i1', { metric: 'gdp' }]],
  ['deleteIndicator', ['r1']],
  ['mergeMetrics', [[], 'gdp']],
  ['mergeMetrics', ['label:x', 'gdp']],
  ['splitMetric', ['']],
  ['renameMetric', ['gdp']],
  ['setUi', [{ language: 'fr' }]],
  ['setUi', [{ theme: 'dark' }]],
  ['save', [{ kind: 'exe', suggestedName: 'a', data: 'x' }]],
  ['save', [{ kind: 'csv', suggestedName: '', data: 'x' }]],
  ['save', [{ kind: 'csv', suggestedName: 'a.csv', data: 5 }]],
  ['importWorkspace', ['/tmp/x.json']],
];

describe('registerReportIpc', () => {
  it('registers exactly one handler per API method, and removes them', () => {
    const { ipc, unregister } = setup();
    expect([...ipc.handlers.keys()].sort()).toEqual(API_METHODS.map(channelOf).sort());
    unregister();
    expect(ipc.handlers.size).toBe(0);
  });

  it.each(API_METHODS.map((m) => [m]))('a valid %s call reaches the service with its arguments', async (method) => {
    const { ipc, service } = setup();
    const result = await ipc.invoke(method, ours, ...VALID[method]);
    expect(result).toEqual({ method, args: VALID[method] });
    expect(service[method]).toHaveBeenCalledTimes(1);
  });

  it.each(INVALID)('rejects %s with invalid arguments %j before the service runs', async (method, args) => {
    const { ipc, service } = setup();
    await expect(ipc.invoke(method, ours, ...args)).rejects.toThrow(new RegExp(`invalid arguments for ${method}`));
    expect(service[method]).not.toHaveBeenCalled();
  });

  const FOREIGN: [string, InvokeEventLike][] = [
    ['another webContents', { sender: { id: WINDOW_ID + 1 }, senderFrame: { url: urls.entry } }],
    ['a remote page in our window', { sender: { id: WINDOW_ID }, senderFrame: { url: 'https://example.com/' } }],
    ['another local file', { sender: { id: WINDOW_ID }, senderFrame: { url: 'file:///tmp/evil.html' } }],
    ['a sibling file of our page', { sender: { id: WINDOW_ID }, senderFrame: { url: urls.entry.replace('index.html', 'other.html') } }],
    ['a destroyed frame', { sender: { id: WINDOW_ID }, senderFrame: null }],
  ];

  it.each(FOREIGN)('rejects calls from %s', async (_name, event) => {
    const { ipc, service } = setup();
    await expect(ipc.invoke('getWorkspace', event)).rejects.toThrow(/refused/);
    expect(service.getWorkspace).not.toHaveBeenCalled();
  });

  it('rejects every call while there is no main window', async () => {
    const ipc = new FakeIpcMain();
    const service = { getWorkspace: vi.fn() } as unknown as ReportService;
    registerReportIpc(ipc, service, windowSenderPolicy(() => null, urls.isAppUrl));
    await expect(ipc.invoke('getWorkspace', ours)).rejects.toThrow(/refused/);
  });
});

describe('api schemas', () => {
  it('has a schema for every method', () => {
    expect(Object.keys(API_ARG_SCHEMAS).sort()).toEqual([...API_METHODS].sort());
  });

  it('names the method and the offending path in the message', () => {
    const check = checkApiArgs('updateMeta', ['r1', { reviewYear: 'x' }]);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(/updateMeta.*1\.reviewYear/);
  });

  it('refuses a drop larger than the limit without reading it', () => {
    const big = { name: 'big.txt', bytes: { byteLength: 0 } };
    expect(checkApiArgs('importDropped', [[big]]).ok).toBe(false);
    const many = Array.from({ length: 501 }, (_, i) => ({ name: `${i}.txt`, bytes }));
    expect(checkApiArgs('importDropped', [many]).ok).toBe(false);
  });
});

describe('app urls', () => {
  const DEV: [string, boolean][] = [
    ['http://localhost:5173/', true],
    ['http://localhost:5173/src/main.tsx?t=1', true],
    ['ws://localhost:5173/', true],
    ['http://localhost:5174/', false],
    ['https://localhost:5173/', false],
    ['https://cdn.example.com/x.js', false],
    ['data:image/png;base64,AAAA', true],
    ['not a url', false],
  ];
  it.each(DEV)('dev server: request %s allowed=%s', (url, allowed) => {
    expect(appUrls(APP_HTML, 'http://localhost:5173').isAllowedRequest(url)).toBe(allowed);
  });

  const BUILT: [string, boolean][] = [
    [urls.entry, true],
    [urls.entry.replace('index.html', 'assets/index-abc.js'), true],
    [urls.entry.replace('index.html', 'assets/../../../../etc/passwd'), false],
    ['file:///etc/passwd', false],
    ['https://example.com/', false],
    ['blob:file:///1234', true],
  ];
  it.each(BUILT)('built app: request %s allowed=%s', (url, allowed) => {
    expect(urls.isAllowedRequest(url)).toBe(allowed);
  });
});
