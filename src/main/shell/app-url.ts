// Which URLs are "our app": the built renderer's index.html (file:) or, in development, the dev
// server's origin. Used by the IPC sender check, navigation blocking and request filtering.
// No electron import: unit-testable.
import { pathToFileURL } from 'node:url';

export interface AppUrls {
  /** What the window loads. */
  entry: string;
  isAppUrl(url: string): boolean;
  /** Requests the renderer may make (its own files, the dev server and its HMR socket, data/blob). */
  isAllowedRequest(url: string): boolean;
}

export function appUrls(rendererIndexHtml: string, devServerUrl: string | undefined): AppUrls {
  if (devServerUrl) {
    const origin = new URL(devServerUrl).origin;
    const wsOrigin = origin.replace(/^http/, 'ws');
    const same = (url: string, o: string) => {
      try {
        return new URL(url).origin === o;
      } catch {
        return false;
      }
    };
    return {
      entry: devServerUrl,
      isAppUrl: (url) => same(url, origin),
      isAllowedRequest: (url) => same(url, origin) || same(url, wsOrigin) || isInline(url) || url.startsWith('devtools:'),
    };
  }
  const entry = pathToFileURL(rendererIndexHtml).href;
  const root = entry.slice(0, entry.lastIndexOf('/') + 1);
  return {
    entry,
    // Hash and query are the page's own state; the path must be the entry itself.
    isAppUrl: (url) => url.split(/[?#]/)[0] === entry,
    isAllowedRequest: (url) => (url.startsWith(root) && !url.slice(root.length).split(/[?#]/)[0].split('/').includes('..')) || isInline(url) || url.startsWith('devtools:'),
  };
}

function isInline(url: string): boolean {
  return url.startsWith('data:') || url.startsWith('blob:');
}

/** The Content-Security-Policy header for responses. Development needs the dev server's inline
 *  React-refresh preamble and its HMR socket; the built app allows only its own files. */
export function contentSecurityPolicy(devServerUrl: string | undefined): string {
  const common = [
    "default-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "style-src 'self' 'unsafe-inline'",
  ];
  if (!devServerUrl) return [...common, "script-src 'self'", "connect-src 'self'"].join('; ');
  const origin = new URL(devServerUrl).origin;
  const ws = origin.replace(/^http/, 'ws');
  return [...common, `script-src 'self' 'unsafe-inline' ${origin}`, `connect-src 'self' ${origin} ${ws}`].join('; ');
}
