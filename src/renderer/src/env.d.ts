import type { ReportApi } from '../../shared/api';

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or by the e2e bridge: the renderer's only way out. */
    api: ReportApi;
  }
}
export {};
