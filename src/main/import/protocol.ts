// Messages between the import runner (main thread) and the import worker.
import type { ImportItem, ProcessedFile } from './process-file';

export type ToWorker = { type: 'job'; jobId: string; items: ImportItem[] } | { type: 'cancel'; jobId: string };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'start'; jobId: string; index: number }
  | { type: 'result'; jobId: string; index: number; result: ProcessedFile }
  | { type: 'end'; jobId: string; cancelled: boolean };
