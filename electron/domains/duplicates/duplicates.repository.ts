import { sql } from 'kysely';
import type { Db } from '../../db/database';

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

/** Moves everything that belongs to `from` over to `to`; the caller deletes `from` afterwards. */
export async function moveCustomerRecords(db: Db, from: string, to: string): Promise<void> {
  await db.updateTable('entries').set({ customer_id: to }).where('customer_id', '=', from).execute();
  await db.updateTable('entry_docs').set({ customer_id: to }).where('customer_id', '=', from).execute();
  await db.updateTable('preferences').set({ customer_id: to }).where('customer_id', '=', from).execute();
  await db.updateTable('key_people').set({ customer_id: to }).where('customer_id', '=', from).execute();
  await db.updateTable('important_dates').set({ customer_id: to }).where('customer_id', '=', from).execute();
  await db.updateTable('key_people').set({ linked_customer_id: to }).where('linked_customer_id', '=', from).execute();
  await db.updateTable('customers').set({ referred_by: to }).where('referred_by', '=', from).execute();
  await db.updateTable('customers').set({ referred_by: null }).where('id', '=', to).where('referred_by', '=', to).execute();
}

export async function countRecords(
  db: Db,
  customerId: string,
): Promise<{ entries: number; preferences: number; dates: number; people: number }> {
  const count = async (table: 'entries' | 'preferences' | 'important_dates' | 'key_people') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('customer_id', '=', customerId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    entries: await count('entries'),
    preferences: await count('preferences'),
    dates: await count('important_dates'),
    people: await count('key_people'),
  };
}
