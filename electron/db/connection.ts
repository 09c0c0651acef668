import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { CompiledQuery, Kysely, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDatabase } from 'kysely';
import type { Database } from './database';
import { takeChangedRows } from './changed-rows';

export interface ConnectionOptions {
  /** Path of the better_sqlite3.node built for this runtime (Electron and Node differ in ABI). */
  nativeBinding?: string;
  readonly?: boolean;
  /** The book's 256-bit key when it is protected (encrypted at rest); absent for a plain book. */
  key?: Buffer;
}

/** "SHUK": marks a SQLite file as a Shuke book, so foreign files are told apart on open or restore. */
export const SHUKE_APPLICATION_ID = 0x5348554b;

export function openSqlite(file: string, options: ConnectionOptions = {}): BetterSqlite3.Database {
  const sqlite = new BetterSqlite3(file, {
    ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
    ...(options.readonly === true ? { readonly: true, fileMustExist: true } : {}),
  });
  if (options.key !== undefined) {
    try {
      applyKey(sqlite, options.key);
    } catch (error) {
      sqlite.close();
      throw error;
    }
  }
  // A saved entry must survive a crash or a power cut: FULL sync fsyncs every commit. WAL is
  // switched on separately (useWal), after the file is known to be ours, because it is stored in
  // the file's header and would alter a foreign file.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}

/** The cipher every protected book uses: SQLite3 Multiple Ciphers' default, authenticated (Poly1305). */
export const BOOK_CIPHER = 'chacha20';

/**
 * SQLite3 Multiple Ciphers' form of a raw key: "raw:" and 64 hex digits is used as the page key
 * itself, without the cipher's own PBKDF2 (our key is random, and is already kept behind scrypt).
 */
export function rawKeyText(key: Buffer): string {
  if (key.length !== 32) throw new Error('A book key is 32 bytes.');
  return `raw:${key.toString('hex')}`;
}

/**
 * Keys a connection before it reads anything. A wrong key is only noticed on the first read
 * (SQLite says "file is not a database"), so one is made here. A SQLite built without the cipher
 * would accept the pragma and silently write plain pages: that is refused.
 */
function applyKey(sqlite: BetterSqlite3.Database, key: Buffer): void {
  sqlite.pragma(`cipher = '${BOOK_CIPHER}'`);
  if (String(sqlite.pragma('cipher', { simple: true }) ?? '') !== BOOK_CIPHER) {
    throw new Error('This build of SQLite cannot encrypt a book (better-sqlite3-multiple-ciphers is needed).');
  }
  sqlite.pragma(`key = '${rawKeyText(key)}'`);
  sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
}

/** How many distinct statements a connection keeps prepared, and how much SQL text in all. */
const cachedStatements = 200;
const cachedText = 256 * 1024;

/**
 * kysely prepares every query afresh; parsing costs as much as running for the app's small
 * queries, and for a bulk insert of 1,000 rows it costs more than the insert. Statements are
 * kept by their text, least recently used dropped first. A prepared statement holds about 40
 * bytes per character of its text (1 MB for a 1,000-row insert), so the cache is also bounded by
 * the text it holds. Reusing one is safe because better-sqlite3 runs each to completion
 * synchronously (the app never streams a query).
 */
export function withStatementCache(sqlite: BetterSqlite3.Database, size = cachedStatements, text = cachedText): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  let held = 0;
  return {
    close: () => sqlite.close(),
    prepare(source) {
      const cached = statements.get(source);
      if (cached !== undefined) {
        statements.delete(source);
        statements.set(source, cached);
        return cached;
      }
      const statement = sqlite.prepare(source);
      if (source.length > text) return statement;
      statements.set(source, statement);
      held += source.length;
      for (const oldest of statements.keys()) {
        if (statements.size <= size && held <= text) break;
        statements.delete(oldest);
        held -= oldest.length;
      }
      return statement;
    },
  };
}

/**
 * Transactions that take the write lock when they begin. The app's own book has a second writer,
 * the values worker; a transaction that began by reading (SQLite's default) and then wanted to
 * write after the worker committed would fail at once with SQLITE_BUSY_SNAPSHOT, a save lost. With
 * BEGIN IMMEDIATE it waits for the lock (busy_timeout) and then reads the newest book.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  constructor(
    database: SqliteDatabase,
    private readonly sqlite: BetterSqlite3.Database,
  ) {
    super({ database });
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  // The one place every transaction of the app's connection ends: the rows it changed are handed
  // on inside it, just before it commits (changed-rows.ts).
  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    takeChangedRows(this.sqlite);
    await super.commitTransaction(connection);
  }

  // A write outside a transaction committed by itself: its rows are handed on right after it.
  override async releaseConnection(): Promise<void> {
    if (!this.sqlite.inTransaction) takeChangedRows(this.sqlite);
    await super.releaseConnection();
  }
}

class ShukeSqliteDialect extends SqliteDialect {
  private readonly database: SqliteDatabase;

  constructor(
    private readonly sqlite: BetterSqlite3.Database,
    private readonly immediate: boolean,
  ) {
    const database = withStatementCache(sqlite);
    super({ database });
    this.database = database;
  }

  override createDriver(): Driver {
    return this.immediate ? new ImmediateSqliteDriver(this.database, this.sqlite) : new SqliteDriver({ database: this.database });
  }
}

/**
 * The book's query builder. `deferredTransactions` is for the values worker only: its pass reads
 * for seconds before it writes, and holding the write lock all that time would stall the app's
 * saves; it starts over instead when the app wrote meanwhile (retryWhenBusy).
 */
export function createKysely(sqlite: BetterSqlite3.Database, options: { deferredTransactions?: boolean } = {}): Kysely<Database> {
  return new Kysely<Database>({ dialect: new ShukeSqliteDialect(sqlite, options.deferredTransactions !== true) });
}

export function useWal(sqlite: BetterSqlite3.Database): void {
  if (sqlite.name !== ':memory:' && !sqlite.readonly) sqlite.pragma('journal_mode = WAL');
}
