/**
 * How long start-up's background work (the day's values, the daily backup) waits: on a 2-core
 * laptop a 100,000-customer book's value pass and backup each take a core for seconds, and the
 * page's load and first lookup come first. A value question asked meanwhile still computes at once.
 */
export const quietStartMs = 3000;

/**
 * Starts `start` after `delayMs`; answers a function that cancels it, or stops what it started
 * (the function `start` answered) once it has begun.
 */
export function afterStart(start: () => () => void, delayMs = quietStartMs): () => void {
  let stop: (() => void) | null = null;
  const timer = setTimeout(() => {
    stop = start();
  }, delayMs);
  timer.unref();
  return () => {
    clearTimeout(timer);
    stop?.();
  };
}
