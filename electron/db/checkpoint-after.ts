import { sql } from 'kysely';
import type { Db } from './database';

/**
 * Runs a large write (an import) with SQLite's automatic WAL checkpoint held back, and copies the
 * WAL into the book's main file just after, once the write's result has been answered. A WAL
 * commit is durable as soon as its frames are synced; the checkpoint would otherwise run inside
 * the COMMIT and add most of a second to a 100,000-customer import before its result shows.
 */
export async function checkpointAfter<T>(db: Db, write: () => Promise<T>): Promise<T> {
  const setting = await sql<{ wal_autocheckpoint: number }>`PRAGMA wal_autocheckpoint`.execute(db);
  const pages = setting.rows[0]?.wal_autocheckpoint ?? 1000;
  await sql`PRAGMA wal_autocheckpoint = 0`.execute(db);
  try {
    return await write();
  } finally {
    await sql`PRAGMA wal_autocheckpoint = ${sql.lit(pages)}`.execute(db);
    // A failed passive checkpoint loses nothing: the WAL stays valid and is copied at the next
    // automatic checkpoint or when the book closes (which is also why a closed book is fine).
    setTimeout(() => {
      sql`PRAGMA wal_checkpoint(PASSIVE)`.execute(db).catch(() => undefined);
    }, 0).unref();
  }
}
