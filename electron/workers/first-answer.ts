import { Worker } from 'node:worker_threads';

/** A worker ended because the book was locked (stopWorkers), not because it failed: nothing is to be redone or reported. */
export class WorkerStopped extends Error {
  constructor() {
    super('the worker was stopped because the book was locked');
    this.name = 'WorkerStopped';
  }
}

// Workers running now, each with its own connection to the book: locking stops them all.
const live = new Set<Worker>();
const stopped = new WeakSet<Worker>();
// While the book is being closed (locked, switched), no new worker may open it.
let held = false;

/**
 * Starts a worker on `data` and resolves with its first message; rejects when the worker fails or
 * ends without one (it could not load, it crashed), so the caller can do the work itself.
 */
export function firstAnswer(file: string, data: unknown): Promise<unknown> {
  if (held) return Promise.reject(new WorkerStopped());
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: data });
    live.add(worker);
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      live.delete(worker);
      reject(stopped.has(worker) ? new WorkerStopped() : new Error(`the worker ${file} ended (code ${code}) without an answer`));
    });
  });
}

/** Workers may start again: the book is open (after stopWorkers). */
export function allowWorkers(): void {
  held = false;
}

/** How many workers are running now. */
export function liveWorkers(): number {
  return live.size;
}

/**
 * Ends every running worker, and starts none until allowWorkers: terminating a thread closes the SQLite connections it opened (an open
 * transaction is rolled back, so the book stays whole). Resolves once they have all ended.
 */
export async function stopWorkers(): Promise<void> {
  held = true;
  await Promise.all(
    [...live].map(async (worker) => {
      stopped.add(worker);
      await worker.terminate();
    }),
  );
}
