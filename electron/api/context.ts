import type { Kysely } from 'kysely';
import type { UiLocale } from '../../shared/domain/salutation';
import type { Database } from '../db/database';
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
  /** The bundled backup worker; absent where the code runs from source, and backups run inline. */
  backupWorker?: string;
  /** The book's file, for backups and for restoring one over it; absent for a book in memory. */
  bookFile?: string;
  /** Files a person chose (a dialog or an upload), which backup.inspect and backup.restore take by id. */
  chosenFiles?: ChosenFiles;
  /** The desktop app's native file and folder dialogs. */
  picker?: FilePicker;
}
