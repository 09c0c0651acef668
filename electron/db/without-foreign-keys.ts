import { sql } from 'kysely';
import type { Db } from './database';

/**
 * Runs `work` (which begins its own transaction) on the book's one connection with SQLite's
 * foreign key checks off, then turns them back on. Only for a bulk write whose every reference
 * is made by the write itself: an import's phones, keys, likes and dates point at customers it
 * adds or matched in the same transaction, and checking 1.2 million such references one B-tree
 * probe at a time was a fifth of a 100,000-row import's inserts. The pragma is a no-op inside a
 * transaction, so there `work` runs with the checks as they are; the connection is reserved so no
 * other call's write runs unchecked meanwhile.
 */
export async function withoutForeignKeyChecks<T>(db: Db, work: (db: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db);
  return db.connection().execute(async (connection) => {
    const before = await sql<{ foreign_keys: number }>`PRAGMA foreign_keys`.execute(connection);
    const checked = (before.rows[0]?.foreign_keys ?? 1) === 1;
    await sql`PRAGMA foreign_keys = OFF`.execute(connection);
    try {
      return await work(connection);
    } finally {
      if (checked) await sql`PRAGMA foreign_keys = ON`.execute(connection);
    }
  });
}
