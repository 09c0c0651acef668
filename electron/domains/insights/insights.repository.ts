import { sql } from 'kysely';
import { visitKinds } from '../../../shared/domain/entry-kinds';
import type { Db } from '../../db/database';

/**
 * Spenders over the value window in twentieths, best first: how many and how much each holds, as
 * SQL's ntile(20) deals them (the first n mod 20 twentieths one customer larger). The spends are
 * read once in order from the spend index and dealt here: a window function over every spender
 * took several times longer.
 */
export async function spendTwentieths(db: Db): Promise<{ bucket: number; customers: number; spend: number }[]> {
  const spends = await db
    .selectFrom('customer_value')
    .select('spend_window')
    .where('spend_window', '>', 0)
    .orderBy('spend_window', 'desc')
    .execute();
  const size = Math.floor(spends.length / 20);
  const larger = spends.length % 20;
  const buckets: { bucket: number; customers: number; spend: number }[] = [];
  let next = 0;
  for (let bucket = 1; bucket <= 20 && next < spends.length; bucket += 1) {
    const customers = size + (bucket <= larger ? 1 : 0);
    let spend = 0;
    for (const row of spends.slice(next, next + customers)) spend += row.spend_window;
    buckets.push({ bucket, customers, spend });
    next += customers;
  }
  return buckets;
}

/** What the best `top` spenders over the value window spent together. */
export async function spendOfTop(db: Db, top: number): Promise<number> {
  const result = await sql<{ spend: number | null }>`
    SELECT sum(spend_window) AS spend
    FROM (SELECT spend_window FROM customer_value WHERE spend_window > 0 ORDER BY spend_window DESC LIMIT ${top})`.execute(db);
  return result.rows[0]?.spend ?? 0;
}

/** A period of the shop's local calendar as stored instants: [from, to). */
export interface Period {
  key: string;
  from: string;
  to: string;
}

const periodsTable = (periods: readonly Period[]) => sql`(VALUES ${sql.join(periods.map((p) => sql`(${p.key}, ${p.from}, ${p.to})`))})`;

/** Visits in each period: one range of the (kind, occurred_at) index per period, counted without reading rows. */
export async function visitsIn(db: Db, periods: readonly Period[]): Promise<{ key: string; visits: number }[]> {
  if (periods.length === 0) return [];
  const result = await sql<{ key: string; visits: number }>`
    SELECT p.column1 AS key, count(*) AS visits
    FROM ${periodsTable(periods)} AS p
    JOIN entries e INDEXED BY entries_kind_time
      ON e.kind IN (${sql.join([...visitKinds])}) AND e.deleted_at IS NULL AND e.occurred_at >= p.column2 AND e.occurred_at < p.column3
    GROUP BY p.column1`.execute(db);
  return result.rows;
}

/** Customers whose first visit fell in each period: a range of the first-visit index (0010_list_filters) each. */
export async function firstVisitsIn(db: Db, periods: readonly Period[]): Promise<{ key: string; customers: number }[]> {
  if (periods.length === 0) return [];
  const result = await sql<{ key: string; customers: number }>`
    SELECT p.column1 AS key, count(*) AS customers
    FROM ${periodsTable(periods)} AS p
    JOIN customer_value v INDEXED BY customer_value_first_visit ON v.first_visit_at >= p.column2 AND v.first_visit_at < p.column3
    GROUP BY p.column1`.execute(db);
  return result.rows;
}

export async function driftingByValue(
  db: Db,
  limit: number,
): Promise<{ id: string; name: string; last_visit_at: string | null; spend_window: number; visits_window: number }[]> {
  return db
    .selectFrom('customer_value as v')
    .innerJoin('customers as c', 'c.id', 'v.customer_id')
    .select(['c.id', 'c.name', 'c.last_visit_at', 'v.spend_window', 'v.visits_window'])
    .where('v.tier', '=', 'at_risk')
    .orderBy('v.spend_window', 'desc')
    .limit(limit)
    .execute();
}

export async function topReferrers(db: Db, limit: number): Promise<{ id: string; name: string; referred: number; spend: number }[]> {
  const result = await sql<{ id: string; name: string; referred: number; spend: number }>`
    SELECT r.id, r.name, count(*) AS referred, coalesce(sum(v.spend_window), 0) AS spend
    FROM customers c
    JOIN customers r ON r.id = c.referred_by
    LEFT JOIN customer_value v ON v.customer_id = c.id
    WHERE c.referred_by IS NOT NULL
    GROUP BY r.id ORDER BY referred DESC, spend DESC LIMIT ${limit}`.execute(db);
  return result.rows;
}

/** Every live complaint with the day it was resolved, if it was. */
export async function complaints(db: Db): Promise<{ occurred_at: string; resolved_on: string | null }[]> {
  const result = await sql<{ occurred_at: string; resolved_on: string | null }>`
    SELECT e.occurred_at, d.resolved_on
    FROM entries e INDEXED BY entries_kind_time
    LEFT JOIN entry_details d ON d.entry_id = e.id
    WHERE e.deleted_at IS NULL AND e.kind = 'complaint'
    ORDER BY e.occurred_at`.execute(db);
  return result.rows;
}
