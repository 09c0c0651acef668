import { sql } from 'kysely';
import { visitKinds } from '../../../shared/domain/entry-kinds';
import type { Tier } from '../../../shared/domain/customer-value';
import type { Db } from '../../db/database';
import type { CustomerValueRow } from './value.table';
import { idList } from '../../db/id-list';

/** One customer's raw numbers as of an instant, before the rules label them. */
export interface MetricsRow {
  customer_id: string;
  first_at: string | null;
  last_at: string | null;
  visits_window: number;
  spend_window: number;
  spend_recent: number;
  spend_earlier: number;
  median_gap_days: number | null;
  tier_override: Tier | null;
  tier_override_reason: string | null;
}

export interface MetricsWindow {
  /** Only what happened before this instant counts. */
  asOf: string;
  windowStart: string;
  halfStart: string;
}

// A line's value: its amount, else price × quantity; a line without a price adds nothing.
const lineValue = sql`coalesce(l.amount_minor, l.unit_price_minor * l.quantity, 0)`;

type Raw = Record<string, string | number | null>;

const num = (value: string | number | null | undefined) => (typeof value === 'number' ? value : 0);
const text = (value: string | number | null | undefined) => (typeof value === 'string' ? value : null);

/**
 * Visits (first, last, how many in the window) and spend (over the window and each half of it)
 * per live customer, for one or several windows at once: two scans of the covering indexes
 * entries_value and purchase_lines_value with one set of conditional sums per window, so twelve
 * month ends of history cost about what one day does. `only` narrows it to one customer or a
 * list of them (read through the same indexes by customer). Answers one list of rows per window,
 * in the order given.
 */
export async function metricsAsOf(db: Db, windows: readonly MetricsWindow[], only?: string | readonly string[]): Promise<MetricsRow[][]> {
  if (windows.length === 0) return [];
  const one = (column: string) =>
    only === undefined
      ? sql``
      : typeof only === 'string'
        ? sql`AND ${sql.ref(column)} = ${only}`
        : sql`AND ${sql.ref(column)} IN ${idList(only)}`;
  const latest = windows.reduce((a, w) => (w.asOf > a ? w.asOf : a), '');
  const earliest = windows.reduce((a, w) => (w.windowStart < a ? w.windowStart : a), latest);
  const visitColumns = windows.flatMap((w, k) => [
    sql`max(CASE WHEN occurred_at < ${w.asOf} THEN occurred_at END) AS ${sql.ref(`last_${k}`)}`,
    sql`sum(occurred_at >= ${w.windowStart} AND occurred_at < ${w.asOf}) AS ${sql.ref(`visits_${k}`)}`,
  ]);
  const spendColumns = windows.flatMap((w, k) => [
    sql`sum(CASE WHEN e.occurred_at >= ${w.windowStart} AND e.occurred_at < ${w.asOf} THEN ${lineValue} ELSE 0 END) AS ${sql.ref(`spend_${k}`)}`,
    sql`sum(CASE WHEN e.occurred_at >= ${w.halfStart} AND e.occurred_at < ${w.asOf} THEN ${lineValue} ELSE 0 END) AS ${sql.ref(`recent_${k}`)}`,
    sql`sum(CASE WHEN e.occurred_at >= ${w.windowStart} AND e.occurred_at < ${w.halfStart} THEN ${lineValue} ELSE 0 END) AS ${sql.ref(`earlier_${k}`)}`,
  ]);
  const visits = await sql<Raw>`
    SELECT customer_id, min(occurred_at) AS first_at, ${sql.join(visitColumns)}
    FROM entries INDEXED BY entries_value
    WHERE deleted_at IS NULL AND kind IN (${sql.join([...visitKinds])}) AND occurred_at < ${latest} ${one('customer_id')}
    GROUP BY customer_id`.execute(db);
  const spend = await sql<Raw>`
    SELECT e.customer_id, ${sql.join(spendColumns)}
    FROM entries e INDEXED BY entries_value JOIN purchase_lines l INDEXED BY purchase_lines_value ON l.entry_id = e.id
    WHERE e.deleted_at IS NULL AND e.kind = 'purchase' AND e.occurred_at >= ${earliest} AND e.occurred_at < ${latest} ${one('e.customer_id')}
    GROUP BY e.customer_id`.execute(db);
  // Joined here rather than in SQL: SQLite would build automatic indexes on both groupings first.
  const visitsBy = new Map(visits.rows.map((r) => [text(r.customer_id), r]));
  const spendBy = new Map(spend.rows.map((r) => [text(r.customer_id), r]));
  const customers = await db
    .selectFrom('customers')
    .select(['id', 'created_at', 'median_gap_days', 'tier_override', 'tier_override_reason'])
    .where('archived_at', 'is', null)
    .$if(typeof only === 'string', (q) => q.where('id', '=', typeof only === 'string' ? only : ''))
    .$if(typeof only === 'object', (q) => q.where('id', 'in', idList(typeof only === 'object' ? only : [])))
    .execute();
  return windows.map((w, k) =>
    customers
      // A customer written down later (an import) was already a customer when they first came.
      .filter((c) => c.created_at < w.asOf || (text(visitsBy.get(c.id)?.first_at) ?? w.asOf) < w.asOf)
      .map((c) => {
        const v = visitsBy.get(c.id);
        const p = spendBy.get(c.id);
        const first = text(v?.first_at);
        return {
          customer_id: c.id,
          first_at: first !== null && first < w.asOf ? first : null,
          last_at: text(v?.[`last_${k}`]),
          visits_window: num(v?.[`visits_${k}`]),
          spend_window: num(p?.[`spend_${k}`]),
          spend_recent: num(p?.[`recent_${k}`]),
          spend_earlier: num(p?.[`earlier_${k}`]),
          median_gap_days: c.median_gap_days,
          tier_override: c.tier_override,
          tier_override_reason: c.tier_override_reason,
        };
      }),
  );
}

export async function allValues(db: Db): Promise<CustomerValueRow[]> {
  return db.selectFrom('customer_value').selectAll().execute();
}

/** Who was noted as written since the last pass (see migration 0012), forgetting them. */
export async function takeValueChanges(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('value_changes').select('customer_id').execute();
  await db.deleteFrom('value_changes').execute();
  return rows.map((r) => r.customer_id);
}

/** The instants where a catching-up pass looks for customers whose values can have moved; see catchUpValues. */
export interface ValueBands {
  /** Visits and purchases dated inside any of these [from, to) ranges moved across a window edge. */
  entriesBetween: readonly (readonly [string, string])[];
  /** Customers written down in this range began to count. */
  createdBetween: readonly [string, string];
  /** Last visits in this range crossed the lost line. */
  lastVisitBetween: readonly [string, string];
  /** First visits in this range stopped being new. */
  firstVisitBetween: readonly [string, string];
  /** Julian days: a last visit plus the customer's own at-risk limit in days (2 × usual gap, at least `atRiskAfterDays`) landing here crossed it. */
  atRiskBetween: readonly [number, number];
  atRiskAfterDays: number;
}

/**
 * Every customer whose value can have changed between two pass days without anything being
 * written about them: one range read of entries_kind_time per window edge and one scan of the
 * value rows (100,000 rows read in tens of milliseconds).
 */
export async function customersInBands(db: Db, bands: ValueBands): Promise<string[]> {
  const edges = bands.entriesBetween.filter(([from, to]) => from < to);
  const moved = edges.map(
    ([from, to]) => sql`SELECT customer_id FROM entries INDEXED BY entries_kind_time
      WHERE deleted_at IS NULL AND kind IN (${sql.join([...visitKinds])}) AND occurred_at >= ${from} AND occurred_at < ${to}`,
  );
  const [createdFrom, createdTo] = bands.createdBetween;
  const [lastFrom, lastTo] = bands.lastVisitBetween;
  const [firstFrom, firstTo] = bands.firstVisitBetween;
  const [riskFrom, riskTo] = bands.atRiskBetween;
  const parts = [
    ...moved,
    sql`SELECT id AS customer_id FROM customers WHERE created_at >= ${createdFrom} AND created_at < ${createdTo}`,
    sql`SELECT v.customer_id FROM customer_value v LEFT JOIN customers c ON c.id = v.customer_id
      WHERE (v.last_visit_at >= ${lastFrom} AND v.last_visit_at < ${lastTo})
        OR (v.first_visit_at >= ${firstFrom} AND v.first_visit_at < ${firstTo})
        OR (julianday(v.last_visit_at) + max(${bands.atRiskAfterDays}, 2 * coalesce(c.median_gap_days, 0)) BETWEEN ${riskFrom} AND ${riskTo})`,
  ];
  const rows = await sql<{ customer_id: string }>`SELECT customer_id FROM (${sql.join(parts, sql` UNION `)})`.execute(db);
  return rows.rows.map((r) => r.customer_id);
}

/** Each valued customer's spend over the window, for the book-wide baseline (read from customer_value_spend). */
export async function valuedSpends(db: Db): Promise<{ customer_id: string; spend_window: number }[]> {
  return db.selectFrom('customer_value').select(['customer_id', 'spend_window']).where('spend_window', '>', 0).execute();
}

export async function valuesOf(db: Db, ids: readonly string[]): Promise<CustomerValueRow[]> {
  return db.selectFrom('customer_value').selectAll().where('customer_id', 'in', idList(ids)).execute();
}

export async function countValuedTiers(db: Db): Promise<Map<Tier, number>> {
  const rows = await db
    .selectFrom('customer_value')
    .select(['tier', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('tier')
    .execute();
  return new Map(rows.map((r) => [r.tier, Number(r.n)]));
}

/** Writes the rows that changed and forgets customers no longer valued (archived, deleted). */
export async function syncValues(db: Db, changed: readonly CustomerValueRow[], gone: readonly string[]): Promise<void> {
  if (gone.length > 0) await db.deleteFrom('customer_value').where('customer_id', 'in', idList(gone)).execute();
  for (let i = 0; i < changed.length; i += 1000) {
    await db
      .insertInto('customer_value')
      .values(changed.slice(i, i + 1000))
      .onConflict((oc) =>
        oc.column('customer_id').doUpdateSet((eb) => ({
          spend_window: eb.ref('excluded.spend_window'),
          spend_recent: eb.ref('excluded.spend_recent'),
          spend_earlier: eb.ref('excluded.spend_earlier'),
          visits_window: eb.ref('excluded.visits_window'),
          first_visit_at: eb.ref('excluded.first_visit_at'),
          tier: eb.ref('excluded.tier'),
          stage: eb.ref('excluded.stage'),
          relationship: eb.ref('excluded.relationship'),
          last_visit_at: eb.ref('excluded.last_visit_at'),
        })),
      )
      .execute();
  }
}

export async function writeTierCounts(db: Db, day: string, counts: ReadonlyMap<Tier, number>): Promise<void> {
  await db.deleteFrom('tier_history').where('day', '=', day).execute();
  const rows = [...counts].map(([tier, customers]) => ({ day, tier, customers }));
  if (rows.length > 0) await db.insertInto('tier_history').values(rows).execute();
}

export async function tierHistorySince(db: Db, day: string): Promise<{ day: string; tier: Tier; customers: number }[]> {
  return db.selectFrom('tier_history').selectAll().where('day', '>=', day).orderBy('day').execute();
}

export async function hasTierHistory(db: Db): Promise<boolean> {
  return (await db.selectFrom('tier_history').select('day').limit(1).executeTakeFirst()) !== undefined;
}

export async function setTierOverride(db: Db, customerId: string, tier: Tier | null, reason: string | null, at: string): Promise<void> {
  await db
    .updateTable('customers')
    .set({ tier_override: tier, tier_override_reason: reason, updated_at: at })
    .where('id', '=', customerId)
    .execute();
}
