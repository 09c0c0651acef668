import { backgroundFailureSchema, type BackgroundFailure } from '../../../shared/contract/care.contract';
import type { Db } from '../../db/database';
import { deleteSetting, readSettings, writeSetting } from './settings.repository';

const key = 'background.lastFailure';

/**
 * Background work (the daily values, a backup's worker) that fails says so twice: in the log, with
 * the [shuke] prefix, and in the book, where Today shows it until that work next succeeds.
 */
export async function recordBackgroundFailure(db: Db, failure: BackgroundFailure): Promise<void> {
  console.error(`[shuke] background work failed (${failure.what}) at ${failure.at}: ${failure.reason}`);
  try {
    await writeSetting(db, key, JSON.stringify(failure));
  } catch (error) {
    // The book itself may be what failed (busy, closed); the log line above still says it.
    console.error('[shuke] could not record the background failure in the book', error);
  }
}

/** That work succeeded again: the line on Today goes away (a failure of other work stays). */
export async function clearBackgroundFailure(db: Db, what: BackgroundFailure['what']): Promise<void> {
  if ((await lastBackgroundFailure(db))?.what === what) await deleteSetting(db, key);
}

export async function lastBackgroundFailure(db: Db): Promise<BackgroundFailure | null> {
  const raw = (await readSettings(db)).get(key);
  if (raw === undefined) return null;
  try {
    const parsed = backgroundFailureSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
