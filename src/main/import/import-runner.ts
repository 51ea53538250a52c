// Runs import jobs off the main event loop so a batch of large reports never freezes the window.
//
// Where the worker comes from:
//  - built app: electron-vite emits out/main/import-worker.js next to the main bundle; we look for
//    it beside (or one level above, for a chunk) the module that runs this code;
//  - TS sources (vitest, Playwright harness, tsx): src/main/import/import-worker.ts, started through
//    a bootstrap that registers tsx's ESM hooks (tsx resolved from this package's node_modules);
//  - neither usable (no worker file, tsx missing, the worker dies before it says 'ready'): files are
//    processed in-process, yielding to the event loop (setImmediate) between files. Slower for the
//    UI under a big batch, but the import still completes, and the fallback is logged.
// A worker that crashes in mid-job (a pathological file) fails the file it was on and the rest of
// the job continues in a fresh worker.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LoadError } from '../../core/model';
import { displayName, processFile, type ImportItem, type ProcessedFile } from './process-file';
import type { FromWorker, ToWorker } from './protocol';

export interface JobEvents {
  onStart(index: number): void;
  onResult(index: number, result: ProcessedFile): void;
}

export interface ImportRunner {
  readonly mode: () => 'worker' | 'in-process';
  /** Resolves when every item has a result or the job was cancelled. */
  run(jobId: string, items: ImportItem[], events: JobEvents): Promise<{ cancelled: boolean }>;
  cancel(jobId: string): void;
  close(): Promise<void>;
}

export type RunnerMode = 'auto' | 'worker' | 'in-process';

export function createImportRunner(mode: RunnerMode = 'auto'): ImportRunner {
  const target = mode === 'in-process' ? null : findWorker();
  if (!target) {
    if (mode !== 'in-process') console.warn('[import] no import worker found; importing in-process');
    return inProcessRunner();
  }
  return workerRunner(target, inProcessRunner());
}

interface WorkerTarget {
  /** A file to run, or (eval) a bootstrap script. */
  script: string;
  eval: boolean;
}

function findWorker(): WorkerTarget | null {
  const here = dirname(fileURLToPath(import.meta.url));
  // In a packaged app the worker must be unpacked from the asar archive (asarUnpack) to start.
  const unpacked = here.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
  for (const dir of new Set([unpacked, here])) {
    for (const built of [join(dir, 'import-worker.js'), join(dir, '..', 'import-worker.js')]) {
      if (existsSync(built)) return { script: built, eval: false };
    }
  }
  const source = join(here, 'import-worker.ts');
  if (!existsSync(source)) return null;
  // `execArgv: ['--import', 'tsx']` does not reach a worker's module loader on Node 20, so the
  // worker starts from a tiny bootstrap that registers tsx's hooks, then imports the TS entry.
  let api: string;
  try {
    api = createRequire(import.meta.url).resolve('tsx/esm/api');
  } catch {
    console.warn('[import] tsx not found: cannot start the TypeScript import worker');
    return null;
  }
  const esm = api.replace(/\.cjs$/, '.mjs');
  const apiUrl = pathToFileURL(existsSync(esm) ? esm : api).href;
  const entryUrl = pathToFileURL(source).href;
  const script = `import(${JSON.stringify(apiUrl)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entryUrl)}); });`;
  return { script, eval: true };
}

function inProcessRunner(): ImportRunner {
  const cancelled = new Set<string>();
  return {
    mode: () => 'in-process',
    async run(jobId, items, events) {
      try {
        for (let index = 0; index < items.length; index++) {
          await new Promise<void>((resolve) => setImmediate(resolve));
          if (cancelled.has(jobId)) return { cancelled: true };
          events.onStart(index);
          events.onResult(index, await processFile(items[index]));
        }
        return { cancelled: cancelled.has(jobId) };
      } finally {
        cancelled.delete(jobId);
      }
    },
    cancel: (jobId) => void cancelled.add(jobId),
    close: async () => undefined,
  };
}

interface ActiveJob {
  items: ImportItem[];
  events: JobEvents;
  /** Indices (into items) of the last post to the worker, in the order the worker sees them. */
  posted: number[];
  done: Set<number>;
  current: number | null;
  cancelRequested: boolean;
  resolve(outcome: { cancelled: boolean }): void;
}

function crashError(item: ImportItem, reason: string): LoadError {
  const fileName = displayName(item.input);
  return {
    fileName,
    code: 'unreadable',
    message: `处理文件"${fileName}"时导入进程意外退出(${reason})。文件可能已损坏或过大,其余文件继续导入。`,
    messageEn: `The import process stopped while reading "${fileName}" (${reason}). The file may be damaged or too large; the other files are still imported.`,
  };
}

function workerRunner(target: WorkerTarget, fallback: ImportRunner): ImportRunner {
  let worker: Worker | null = null;
  let ready = false;
  let useFallback = false;
  const jobs = new Map<string, ActiveJob>();

  const post = (message: ToWorker) => worker?.postMessage(message);

  const postJob = (jobId: string, job: ActiveJob) => {
    job.posted = job.items.map((_, i) => i).filter((i) => !job.done.has(i));
    post({ type: 'job', jobId, items: job.posted.map((i) => job.items[i]) });
    if (job.cancelRequested) post({ type: 'cancel', jobId });
  };

  const finish = (jobId: string, cancelled: boolean) => {
    const job = jobs.get(jobId);
    if (!job) return;
    jobs.delete(jobId);
    if (jobs.size === 0) worker?.unref();
    job.resolve({ cancelled });
  };

  const onMessage = (message: FromWorker) => {
    if (message.type === 'ready') {
      ready = true;
      return;
    }
    const job = jobs.get(message.jobId);
    if (!job) return;
    if (message.type === 'end') return finish(message.jobId, message.cancelled);
    const index = job.posted[message.index];
    if (message.type === 'start') {
      job.current = index;
      job.events.onStart(index);
    } else {
      job.current = null;
      job.done.add(index);
      job.events.onResult(index, message.result);
    }
  };

  const onDeath = (reason: string) => {
    worker = null;
    if (!ready) {
      // The worker cannot even start here (loader missing, bundle broken): use the main thread.
      console.warn(`[import] import worker failed to start (${reason}); importing in-process`);
      useFallback = true;
      for (const [jobId, job] of [...jobs]) {
        jobs.delete(jobId);
        const rest = job.items.map((_, i) => i).filter((i) => !job.done.has(i));
        void fallback
          .run(jobId, rest.map((i) => job.items[i]), {
            onStart: (k) => job.events.onStart(rest[k]),
            onResult: (k, result) => job.events.onResult(rest[k], result),
          })
          .then(job.resolve);
      }
      return;
    }
    console.error(`[import] import worker stopped: ${reason}`);
    ready = false;
    for (const job of jobs.values()) {
      if (job.current !== null) {
        const index = job.current;
        job.current = null;
        job.done.add(index);
        job.events.onResult(index, { ok: false, error: crashError(job.items[index], reason) });
      }
    }
    if (jobs.size === 0) return;
    start();
    for (const [jobId, job] of jobs) postJob(jobId, job);
  };

  const start = () => {
    const w = new Worker(target.script, { eval: target.eval });
    worker = w;
    w.on('message', onMessage);
    w.on('error', (error) => {
      if (worker === w) onDeath(error.message);
    });
    w.on('exit', (code) => {
      if (worker === w) onDeath(`exit code ${code}`);
    });
  };

  return {
    mode: () => (useFallback ? 'in-process' : 'worker'),
    run(jobId, items, events) {
      if (useFallback) return fallback.run(jobId, items, events);
      return new Promise((resolve) => {
        const job: ActiveJob = { items, events, posted: [], done: new Set(), current: null, cancelRequested: false, resolve };
        jobs.set(jobId, job);
        if (!worker) start();
        worker?.ref();
        postJob(jobId, job);
      });
    },
    cancel(jobId) {
      if (useFallback) return fallback.cancel(jobId);
      const job = jobs.get(jobId);
      if (!job) return;
      job.cancelRequested = true;
      post({ type: 'cancel', jobId });
    },
    async close() {
      const w = worker;
      worker = null;
      for (const jobId of [...jobs.keys()]) finish(jobId, true);
      if (w) await w.terminate();
      await fallback.close();
    },
  };
}
