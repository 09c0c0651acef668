import { sql } from 'kysely';
import type { Db } from '../../db/database';

/** The tables whose rows an archive names by id. */
export type OwnedTable = 'customers' | 'entries' | 'purchase_lines' | 'preferences' | 'key_people' | 'important_dates';

/**
 * Which of `ids` the book already holds in `table`, each with the row it belongs to: its customer
 * (a customer belongs to itself), or for a purchase line its entry. The ids travel as one JSON list read with json_each, so an archive
 * of any size is one statement per table.
 */
export async function ownersInBook(db: Db, table: OwnedTable, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const owner = sql.ref(table === 'customers' ? 'id' : table === 'purchase_lines' ? 'entry_id' : 'customer_id');
  const rows = await sql<{ id: string; owner: string }>`
    SELECT id, ${owner} AS owner FROM ${sql.table(table)}
    WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`.execute(db);
  return new Map(rows.rows.map((r) => [r.id, r.owner]));
}
