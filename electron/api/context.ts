import type { Kysely } from 'kysely';
import type { UiLocale } from '../../shared/domain/salutation';
import type { Database } from '../db/database';
import type { BookSession } from '../domains/protection/book-session';
import type { Sealer } from '../domains/protection/file-keyring';
import type { ChosenFiles, FilePicker } from './chosen-files';

/** What every handler gets: the book, a clock (fixed in tests) and the UI language. */
export interface ServiceContext {
  db: Kysely<Database>;
  now: () => Date;
  locale: UiLocale;
  /** Where automatic and manual backups go; null for a book with no folder (in memory). */
  backupDir?: string | null;
  /** better-sqlite3's native module for this runtime, to open backups for verification. */
  nativeBinding?: string;
  /** The book's file, for backups and for restoring one over it; absent for a book in memory. */
  bookFile?: string;
  /**
   * The book this process keeps in a file (the app, browser mode, the command line): its key, and
   * whether it is locked. Absent for a book in memory, which cannot be protected. With it, `db` is
   * the session's and refuses while the book is locked.
   */
  book?: BookSession;
  /**
   * The owner's book and the sample book kept apart from it (filled by the demo generator, to look
   * around in); absent where there is no sample (a book in memory, the command line).
   */
  books?: { real: string; sample: string };
  /**
   * Where the book is a session's: closes the open book (locking it, so a protected book asks for
   * its passcode again) and opens the book kept in `file` in its place.
   */
  openFile?: (file: string) => Promise<void>;
  /** Files a person chose (a dialog or an upload), which backup.inspect and backup.restore take by id. */
  chosenFiles?: ChosenFiles;
  /** The desktop app's native file and folder dialogs. */
  picker?: FilePicker;
  /**
   * The operating system's keyring (Electron's safeStorage in the desktop app), which seals this
   * device's hub password so syncing resumes after a restart; absent in browser mode and tests,
   * where the password is held for the run only.
   */
  sealer?: Sealer;
}

/** True while the sample book is the open one: it is never backed up, restored over or mixed with the real one. */
export function sampleIsOpen(ctx: Pick<ServiceContext, 'books' | 'bookFile'>): boolean {
  return ctx.books !== undefined && ctx.bookFile === ctx.books.sample;
}
