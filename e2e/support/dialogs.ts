// Native dialogs, scripted per test: each test says which paths the next open/save dialog
// "picks". A dialog the test did not script is recorded (and answered as cancelled), and the
// fixture fails the test for it, so an unexpected dialog never passes unnoticed.
import type { ExportKind } from '../../src/shared/api';
import type { DialogPort } from '../../src/main/services/ports';

type Answer<T> = T | null;

export class ScriptedDialogs implements DialogPort {
  private files: Answer<string[]>[] = [];
  private folders: Answer<string>[] = [];
  private saves: Answer<string>[] = [];
  private workspaces: Answer<string>[] = [];
  /** Save dialogs shown: the name suggested and the kind. */
  readonly saveRequests: Array<{ suggestedName: string; kind: ExportKind }> = [];
  readonly unexpected: string[] = [];

  nextFiles(paths: string[] | null): this {
    this.files.push(paths);
    return this;
  }
  nextFolder(path: string | null): this {
    this.folders.push(path);
    return this;
  }
  nextSave(path: string | null): this {
    this.saves.push(path);
    return this;
  }
  nextWorkspaceFile(path: string | null): this {
    this.workspaces.push(path);
    return this;
  }

  private take<T>(queue: Answer<T>[], what: string): Answer<T> {
    if (queue.length === 0) {
      this.unexpected.push(what);
      return null;
    }
    return queue.shift() as Answer<T>;
  }

  async pickFiles() {
    return this.take(this.files, 'pickFiles');
  }
  async pickFolder() {
    return this.take(this.folders, 'pickFolder');
  }
  async pickSavePath(suggestedName: string, kind: ExportKind) {
    this.saveRequests.push({ suggestedName, kind });
    return this.take(this.saves, `pickSavePath(${suggestedName})`);
  }
  async pickWorkspaceFile() {
    return this.take(this.workspaces, 'pickWorkspaceFile');
  }

  /** Scripted answers the test never used: the dialog the test expected did not open. */
  leftover(): string[] {
    const left: string[] = [];
    if (this.files.length) left.push(`pickFiles ×${this.files.length}`);
    if (this.folders.length) left.push(`pickFolder ×${this.folders.length}`);
    if (this.saves.length) left.push(`pickSavePath ×${this.saves.length}`);
    if (this.workspaces.length) left.push(`pickWorkspaceFile ×${this.workspaces.length}`);
    return left;
  }
}
