// Import throughput and main-thread responsiveness: the same batch through the import worker and
// in-process. Prints figures; asserts nothing. Usage: npx tsx scripts/bench-import.mts [files=60]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { createReportService } from '../src/main/services/report-service';

const count = Number(process.argv[2] ?? 60);

/** A long synthetic report (our own wording): ~40 KB, dozens of figures. */
function report(i: number): Uint8Array {
  const lines: string[] = [`第${i}区${2024}年政府工作报告`];
  for (let k = 0; k < 120; k++) {
    lines.push(
      `第${k}项:全区实现某产业增加值${(i * 3.7 + k).toFixed(1)}亿元,同比增长${(k % 9) + 0.5}%;新增市场主体${1200 + k * 7}户,完成投资${(k * 1.3).toFixed(1)}亿元。`,
    );
  }
  return new TextEncoder().encode(lines.join('\n'));
}

async function run(mode: 'auto' | 'in-process') {
  const dir = mkdtempSync(join(tmpdir(), 'rc-bench-'));
  const service = await createReportService(
    {
      dataDir: dir,
      resourcesDir: dir,
      demoOnFirstStart: false,
      emitProgress: () => undefined,
      dialogs: { pickFiles: async () => null, pickFolder: async () => null, pickSavePath: async () => null, pickWorkspaceFile: async () => null },
    },
    { importMode: mode },
  );
  const files = Array.from({ length: count }, (_, i) => ({ name: `r${i}.txt`, bytes: report(i) }));
  // Warm up (worker start, parser initialisation) outside the measurement.
  await service.importDropped([{ name: 'warm.txt', bytes: report(10_000) }]);
  const lag = monitorEventLoopDelay({ resolution: 5 });
  lag.enable();
  const t0 = performance.now();
  const outcome = await service.importDropped(files);
  const ms = performance.now() - t0;
  lag.disable();
  const indicators = (await service.getWorkspace()).reports.reduce((n, r) => n + r.indicators.length, 0);
  await service.close();
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `${mode === 'auto' ? 'worker    ' : 'in-process'}  ${outcome.added.length} files  ${indicators} figures  ${ms.toFixed(0)} ms  ` +
      `${((count * 1000) / ms).toFixed(1)} files/s  main-thread delay p99 ${(lag.percentile(99) / 1e6).toFixed(1)} ms, max ${(lag.max / 1e6).toFixed(1)} ms`,
  );
}

await run('auto');
await run('in-process');
