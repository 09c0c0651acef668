import { sql } from 'kysely';
import type { Db } from './database';

/**
 * Runs `read` on one snapshot of the book, for exports that page through it: every page sees the
 * book as it was when the first one was read, so a save made meanwhile is wholly in the export or
 * wholly out of it.
 *
 * Why this shape. better-sqlite3 is synchronous and kysely's SQLite driver shares one connection,
 * taken in turn by each query or transaction. A plain `BEGIN` sent through `db` would leave that
 * connection inside a transaction that other calls' statements then join between our pages (and
 * their own transactions would fail to begin). `db.transaction()` would reserve the connection but
 * begins IMMEDIATE (see connection.ts), taking the write lock for the whole export and stalling the
 * values worker's pass. So the connection is reserved with `db.connection()` and a deferred `BEGIN`
 * is sent on it: a read transaction, which in WAL mode never blocks another connection's writer.
 * The app's own calls wait for the export to finish (they would share its connection otherwise);
 * reading from a second, read-only connection would spare them that, at the cost of opening one.
 * Inside a transaction already, `read` simply runs in it. `read` must only read.
 */
export async function inReadSnapshot<T>(db: Db, read: (db: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return read(db);
  return db.connection().execute(async (connection) => {
    await sql`BEGIN DEFERRED`.execute(connection);
    let result: T;
    try {
      result = await read(connection);
    } catch (error) {
      await sql`ROLLBACK`.execute(connection);
      throw error;
    }
    await sql`COMMIT`.execute(connection);
    return result;
  });
}
