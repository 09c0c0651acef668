import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { Kysely } from 'kysely';
import { BookOpenError } from './book-errors';
import { rememberKey } from './book-key';
import { createKysely, openSqlite, SHUKE_APPLICATION_ID, useWal, type ConnectionOptions } from './connection';
import type { Database } from './database';
import { assertNotNewer, migrate, pendingMigrations } from './migrate';
import { errorText } from '../../shared/error-text';

export interface Book {
  file: string;
  sqlite: BetterSqlite3.Database;
  db: Kysely<Database>;
  close(): Promise<void>;
}

export interface OpenBookOptions extends ConnectionOptions {
  /** Where snapshots taken before a migration go; default: `snapshots/` beside the book. */
  snapshotDir?: string;
  now?: () => Date;
  /** Told of each snapshot written, so that a protected book's wrapped keys can be put beside it. */
  afterSnapshot?: (file: string) => void;
}

export const BOOK_FILE_NAME = 'shuke.sqlite';

function userTables(sqlite: BetterSqlite3.Database): string[] {
  const rows = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all();
  return rows.map((row) => String((row as { name: unknown }).name));
}

function timestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * The connection that answers the counter keeps 64 MB of pages (SQLite's build here keeps 16 MB):
 * a lookup never typed before reads a few hundred pages of keys and customers, and at 100k
 * customers the keys, customers and their indexes outgrow 16 MB. Measured on the bench book with
 * new queries alternating between two connections: about a tenth faster. Memory is only taken as
 * pages are read, and only by this connection (workers keep the default).
 */
function useLargerCache(sqlite: BetterSqlite3.Database): void {
  sqlite.pragma('cache_size = -65536');
}

/**
 * Opens (creating if needed) a customer book and brings its schema up to date. A foreign SQLite
 * file or a book from a newer Shuke is refused before anything is written; an existing book is
 * snapshotted with SQLite's backup API before any migration touches it.
 */
export async function openBook(file: string, options: OpenBookOptions = {}): Promise<Book> {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = openSqlite(file, options);
  } catch (error) {
    const reason = errorText(error);
    throw new BookOpenError('NOT_A_BOOK', `Could not open ${file} as a customer book: ${reason}`);
  }
  try {
    const applicationId = Number(sqlite.pragma('application_id', { simple: true }));
    const tables = userTables(sqlite);
    if (applicationId !== SHUKE_APPLICATION_ID && (applicationId !== 0 || tables.length > 0)) {
      throw new BookOpenError('NOT_A_BOOK', `${file} is not a Shuke customer book; it has been left untouched.`);
    }
    assertNotNewer(sqlite);
    const pending = pendingMigrations(sqlite);
    if (pending.length > 0 && tables.length > 0 && file !== ':memory:') {
      const now = options.now ?? (() => new Date());
      const dir = options.snapshotDir ?? path.join(path.dirname(file), 'snapshots');
      fs.mkdirSync(dir, { recursive: true });
      // VACUUM INTO writes the copy with the book's own key (a protected book's snapshot is as
      // unreadable as the book), where the backup API would need the copy keyed by hand.
      const snapshot = path.join(dir, `before-${pending[0] ?? 'update'}-${timestamp(now())}.sqlite`);
      sqlite.prepare('VACUUM INTO ?').run(snapshot);
      options.afterSnapshot?.(snapshot);
    }
    useWal(sqlite);
    useLargerCache(sqlite);
    sqlite.pragma(`application_id = ${SHUKE_APPLICATION_ID}`);
    const db = createKysely(sqlite);
    if (options.key !== undefined) rememberKey(db, options.key);
    await migrate(db);
    return {
      file,
      sqlite,
      db,
      close: () => db.destroy(),
    };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
