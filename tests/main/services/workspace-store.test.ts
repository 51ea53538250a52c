import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, WorkspaceLockedError, openWorkspaceStore, removeStaleLock } from '../../../src/main/services/workspace-store';
import { emptyWorkspace, type PersistedWorkspace } from '../../../src/main/services/workspace-schema';
import { tempDir } from './helpers';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => (dir = tempDir('rc-store-')));
afterEach(() => dir.cleanup());

const withLanguage = (language: 'zh' | 'en'): PersistedWorkspace => ({ ...emptyWorkspace(), ui: { language, view: {} } });

describe('workspace store', () => {
  it('saves debounced: many changes, one write of the latest state', async () => {
    let state = withLanguage('zh');
    const store = await openWorkspaceStore(dir.path, { getState: () => state, debounceMs: 20 });
    for (let i = 0; i < 10; i++) {
      state = { ...state, ui: { language: 'en', view: { i } } };
      store.scheduleSave();
    }
    await store.flush();
    const saved = JSON.parse(readFileSync(join(dir.path, 'workspace.json'), 'utf8'));
    expect(saved.ui.view).toEqual({ i: 9 });
    await store.close();
    expect(existsSync(join(dir.path, LOCK_FILE))).toBe(false);
  });

  it('takes over a lock whose process is gone, and removes interrupted temp files', async () => {
    mkdirSync(dir.path, { recursive: true });
    writeFileSync(join(dir.path, LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 12345 }));
    writeFileSync(join(dir.path, 'workspace.json.tmp-999-1'), '{"half":');
    const store = await openWorkspaceStore(dir.path, { getState: () => withLanguage('zh') });
    const loaded = await store.load();
    expect(loaded.existed).toBe(false);
    expect(readdirSync(dir.path).filter((n) => n.includes('.tmp-'))).toEqual([]);
    expect(JSON.parse(readFileSync(join(dir.path, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    await store.close();
  });

  const LOCKS: [string, string][] = [
    ['empty lock file', ''],
    ['garbage lock file', 'not json'],
    ['lock without pid', '{}'],
  ];
  it.each(LOCKS)('treats a %s as stale', async (_name, content) => {
    writeFileSync(join(dir.path, LOCK_FILE), content);
    const store = await openWorkspaceStore(dir.path, { getState: () => withLanguage('zh') });
    await store.close();
  });

  it('refuses a folder locked by a live process (our parent stands in for another instance)', async () => {
    writeFileSync(join(dir.path, LOCK_FILE), JSON.stringify({ pid: process.ppid }));
    await expect(openWorkspaceStore(dir.path, { getState: () => withLanguage('zh') })).rejects.toBeInstanceOf(WorkspaceLockedError);
    await expect(openWorkspaceStore(dir.path, { getState: () => withLanguage('zh') })).rejects.toThrow(/workspace\.lock/);
    // The Electron host, holding its single-instance lock, may clear it.
    removeStaleLock(dir.path);
    const store = await openWorkspaceStore(dir.path, { getState: () => withLanguage('zh') });
    await store.close();
  });

  it('reports a failed save instead of swallowing it', async () => {
    const errors: Error[] = [];
    const store = await openWorkspaceStore(dir.path, {
      getState: () => {
        throw new Error('disk full (simulated)');
      },
      onSaveError: (e) => errors.push(e),
    });
    await expect(store.saveNow()).rejects.toThrow(/disk full/);
    await store.flush();
    expect(errors.map((e) => e.message)).toEqual(['disk full (simulated)']);
    await store.close();
  });

  it('keeps a backup copy of the current file', async () => {
    const store = await openWorkspaceStore(dir.path, { getState: () => withLanguage('en') });
    expect(await store.backup()).toBeNull();
    await store.saveNow();
    const backup = await store.backup();
    expect(backup && JSON.parse(readFileSync(backup, 'utf8')).ui.language).toBe('en');
    await store.close();
  });

  it('refuses report ids that would escape the files folder', async () => {
    const store = await openWorkspaceStore(dir.path, { getState: () => withLanguage('zh') });
    await expect(store.writeOriginal('../x', new Uint8Array([1]))).rejects.toThrow(/invalid report id/);
    await store.close();
  });
});
