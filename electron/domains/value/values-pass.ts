import { z } from 'zod';
import { bookFileOf } from '../../db/book-file';
import type { Db } from '../../db/database';
import { keyOf } from '../../db/book-key';
import { firstAnswer, WorkerStopped } from '../../workers/first-answer';
import { backgroundWorkers } from '../../workers/background-workers';
import { clearBackgroundFailure, recordBackgroundFailure } from '../settings/background-failure';
import { errorText } from '../../../shared/error-text';

/** `key`: a protected book's key in hex, for the worker's own connection. */
export const valuesRequestSchema = z.object({
  book: z.string(),
  day: z.string(),
  nativeBinding: z.string().optional(),
  key: z.string().optional(),
  locale: z.enum(['zh-CN', 'zh-TW', 'en']).default('zh-CN'),
  /**
   * `day`: the day's values, the member cards' daily work and their check; `check`: only the
   * member cards' check (a book just opened, whose day's work may be done already).
   */
  work: z.enum(['day', 'check']).default('day'),
});
const answerSchema = z.object({ ok: z.boolean(), message: z.string() });

/** The worker's answer: done, or why not (said in the log by the caller). */
async function inWorker(
  worker: string,
  request: z.infer<typeof valuesRequestSchema>,
): Promise<{ ok: true } | { ok: false; reason: string } | { ok: false; stopped: true }> {
  try {
    const answer = answerSchema.parse(await firstAnswer(worker, request));
    return answer.ok ? { ok: true } : { ok: false, reason: `the values worker gave up: ${answer.message}` };
  } catch (error) {
    if (error instanceof WorkerStopped) return { ok: false, stopped: true };
    return { ok: false, reason: `the values worker failed: ${errorText(error)}` };
  }
}

/** After the worker fails, the pass waits this long before it is tried again (then longer, up to an hour). */
export const retryBackoffMs = [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000] as const;

const running = new WeakMap<Db, { day: string; done: Promise<void> }>();
// A book's check running in the values worker holds the book open too: closing waits for it.
const checking = new WeakMap<Db, Promise<void>>();
const backingOff = new WeakMap<Db, { failures: number; retryAt: number }>();

async function failed(db: Db, reason: string): Promise<void> {
  const failures = (backingOff.get(db)?.failures ?? 0) + 1;
  const wait = retryBackoffMs[Math.min(failures, retryBackoffMs.length) - 1] ?? 3600_000;
  backingOff.set(db, { failures, retryAt: Date.now() + wait });
  await recordBackgroundFailure(db, {
    what: 'values',
    at: new Date().toISOString(),
    reason: `${reason} (tried ${failures} time${failures === 1 ? '' : 's'}; next try in ${Math.round(wait / 60_000)} min)`,
  });
}

/**
 * Runs `pass` (refreshValues) for a day, once however many calls ask at the same time. Where the
 * app runs from its bundles, a book in a file is computed in the values worker, so the app's
 * thread stays free for the counter (a 100,000-customer book takes seconds). When the worker fails
 * (the book stayed busy through its retries, or it crashed) the pass is NOT done here instead: the
 * failure is logged and recorded for Today, the values stay as of their last day, and the pass is
 * tried again after a backoff (the hourly check or the next value question). Inside a transaction
 * the worker cannot see (or wait for) this connection's writes, so the pass is left for later too.
 * Only without a worker (unit tests, a book in memory) does the pass run on this thread.
 */
export function runValuesPass(db: Db, day: string, pass: (db: Db, day: string) => Promise<unknown>): Promise<void> {
  const current = running.get(db);
  if (current !== undefined && current.day === day) return current.done;
  const done = (async () => {
    const runtime = backgroundWorkers();
    const worker = runtime.values;
    const book = worker === undefined ? '' : await bookFileOf(db);
    if (worker === undefined || book === '') {
      await pass(db, day);
      return;
    }
    if (db.isTransaction) return;
    const waiting = backingOff.get(db);
    if (waiting !== undefined && Date.now() < waiting.retryAt) return;
    const answer = await inWorker(worker, requestFor(db, book, day, 'day'));
    if (answer.ok) {
      backingOff.delete(db);
      await clearBackgroundFailure(db, 'values');
    } else if ('reason' in answer) {
      await failed(db, answer.reason);
    }
  })().finally(() => {
    if (running.get(db)?.done === done) running.delete(db);
  });
  running.set(db, { day, done });
  return done;
}

function requestFor(db: Db, book: string, day: string, work: 'day' | 'check'): z.infer<typeof valuesRequestSchema> {
  const runtime = backgroundWorkers();
  const key = keyOf(db);
  return {
    book,
    day,
    ...(runtime.nativeBinding === undefined ? {} : { nativeBinding: runtime.nativeBinding }),
    ...(key === undefined ? {} : { key: key.toString('hex') }),
    locale: runtime.locale ?? 'zh-CN',
    work,
  };
}

/**
 * Runs a book's check (`check`: the member cards adding up) in the values worker where there is
 * one, so a large ledger is summed off the app's thread; without a worker (unit tests, a book in
 * memory) on this thread. A worker that fails is said in the log: the check runs again each day.
 */
export function runBookCheck(db: Db, check: (db: Db) => Promise<unknown>, onError: (error: unknown) => void): Promise<void> {
  const done = bookCheck(db, check, onError).finally(() => {
    if (checking.get(db) === done) checking.delete(db);
  });
  checking.set(db, done);
  return done;
}

async function bookCheck(db: Db, check: (db: Db) => Promise<unknown>, onError: (error: unknown) => void): Promise<void> {
  try {
    const worker = backgroundWorkers().values;
    const book = worker === undefined ? '' : await bookFileOf(db);
    if (worker === undefined || book === '') {
      await check(db);
      return;
    }
    const answer = await inWorker(worker, requestFor(db, book, '', 'check'));
    if (!answer.ok && 'reason' in answer) onError(new Error(answer.reason));
  } catch (error) {
    onError(error);
  }
}

/** Resolves when no value pass or check is running for this book (a restore waits for it before swapping files). */
export async function valuesPassSettled(db: Db): Promise<void> {
  await running.get(db)?.done.catch(() => undefined);
  await checking.get(db);
}
