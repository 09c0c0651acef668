import { sql } from 'kysely';
import type { Db } from '../electron/db/database';
import type { Period } from '../electron/domains/insights/insights.repository';

// The insights' queries before 0010_list_filters, kept for the bench (each insight's figure is
// printed beside the previous one's, measured in the same run) and for the tests that the new ones
// answer the same. The app does not use them.

/** Spenders over the value window in twentieths, by a window function over every spender. */
export async function previousSpendTwentieths(db: Db): Promise<{ bucket: number; customers: number; spend: number }[]> {
  const result = await sql<{ bucket: number; customers: number; spend: number }>`
    SELECT bucket, count(*) AS customers, sum(spend_window) AS spend
    FROM (SELECT spend_window, ntile(20) OVER (ORDER BY spend_window DESC) AS bucket FROM customer_value WHERE spend_window > 0)
    GROUP BY bucket ORDER BY bucket`.execute(db);
  return result.rows;
}

/** Customers whose first visit fell in each period, each period reading every customer's values. */
export async function previousFirstVisitsIn(db: Db, periods: readonly Period[]): Promise<{ key: string; customers: number }[]> {
  if (periods.length === 0) return [];
  const table = sql`(VALUES ${sql.join(periods.map((p) => sql`(${p.key}, ${p.from}, ${p.to})`))})`;
  const result = await sql<{ key: string; customers: number }>`
    SELECT p.column1 AS key, count(*) AS customers
    FROM ${table} AS p
    JOIN customer_value v NOT INDEXED ON v.first_visit_at >= p.column2 AND v.first_visit_at < p.column3
    GROUP BY p.column1`.execute(db);
  return result.rows;
}
