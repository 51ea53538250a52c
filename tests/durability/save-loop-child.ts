// Child process for the crash test: saves the workspace over and over and prints "saved <n>" once a
// save is durable. The parent kills it (SIGKILL) at a random moment and checks what a fresh load finds.
// Save n stamps every report's edits (kept in the index) with n, and replaces the body (a new report
// file) of report i only when i+1 divides n (bodyStamp), so most saves reuse most report files.
import { openWorkspaceStore } from '../../src/main/services/workspace-store';
import type { PersistedReport, PersistedWorkspace } from '../../src/main/services/workspace-schema';
import { persistedReport } from '../support/persisted-report';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: save-loop-child <dataDir>');

function report(seq: number, i: number): PersistedReport {
  return persistedReport({
    id: `r${i}`,
    text: `第${seq}次保存,第${i}份报告。`.repeat(400),
    fileName: `r${i}-${seq}.txt`,
    region: { value: `seq-${seq}`, source: 'user' },
    reviewYear: { value: seq, source: 'user' },
    contentHash: '0'.repeat(64),
  });
}

/** The save that last wrote report i's body, as of save `seq` (every body is created at save 1). */
function bodyStamp(seq: number, i: number): number {
  return Math.max(1, Math.floor(seq / (i + 1)) * (i + 1));
}

let state: PersistedWorkspace;
const store = await openWorkspaceStore(dataDir, { getState: () => state, debounceMs: 0 });
const loaded = await store.load();
if (loaded.notice) {
  console.log(`damaged ${loaded.notice}`);
  process.exit(3);
}
state = loaded.workspace;
let seq = Number(state.ui.view.seq ?? 0);
for (;;) {
  seq++;
  const previous = state.reports;
  state = {
    ...state,
    reports: Array.from({ length: 8 }, (_, i) => {
      const stamp = bodyStamp(seq, i);
      // Same body objects as loaded or last saved: the store does not write them again.
      const body = previous[i] && previous[i].document.meta.reviewYear.value === stamp ? previous[i] : report(stamp, i);
      return { ...body, metaEdits: { region: `seq-${seq}` } };
    }),
    ui: { language: 'zh', view: { seq } },
  };
  await store.saveNow();
  process.stdout.write(`saved ${seq}\n`);
}
