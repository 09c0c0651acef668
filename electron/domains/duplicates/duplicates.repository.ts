import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { KeptApartRow } from './duplicates.table';
import { idList } from '../../db/id-list';

export interface DuplicateRow {
  reason: 'phone' | 'email' | 'name';
  key: string;
  ids: string;
}

/**
 * Likely duplicates among live customers: the same phone digits, the same email, or the same
 * name with phones ending the same. Each group is bounded; ids come comma-separated.
 */
export async function duplicateGroups(db: Db, limit: number): Promise<DuplicateRow[]> {
  const result = await sql<DuplicateRow>`
    SELECT 'phone' AS reason, p.digits AS key, group_concat(DISTINCT p.customer_id) AS ids
    FROM customer_phones p JOIN customers c ON c.id = p.customer_id
    WHERE c.archived_at IS NULL AND length(p.digits) >= 6
    GROUP BY p.digits HAVING count(DISTINCT p.customer_id) > 1
    UNION ALL
    SELECT 'email', lower(email), group_concat(id) FROM customers
    WHERE archived_at IS NULL AND email IS NOT NULL GROUP BY lower(email) HAVING count(*) > 1
    UNION ALL
    SELECT 'name', c.name || ' …' || substr(p.digits, -4), group_concat(DISTINCT c.id)
    FROM customers c JOIN customer_phones p ON p.customer_id = c.id
    WHERE c.archived_at IS NULL AND c.name != '' AND length(p.digits) >= 4
    GROUP BY c.name, substr(p.digits, -4) HAVING count(DISTINCT c.id) > 1
    LIMIT ${limit}`.execute(db);
  return result.rows;
}

/** Every pair among `ids` (smaller id first), to remember that they are different people. */
export async function keepApart(db: Db, ids: readonly string[], at: string): Promise<number> {
  const sorted = [...new Set(ids)].sort();
  const pairs = sorted.flatMap((first, i) => sorted.slice(i + 1).map((second) => ({ first_id: first, second_id: second, created_at: at })));
  if (pairs.length > 0)
    await db
      .insertInto('kept_apart')
      .values(pairs)
      .onConflict((oc) => oc.doNothing())
      .execute();
  return pairs.length;
}

/** The kept-apart pairs among `ids`, as "first|second". */
export async function keptApartAmong(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('kept_apart')
    .select(['first_id', 'second_id'])
    .where('first_id', 'in', idList([...ids]))
    .where('second_id', 'in', idList([...ids]))
    .execute();
  return new Set(rows.map((r) => `${r.first_id}|${r.second_id}`));
}

export async function allKeptApart(db: Db): Promise<KeptApartRow[]> {
  return db.selectFrom('kept_apart').selectAll().orderBy('first_id').orderBy('second_id').execute();
}

/** Pairs from an archive; a pair naming a customer not in the book is left out. */
export async function insertKeptApart(db: Db, rows: readonly KeptApartRow[]): Promise<void> {
  for (const row of rows) {
    await sql`INSERT OR IGNORE INTO kept_apart (first_id, second_id, created_at)
      SELECT ${row.first_id}, ${row.second_id}, ${row.created_at}
      WHERE EXISTS (SELECT 1 FROM customers WHERE id = ${row.first_id}) AND EXISTS (SELECT 1 FROM customers WHERE id = ${row.second_id})`.execute(
      db,
    );
  }
}
