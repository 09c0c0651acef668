import { APP_VERSION } from '../../../shared/domain/app-version';
import type { Db } from '../../db/database';
import { writeSetting } from '../settings/settings.repository';
import { ensureVisitStats } from '../entries/visit-stats.service';
import { ensureSearchIndex, type Progress } from '../search/search-index.service';

/** The settings key under which each Shuke that opens a book records its version. */
export const APP_VERSION_KEY = 'book.appVersion';

/**
 * Derived data the app keeps beside the book (the lookup index, visit statistics) is rebuilt on
 * open when it is missing or was made by another version: after a migration, or when a script
 * filled the book directly. The member cards' check is not here: it sums the whole ledger, so it
 * runs beside the open book (start-book.ts), where the counter does not wait for it.
 */
export async function prepareBook(db: Db, onProgress?: Progress): Promise<void> {
  await ensureSearchIndex(db, onProgress);
  await ensureVisitStats(db);
  // So that a backup of this book can say which Shuke wrote it.
  await writeSetting(db, APP_VERSION_KEY, APP_VERSION);
}
