import { allowWorkers, firstAnswer, stopWorkers, WorkerStopped } from '../electron/workers/first-answer';
import { bundledWorker } from '../electron/workers/bundled-worker';

export interface Beside<T> {
  result: T;
  /** Whole-book value passes the worker finished while `measure` ran. */
  passes: number;
  /** Whether a pass was still running when `measure` ended (so it ran beside all of it). */
  runningAtEnd: boolean;
}

/**
 * Runs `measure` while the values worker recomputes the whole book (as the daily pass does at
 * start and after midnight), starting the pass again each time it ends, so that every sample is
 * taken beside one. Null when the worker is not built.
 */
export async function besideValuesPass<T>(book: string, day: string, measure: () => Promise<T>): Promise<Beside<T> | null> {
  const worker = bundledWorker('values-worker');
  if (worker === undefined) return null;
  let measuring = true;
  let passes = 0;
  let running = false;
  let started!: () => void;
  const firstStarted = new Promise<void>((resolve) => (started = resolve));
  const loop = (async () => {
    while (measuring) {
      running = true;
      started();
      const answer = await firstAnswer(worker, { book, day }).catch((error: unknown) => {
        if (error instanceof WorkerStopped) return { ok: true };
        throw error;
      });
      running = false;
      if (typeof answer === 'object' && answer !== null && 'ok' in answer && answer.ok !== true)
        throw new Error(`the values worker gave up: ${JSON.stringify(answer)}`);
      if (measuring) passes += 1;
    }
  })();
  await firstStarted;
  // Let the worker load and begin reading before the first keystroke.
  await new Promise((resolve) => setTimeout(resolve, 300));
  try {
    const result = await measure();
    return { result, passes, runningAtEnd: running };
  } finally {
    measuring = false;
    // The pass still running is not waited for: stopping its thread rolls its transaction back.
    await stopWorkers();
    await loop;
    allowWorkers();
  }
}
