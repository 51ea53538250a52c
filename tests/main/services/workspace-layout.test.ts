// The split layout on disk: a small index plus one file per report revision. What is written when,
// what a load does with damaged, missing, orphaned and old single-file data, and the save timing.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REPORTS_DIR, WORKSPACE_FILE, openWorkspaceStore, reportFileName } from '../../../src/main/services/workspace-store';
import { emptyWorkspace, type PersistedReport, type PersistedWorkspace } from '../../../src/main/services/workspace-schema';
import { tempDir } from './helpers';
import { persistedReport } from '../../support/persisted-report';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => (dir = tempDir('rc-layout-')));
afterEach(() => dir.cleanup());

function report(id: string, text = `${id}的报告正文,地区生产总值100亿元。`): PersistedReport {
  return persistedReport({
    id,
    text,
    addedAt: `2026-01-01T00:00:0${id.length % 10}.000Z`,
    region: { value: id, source: 'text' },
    reviewYear: { value: 2023, source: 'text' },
    contentHash: 'a'.repeat(64),
  });
}

const workspaceWith = (...reports: PersistedReport[]): PersistedWorkspace => ({ ...emptyWorkspace(), demoSeeded: true, reports });
const reportFiles = () => readdirSync(join(dir.path, REPORTS_DIR)).sort();
const index = () => JSON.parse(readFileSync(join(dir.path, WORKSPACE_FILE), 'utf8'));

async function saveState(state: PersistedWorkspace): Promise<void> {
  const store = await openWorkspaceStore(dir.path, { getState: () => state });
  await store.load();
  await store.saveNow();
  await store.close();
}

async function loadOnce() {
  const store = await openWorkspaceStore(dir.path, { getState: () => emptyWorkspace() });
  try {
    return await store.load();
  } finally {
    await store.close();
  }
}

describe('split workspace layout', () => {
  it('writes a report body once, keeps the index small, and replaces a body by a new revision', async () => {
    let state = workspaceWith(report('a', '正文'.repeat(50_000)), report('b'));
    const store = await openWorkspaceStore(dir.path, { getState: () => state });
    await store.load();
    await store.saveNow();
    expect(reportFiles()).toEqual([reportFileName('a', 1), reportFileName('b', 1)]);
    const firstWrite = statSync(join(dir.path, REPORTS_DIR, reportFileName('a', 1))).mtimeMs;
    expect(statSync(join(dir.path, WORKSPACE_FILE)).size).toBeLessThan(2000);
    expect(readFileSync(join(dir.path, WORKSPACE_FILE), 'utf8')).not.toContain('正文');

    // An edit changes the index only.
    await new Promise((r) => setTimeout(r, 20));
    state = { ...state, reports: [{ ...state.reports[0], metaEdits: { region: '甲区' } }, state.reports[1]] };
    await store.saveNow();
    expect(statSync(join(dir.path, REPORTS_DIR, reportFileName('a', 1))).mtimeMs).toBe(firstWrite);
    expect(index().reports[0]).toMatchObject({ id: 'a', rev: 1, metaEdits: { region: '甲区' } });

    // A new document (re-decoded) is a new revision; the old one goes once the index names the new one.
    state = { ...state, reports: [{ ...state.reports[0], document: { ...state.reports[0].document, text: '新正文' } }] };
    await store.saveNow();
    expect(reportFiles()).toEqual([reportFileName('a', 2)]);
    await store.close();

    const loaded = await loadOnce();
    expect(loaded.notice).toBeNull();
    expect(loaded.workspace.reports.map((r) => [r.id, r.document.text, r.metaEdits])).toEqual([['a', '新正文', { region: '甲区' }]]);
  });

  it('sets a damaged or missing report file aside, names it, and still loads the others', async () => {
    await saveState(workspaceWith(report('good'), report('bad'), report('gone')));
    writeFileSync(join(dir.path, REPORTS_DIR, reportFileName('bad', 1)), '{"format":"report-compare-report","id":');
    const goneBody = join(dir.path, REPORTS_DIR, reportFileName('gone', 1));
    writeFileSync(goneBody, JSON.stringify({ ...JSON.parse(readFileSync(goneBody, 'utf8')), parsed: 'not a list' }));

    const loaded = await loadOnce();
    expect(loaded.workspace.reports.map((r) => r.id)).toEqual(['good']);
    expect(loaded.notice).toMatch(/2 个报告文件损坏或缺失/);
    expect(loaded.notice).toContain(reportFileName('bad', 1));
    expect(loaded.notice).toContain(reportFileName('gone', 1));
    expect(loaded.notice).toMatch(/parsed/);
    const aside = readdirSync(dir.path).filter((n) => n.startsWith('report.damaged-'));
    expect(aside).toHaveLength(2);
    expect(aside.map((n) => readFileSync(join(dir.path, n), 'utf8')).some((t) => t.endsWith('"id":'))).toBe(true);
    // The index was rewritten without them: the next load is quiet.
    expect((await loadOnce()).notice).toBeNull();
  });

  it('reports a report file that is missing altogether', async () => {
    await saveState(workspaceWith(report('a'), report('b')));
    const { rmSync } = await import('node:fs');
    rmSync(join(dir.path, REPORTS_DIR, reportFileName('a', 1)));
    const loaded = await loadOnce();
    expect(loaded.workspace.reports.map((r) => r.id)).toEqual(['b']);
    expect(loaded.notice).toContain(`${reportFileName('a', 1)}(缺失 / missing)`);
  });

  it('recovers the reports from their files when the index is missing', async () => {
    await saveState(workspaceWith(report('a'), report('bb')));
    const { rmSync } = await import('node:fs');
    rmSync(join(dir.path, WORKSPACE_FILE));
    const loaded = await loadOnce();
    expect(loaded.existed).toBe(true);
    expect(loaded.workspace.demoSeeded).toBe(true);
    expect(loaded.workspace.reports.map((r) => r.id)).toEqual(['a', 'bb']);
    expect(loaded.notice).toMatch(/未找到工作区索引/);
    expect(index().reports.map((r: { id: string }) => r.id)).toEqual(['a', 'bb']);
  });

  it('removes report files no index names (a save that crashed before its index)', async () => {
    await saveState(workspaceWith(report('a')));
    const orphan = join(dir.path, REPORTS_DIR, reportFileName('zz', 1));
    const older = join(dir.path, REPORTS_DIR, reportFileName('a', 7));
    writeFileSync(orphan, '{}');
    writeFileSync(older, '{}');
    writeFileSync(join(dir.path, REPORTS_DIR, 'a.1.json.tmp-1-1'), '{"half');
    writeFileSync(join(dir.path, REPORTS_DIR, 'notes.txt'), 'not ours to delete');
    const loaded = await loadOnce();
    expect(loaded.notice).toBeNull();
    expect(loaded.workspace.reports.map((r) => r.id)).toEqual(['a']);
    expect(reportFiles()).toEqual([reportFileName('a', 1), 'notes.txt']);
  });

  it('migrates the single-file layout (version 1) and reads its own backups', async () => {
    const old = { ...workspaceWith(report('a'), report('b')), mapping: { merges: { x: 'y' }, names: {} } };
    old.reports[1].edits = { '1-2': { op: 'delete' } };
    writeFileSync(join(dir.path, WORKSPACE_FILE), JSON.stringify(old));
    const loaded = await loadOnce();
    expect(loaded.notice).toBeNull();
    expect(loaded.workspace.reports).toEqual(old.reports);
    expect(loaded.workspace.mapping).toEqual(old.mapping);
    expect(index().version).toBe(2);
    expect(reportFiles()).toEqual([reportFileName('a', 1), reportFileName('b', 1)]);
    expect((await loadOnce()).workspace.reports).toEqual(old.reports);

    // A backup is the whole workspace in that format: put back as workspace.json, it loads.
    const store = await openWorkspaceStore(dir.path, { getState: () => old });
    await store.load();
    const backup = await store.backup();
    await store.close();
    writeFileSync(join(dir.path, WORKSPACE_FILE), readFileSync(backup as string));
    expect((await loadOnce()).workspace.reports).toEqual(old.reports);
  });

  it('saves at least every maxWaitMs while changes keep coming', async () => {
    let state = workspaceWith();
    const store = await openWorkspaceStore(dir.path, { getState: () => state, debounceMs: 80, maxWaitMs: 150 });
    await store.load();
    const seen = new Set<number>();
    for (let i = 0; i < 60; i++) {
      state = { ...state, ui: { language: 'zh', view: { i } } };
      store.scheduleSave();
      await new Promise((r) => setTimeout(r, 10));
      if (existsSync(join(dir.path, WORKSPACE_FILE))) seen.add(index().ui.view.i);
    }
    // Debounce alone would not save before the stream stops.
    expect(seen.size).toBeGreaterThanOrEqual(2);
    await store.close();
    expect(index().ui.view).toEqual({ i: 59 });
  });

  it('coalesces saves requested while one is in flight into one more write', async () => {
    let reads = 0;
    const state = workspaceWith(report('a'));
    const store = await openWorkspaceStore(dir.path, {
      getState: () => {
        reads++;
        return state;
      },
    });
    await store.load();
    await Promise.all([store.saveNow(), store.saveNow(), store.saveNow(), store.saveNow()]);
    expect(reads).toBeLessThanOrEqual(2);
    await store.close();
  });
});

describe('loading whatever is on disk', () => {
  it('never throws on damaged index or report files, and says so when it drops anything', async () => {
    const { default: fc } = await import('fast-check');
    const { mkdirSync, rmSync } = await import('node:fs');
    // Each damaged load warns on the console (as it should); 40 of them only clutter the test output.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const good = workspaceWith(report('a'), report('b'));
    await saveState(good);
    const goodIndex = readFileSync(join(dir.path, WORKSPACE_FILE), 'utf8');
    const goodBody = readFileSync(join(dir.path, REPORTS_DIR, reportFileName('a', 1)), 'utf8');
    const damage = fc.oneof(
      fc.string(),
      fc.json(),
      fc.nat({ max: goodBody.length }).map((n) => goodBody.slice(0, n)),
      fc.constantFrom('{}', 'null', '[]', '{"version":2}', '{"version":1}'),
    );
    await fc.assert(
      fc.asyncProperty(fc.option(damage, { nil: undefined }), fc.option(damage, { nil: undefined }), async (index, body) => {
        rmSync(dir.path, { recursive: true, force: true });
        mkdirSync(join(dir.path, REPORTS_DIR), { recursive: true });
        writeFileSync(join(dir.path, WORKSPACE_FILE), index ?? goodIndex);
        writeFileSync(join(dir.path, REPORTS_DIR, reportFileName('a', 1)), body ?? goodBody);
        writeFileSync(join(dir.path, REPORTS_DIR, reportFileName('b', 1)), readFileSync(join(dir.path, REPORTS_DIR, reportFileName('a', 1)), 'utf8').replace(/"id":"a"/, '"id":"b"'));
        const loaded = await loadOnce();
        const ids = loaded.workspace.reports.map((r) => r.id);
        if (index === undefined && body === undefined) expect(loaded.notice).toBeNull();
        if (ids.length < 2) expect(loaded.notice).not.toBeNull();
        // Whatever was loaded is complete.
        for (const r of loaded.workspace.reports) expect(typeof r.document.text).toBe('string');
      }),
      { numRuns: 40 },
    );
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
