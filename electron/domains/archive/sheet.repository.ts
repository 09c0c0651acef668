import { sql } from 'kysely';
import { visitKinds } from '../../../shared/domain/entry-kinds';
import type { Db } from '../../db/database';
import { idList } from '../../db/id-list';

/**
 * Each customer's first visit and what they have spent in all (minor units, every purchase line
 * valued as the customer values do: its amount, else price × quantity), for the customer sheet.
 */
export async function lifetimeTotalsOf(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, { firstVisitAt: string | null; spendMinor: number }>> {
  const totals = new Map<string, { firstVisitAt: string | null; spendMinor: number }>();
  if (ids.length === 0) return totals;
  const [firsts, spends] = await Promise.all([
    db
      .selectFrom('entries')
      .select(['customer_id', (eb) => eb.fn.min('occurred_at').as('first_at')])
      .where('customer_id', 'in', idList([...ids]))
      .where('deleted_at', 'is', null)
      .where('kind', 'in', [...visitKinds])
      .groupBy('customer_id')
      .execute(),
    db
      .selectFrom('entries as e')
      .innerJoin('purchase_lines as l', 'l.entry_id', 'e.id')
      .select(['e.customer_id', sql<number>`sum(coalesce(l.amount_minor, l.unit_price_minor * l.quantity, 0))`.as('spend')])
      .where('e.customer_id', 'in', idList([...ids]))
      .where('e.deleted_at', 'is', null)
      .where('e.kind', '=', 'purchase')
      .groupBy('e.customer_id')
      .execute(),
  ]);
  for (const row of firsts) totals.set(row.customer_id, { firstVisitAt: row.first_at, spendMinor: 0 });
  for (const row of spends) {
    const known = totals.get(row.customer_id);
    totals.set(row.customer_id, { firstVisitAt: known?.firstVisitAt ?? null, spendMinor: Number(row.spend) });
  }
  return totals;
}
