import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createImportRunner } from '../../../src/main/import/import-runner';
import type { ProcessedFile } from '../../../src/main/import/process-file';
import { checkApiArgs } from '../../../src/shared/api-schema';
import { API_METHODS } from '../../../src/shared/api';
import { reportText } from './helpers';

async function runAll(mode: 'auto' | 'in-process', count: number) {
  const runner = createImportRunner(mode);
  const started: number[] = [];
  const results: (ProcessedFile | undefined)[] = [];
  try {
    const items = Array.from({ length: count }, (_, i) => ({
      input: i === 1 ? { name: 'empty.txt', bytes: new Uint8Array() } : { name: `r${i}.txt`, bytes: new TextEncoder().encode(reportText(`第${i}区`, 2022, i + 1)) },
    }));
    const outcome = await runner.run('job', items, { onStart: (i) => started.push(i), onResult: (i, r) => (results[i] = r) });
    return { outcome, started, results, mode: runner.mode() };
  } finally {
    await runner.close();
  }
}

describe('import runner', () => {
  it('runs jobs in a worker thread under the TS sources, one result per file in order', async () => {
    const { outcome, started, results, mode } = await runAll('auto', 4);
    expect(mode).toBe('worker');
    expect(outcome.cancelled).toBe(false);
    expect(started).toEqual([0, 1, 2, 3]);
    expect(results.map((r) => r?.ok)).toEqual([true, false, true, true]);
    const first = results[0];
    expect(first?.ok && first.original && new TextDecoder().decode(first.original)).toBe(reportText('第0区', 2022, 1));
  });

  it('gives the same results in-process', async () => {
    const worker = await runAll('auto', 3);
    const inline = await runAll('in-process', 3);
    expect(inline.mode).toBe('in-process');
    expect(inline.results).toEqual(worker.results);
  });
});

describe('argument checks never throw', () => {
  it('on arbitrary input for every method', () => {
    fc.assert(
      fc.property(fc.constantFrom(...API_METHODS), fc.array(fc.anything(), { maxLength: 4 }), (method, args) => {
        const result = checkApiArgs(method, args);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
