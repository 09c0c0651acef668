import { APP_VERSION } from '../../../shared/domain/app-version';
import type { Db } from '../../db/database';
import { APP_VERSION_KEY } from '../backup/book-summary';
import { writeSetting } from '../settings/settings.repository';
import { ensureVisitStats } from '../entries/visit-stats.service';
import { ensureSearchIndex, type Progress } from '../search/search-index.service';
import { checkCards } from '../cards/card-check.service';

/**
 * Derived data the app keeps beside the book (the lookup index, visit statistics) is rebuilt on
 * open when it is missing or was made by another version: after a migration, or when a script
 * filled the book directly.
 */
export async function prepareBook(db: Db, onProgress?: Progress): Promise<void> {
  await ensureSearchIndex(db, onProgress);
  await ensureVisitStats(db);
  await checkCards(db, new Date());
  // So that a backup of this book can say which Shuke wrote it.
  await writeSetting(db, APP_VERSION_KEY, APP_VERSION);
}
