import { Worker } from 'node:worker_threads';

/**
 * Starts a worker on `data` and resolves with its first message; rejects when the worker fails or
 * ends without one (it could not load, it crashed), so the caller can do the work itself.
 */
export function firstAnswer(file: string, data: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: data });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the worker ${file} ended (code ${code}) without an answer`)));
  });
}
