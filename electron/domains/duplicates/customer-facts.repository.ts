import { sql } from 'kysely';
import { visitKinds } from '../../../shared/domain/entry-kinds';
import type { Db } from '../../db/database';
import { idList } from '../../db/id-list';

export interface FactsRow {
  id: string;
  entry_count: number;
  first_visit_at: string | null;
  spend_total: number;
}

/**
 * Per customer: live diary entries, the first visit, and all-time spend (a line's amount, else
 * price × quantity, as values count it). Each is an index walk over that customer's entries.
 */
export async function factsOf(db: Db, ids: readonly string[]): Promise<FactsRow[]> {
  if (ids.length === 0) return [];
  const result = await sql<FactsRow>`
    SELECT c.id,
      (SELECT count(*) FROM entries e WHERE e.customer_id = c.id AND e.deleted_at IS NULL) AS entry_count,
      (SELECT min(e.occurred_at) FROM entries e
        WHERE e.customer_id = c.id AND e.deleted_at IS NULL AND e.kind IN (${sql.join([...visitKinds])})) AS first_visit_at,
      (SELECT coalesce(sum(coalesce(l.amount_minor, l.unit_price_minor * l.quantity, 0)), 0)
        FROM entries e JOIN purchase_lines l ON l.entry_id = e.id
        WHERE e.customer_id = c.id AND e.deleted_at IS NULL AND e.kind = 'purchase') AS spend_total
    FROM customers c WHERE c.id IN ${idList([...ids])}`.execute(db);
  return result.rows;
}
