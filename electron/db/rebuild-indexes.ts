import { sql } from 'kysely';
import type { Db } from './database';

/**
 * Runs a bulk write with the tables' secondary indexes dropped, then builds them again from the
 * definitions SQLite itself stored (so they come back exactly as the migrations made them).
 * Sorting once is several times faster than hundreds of thousands of random B-tree inserts. Call
 * inside a transaction: if the write fails, the rollback brings the indexes back with the rest.
 */
export async function withIndexesRebuiltAfter(db: Db, tables: readonly string[], write: () => Promise<void>): Promise<void> {
  const indexes = await sql<{ name: string; sql: string }>`
    SELECT name, sql FROM sqlite_master
    WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${sql.join([...tables])})
    ORDER BY name`.execute(db);
  for (const index of indexes.rows) await sql`DROP INDEX ${sql.id(index.name)}`.execute(db);
  await write();
  for (const index of indexes.rows) await sql.raw(index.sql).execute(db);
}
