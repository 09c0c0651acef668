import { z } from 'zod';
import { bookFileOf } from '../../db/book-file';
import type { Db } from '../../db/database';
import { firstAnswer } from '../../workers/first-answer';

/** The bundled worker that computes a whole book's values, and the native module for this runtime. */
interface Runtime {
  worker: string;
  nativeBinding?: string;
}

let runtime: Runtime | null = null;

/**
 * Where the app runs from its bundles, whole-book value passes run in the values worker on a
 * connection of its own; set once at start (undefined: passes run on this thread, as in tests).
 */
export function runValuePassesIn(worker: string | undefined, nativeBinding?: string): void {
  runtime = worker === undefined ? null : { worker, ...(nativeBinding === undefined ? {} : { nativeBinding }) };
}

export const valuesRequestSchema = z.object({ book: z.string(), day: z.string(), nativeBinding: z.string().optional() });
const answerSchema = z.object({ ok: z.boolean(), message: z.string() });

/** True when the values worker computed the pass; false (said in the log) when it could not. */
async function inWorker(worker: string, request: z.infer<typeof valuesRequestSchema>): Promise<boolean> {
  try {
    const answer = answerSchema.parse(await firstAnswer(worker, request));
    if (!answer.ok) console.error(`[shuke] the values worker gave up: ${answer.message}`);
    return answer.ok;
  } catch (error) {
    console.error('[shuke] the values worker failed', error);
    return false;
  }
}

const running = new WeakMap<Db, { day: string; done: Promise<void> }>();

/**
 * Runs `pass` (refreshValues) for a day, once however many calls ask at the same time. On a book
 * in a file, outside any transaction, it runs in the values worker, so the app's thread stays free
 * for the counter (a 100,000-customer book takes seconds); where that is not possible, or the
 * worker gives up, it runs here.
 */
export function runValuesPass(db: Db, day: string, pass: (db: Db, day: string) => Promise<void>): Promise<void> {
  const current = running.get(db);
  if (current !== undefined && current.day === day) return current.done;
  const done = (async () => {
    const book = db.isTransaction || runtime === null ? '' : await bookFileOf(db);
    if (runtime !== null && book !== '') {
      const request = { book, day, ...(runtime.nativeBinding === undefined ? {} : { nativeBinding: runtime.nativeBinding }) };
      if (await inWorker(runtime.worker, request)) return;
    }
    await pass(db, day);
  })().finally(() => {
    if (running.get(db)?.done === done) running.delete(db);
  });
  running.set(db, { day, done });
  return done;
}

/** Resolves when no value pass is running for this book (a restore waits for it before swapping files). */
export async function valuesPassSettled(db: Db): Promise<void> {
  await running.get(db)?.done.catch(() => undefined);
}
