import { sql } from 'kysely';
import { visitKinds } from '../../../shared/domain/entry-kinds';
import type { Db } from '../../db/database';

/** SQLite date modifier that turns a stored UTC instant into the shop's local time, e.g. "+480 minutes". */
export type LocalOffset = string;

/** Spenders over the value window in twentieths, best first: how many and how much each holds. */
export async function spendTwentieths(db: Db): Promise<{ bucket: number; customers: number; spend: number }[]> {
  const result = await sql<{ bucket: number; customers: number; spend: number }>`
    SELECT bucket, count(*) AS customers, sum(spend_window) AS spend
    FROM (SELECT spend_window, ntile(20) OVER (ORDER BY spend_window DESC) AS bucket FROM customer_value WHERE spend_window > 0)
    GROUP BY bucket ORDER BY bucket`.execute(db);
  return result.rows;
}

/** What the best `top` spenders over the value window spent together. */
export async function spendOfTop(db: Db, top: number): Promise<number> {
  const result = await sql<{ spend: number | null }>`
    SELECT sum(spend_window) AS spend
    FROM (SELECT spend_window FROM customer_value WHERE spend_window > 0 ORDER BY spend_window DESC LIMIT ${top})`.execute(db);
  return result.rows[0]?.spend ?? 0;
}

/** Visits per local week (Monday first) since `from`. */
export async function visitsPerWeek(db: Db, from: string, offset: LocalOffset): Promise<{ week: string; visits: number }[]> {
  const result = await sql<{ week: string; visits: number }>`
    SELECT date(occurred_at, ${offset}, 'weekday 0', '-6 days') AS week, count(*) AS visits
    FROM entries INDEXED BY entries_kind_time
    WHERE deleted_at IS NULL AND kind IN (${sql.join([...visitKinds])}) AND occurred_at >= ${from}
    GROUP BY week ORDER BY week`.execute(db);
  return result.rows;
}

/** Customers who came in each local month since `from`. */
export async function activePerMonth(db: Db, from: string, offset: LocalOffset): Promise<{ month: string; customers: number }[]> {
  const result = await sql<{ month: string; customers: number }>`
    SELECT strftime('%Y-%m', occurred_at, ${offset}) AS month, count(DISTINCT customer_id) AS customers
    FROM entries INDEXED BY entries_kind_time
    WHERE deleted_at IS NULL AND kind IN (${sql.join([...visitKinds])}) AND occurred_at >= ${from}
    GROUP BY month ORDER BY month`.execute(db);
  return result.rows;
}

/** Customers whose first visit fell in each local month since `from`. */
export async function firstVisitsPerMonth(db: Db, from: string, offset: LocalOffset): Promise<{ month: string; customers: number }[]> {
  const result = await sql<{ month: string; customers: number }>`
    SELECT strftime('%Y-%m', first_visit_at, ${offset}) AS month, count(*) AS customers
    FROM customer_value WHERE first_visit_at >= ${from}
    GROUP BY month ORDER BY month`.execute(db);
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
