import { sql } from 'kysely';
import type { Db } from './database';

/** The file a connection's book lives in, or '' for a book in memory. */
export async function bookFileOf(db: Db): Promise<string> {
  const rows = await sql<{ file: string }>`SELECT file FROM pragma_database_list WHERE name = 'main'`.execute(db);
  return rows.rows[0]?.file ?? '';
}
