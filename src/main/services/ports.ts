// What the report service needs from its host. Electron's shell (src/main/index.ts) passes native
// dialogs and webContents.send; the e2e harness and unit tests pass scripted ones. No electron import here.
import type { ExportKind, ImportProgress } from '../../shared/api';

export interface DialogPort {
  /** Files the user picked to open, or null when cancelled. */
  pickFiles(): Promise<string[] | null>;
  /** Folder the user picked to open, or null when cancelled. */
  pickFolder(): Promise<string | null>;
  /** Path the user picked to save to, or null when cancelled. */
  pickSavePath(suggestedName: string, kind: ExportKind): Promise<string | null>;
  /** A workspace file the user picked to import, or null when cancelled. */
  pickWorkspaceFile(): Promise<string | null>;
}

export interface ServiceOptions {
  /** Folder where the workspace and copies of imported files are kept (Electron: app.getPath('userData')). */
  dataDir: string;
  /** The app's resources folder (metric catalogue, demo reports). */
  resourcesDir: string;
  dialogs: DialogPort;
  /** Progress of an import, pushed to the renderer. */
  emitProgress(progress: ImportProgress): void;
  /** Load the demo reports when the workspace is created for the first time (default true). */
  demoOnFirstStart?: boolean;
}
