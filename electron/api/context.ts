import type { Kysely } from 'kysely';
import type { UiLocale } from '../../shared/domain/salutation';
import type { Database } from '../db/database';

/** What every handler gets: the book, a clock (fixed in tests) and the UI language. */
export interface ServiceContext {
  db: Kysely<Database>;
  now: () => Date;
  locale: UiLocale;
}
