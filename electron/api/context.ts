import type { Kysely } from 'kysely';
import type { UiLocale } from '../../shared/domain/salutation';
import type { Database } from '../db/database';
import type { BookSession } from '../domains/protection/book-session';

/** What every handler gets: the book, a clock (fixed in tests) and the UI language. */
export interface ServiceContext {
  db: Kysely<Database>;
  now: () => Date;
  locale: UiLocale;
  /** Where automatic and manual backups go; null for a book with no folder (in memory). */
  backupDir?: string | null;
  /** better-sqlite3's native module for this runtime, to open backups for verification. */
  nativeBinding?: string;
  /** The bundled backup worker; absent where the code runs from source, and backups run inline. */
  backupWorker?: string;
  /** The book's file, for backups and for restoring one over it; absent for a book in memory. */
  bookFile?: string;
  /**
   * The book this process keeps in a file (the app, browser mode, the command line): its key, and
   * whether it is locked. Absent for a book in memory, which cannot be protected. With it, `db` is
   * the session's and refuses while the book is locked.
   */
  book?: BookSession;
}
