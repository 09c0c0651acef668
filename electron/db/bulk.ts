import { sql, type Insertable } from 'kysely';
import type { Database, Db } from './database';

/**
 * SQLite binds at most 32,766 values in one statement; 1,000 rows of the widest table (customers,
 * 16 columns) stay well under. Every bulk insert goes through this, so callers pass whole lists.
 */
export const rowsPerStatement = 1000;

export async function insertRows<T extends keyof Database & string>(
  db: Db,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += rowsPerStatement) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + rowsPerStatement))
      .execute();
  }
}

const narrowRowsPerStatement = 20_000;

/**
 * For the index's millions of narrow rows: each chunk travels as one JSON parameter that SQLite
 * unpacks in C, where kysely's VALUES lists cost more in JS (and GC) than SQLite spends inserting.
 * Only for a few columns: SQLite parses the row's JSON again for every column it picks.
 */
export async function insertNarrowRows(
  db: Db,
  table: string,
  columns: readonly string[],
  rows: readonly (string | number | null)[][],
): Promise<void> {
  const picks = columns.map((_, index) => sql`value ->> ${sql.lit(index)}`);
  for (let i = 0; i < rows.length; i += narrowRowsPerStatement) {
    const json = JSON.stringify(rows.slice(i, i + narrowRowsPerStatement));
    await sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
      SELECT ${sql.join(picks)} FROM json_each(${json})`.execute(db);
  }
}
