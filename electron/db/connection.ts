import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './database';

export interface ConnectionOptions {
  /** Path of the better_sqlite3.node built for this runtime (Electron and Node differ in ABI). */
  nativeBinding?: string;
  readonly?: boolean;
}

/** "SHUK": marks a SQLite file as a Shuke book, so foreign files are told apart on open or restore. */
export const SHUKE_APPLICATION_ID = 0x5348554b;

export function openSqlite(file: string, options: ConnectionOptions = {}): BetterSqlite3.Database {
  const sqlite = new BetterSqlite3(file, {
    ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
    ...(options.readonly === true ? { readonly: true, fileMustExist: true } : {}),
  });
  // A saved entry must survive a crash or a power cut: FULL sync fsyncs every commit. WAL is
  // switched on separately (useWal), after the file is known to be ours, because it is stored in
  // the file's header and would alter a foreign file.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}

export function createKysely(sqlite: BetterSqlite3.Database): Kysely<Database> {
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

export function useWal(sqlite: BetterSqlite3.Database): void {
  if (sqlite.name !== ':memory:' && !sqlite.readonly) sqlite.pragma('journal_mode = WAL');
}
