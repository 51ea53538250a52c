// The electron-free parts of the shell: menu wording and the CSP header.
import { describe, expect, it } from 'vitest';
import { MENU_LABELS } from '../../../src/main/shell/menu-labels';
import { contentSecurityPolicy } from '../../../src/main/shell/app-url';

describe('menu labels', () => {
  it('has every label in both languages', () => {
    expect(Object.keys(MENU_LABELS.en).sort()).toEqual(Object.keys(MENU_LABELS.zh).sort());
    for (const labels of Object.values(MENU_LABELS)) expect(Object.values(labels).every((v) => v.trim().length > 0)).toBe(true);
  });
  it('names the file menu and the window as the brief says', () => {
    expect([MENU_LABELS.zh.file, MENU_LABELS.zh.openFiles, MENU_LABELS.zh.openFolder, MENU_LABELS.zh.export, MENU_LABELS.zh.quit]).toEqual(['文件', '打开文件…', '打开文件夹…', '导出…', '退出']);
    expect([MENU_LABELS.zh.windowTitle, MENU_LABELS.en.windowTitle]).toEqual(['报告对比', 'Report Compare']);
  });
});

describe('content security policy', () => {
  const directive = (csp: string, name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(name + ' '));
  it('built app: scripts and connections only from the app itself', () => {
    const csp = contentSecurityPolicy(undefined);
    expect(directive(csp, 'script-src')).toBe("script-src 'self'");
    expect(directive(csp, 'connect-src')).toBe("connect-src 'self'");
    expect(directive(csp, 'object-src')).toBe("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
  });
  it('development: additionally the dev server and its HMR socket, nothing else', () => {
    const csp = contentSecurityPolicy('http://localhost:5173/');
    expect(directive(csp, 'connect-src')).toBe("connect-src 'self' http://localhost:5173 ws://localhost:5173");
    expect(csp).not.toMatch(/unsafe-eval|\*/);
  });
});
