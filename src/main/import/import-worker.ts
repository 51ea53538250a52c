// Worker thread entry (built to out/main/import-worker.js): loads and parses files off the main
// process's event loop, one job at a time, reporting each file as it starts and finishes.
// A cancel takes effect between files.
import { parentPort } from 'node:worker_threads';
import { processFile } from './process-file';
import type { FromWorker, ToWorker } from './protocol';

const port = parentPort;
if (!port) throw new Error('import-worker must run as a worker thread');

const cancelled = new Set<string>();
const queue: Extract<ToWorker, { type: 'job' }>[] = [];
let running = false;

const send = (message: FromWorker) => port.postMessage(message);
const yieldToMessages = () => new Promise<void>((resolve) => setImmediate(resolve));

async function runJobs(): Promise<void> {
  if (running) return;
  running = true;
  for (let job = queue.shift(); job; job = queue.shift()) {
    for (let index = 0; index < job.items.length; index++) {
      // Let a pending cancel message arrive before starting the next file.
      await yieldToMessages();
      if (cancelled.has(job.jobId)) break;
      send({ type: 'start', jobId: job.jobId, index });
      const result = await processFile(job.items[index]);
      send({ type: 'result', jobId: job.jobId, index, result });
    }
    send({ type: 'end', jobId: job.jobId, cancelled: cancelled.delete(job.jobId) });
  }
  running = false;
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'cancel') cancelled.add(message.jobId);
  else {
    queue.push(message);
    void runJobs();
  }
});

send({ type: 'ready' });
