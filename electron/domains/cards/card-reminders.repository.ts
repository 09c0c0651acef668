import { sql } from 'kysely';
import type { Db } from '../../db/database';

/** A card's points lines in ledger order: for the oldest-first expiry. */
export async function pointsLinesOf(db: Db, customerId: string): Promise<{ at: string; delta: number; balance_after: number }[]> {
  return db
    .selectFrom('card_movements')
    .select(['at', 'delta', 'balance_after'])
    .where('customer_id', '=', customerId)
    .where('purse', '=', 'points')
    .where('punch_id', 'is', null)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/**
 * Customers holding points earned before `before` (an instant) that no use has taken yet: what they
 * earned before it less everything used, above zero (uses take the oldest points first, so this is
 * what pointsToExpire answers, summed in one pass over the points lines), the most first.
 */
export async function cardsWithPointsBefore(db: Db, before: string, limit: number): Promise<{ customer_id: string; points: number }[]> {
  const rows = await sql<{ customer_id: string; points: number }>`
    SELECT customer_id,
      sum(CASE WHEN delta > 0 AND at < ${before} THEN delta ELSE 0 END) + sum(CASE WHEN delta < 0 THEN delta ELSE 0 END) AS points
    FROM card_movements WHERE purse = 'points'
    GROUP BY customer_id HAVING points > 0
    ORDER BY points DESC, customer_id LIMIT ${limit}`.execute(db);
  return rows.rows;
}

export interface PunchReminderRow {
  punch_id: string;
  customer_id: string;
  kind: string;
  valid_until: string | null;
  remaining: number;
}

/** Punch cards ending between two days (inclusive) with uses left, soonest first. */
export async function punchCardsEnding(db: Db, from: string, to: string, limit: number): Promise<PunchReminderRow[]> {
  const rows = await sql<PunchReminderRow>`
    SELECT * FROM (
      SELECT p.id AS punch_id, p.customer_id, p.kind, p.valid_until,
        (SELECT l.balance_after FROM card_movements l
          WHERE l.customer_id = p.customer_id AND l.purse = 'punch' AND l.punch_id = p.id
          ORDER BY l.at DESC, l.id DESC LIMIT 1) AS remaining
      FROM punch_cards p
      WHERE p.valid_until IS NOT NULL AND p.valid_until >= ${from} AND p.valid_until <= ${to}
    ) WHERE remaining > 0
    ORDER BY valid_until, punch_id LIMIT ${limit}`.execute(db);
  return rows.rows;
}

/** Punch cards with one use left that have not ended by `day`, the latest to get there first. */
export async function punchCardsWithOneLeft(db: Db, day: string, limit: number): Promise<PunchReminderRow[]> {
  const rows = await sql<PunchReminderRow>`
    SELECT l.punch_id AS punch_id, l.customer_id, p.kind, p.valid_until, 1 AS remaining
    FROM card_movements l INDEXED BY card_movements_one_left
    JOIN punch_cards p ON p.id = l.punch_id
    WHERE l.purse = 'punch' AND l.balance_after = 1
      AND (p.valid_until IS NULL OR p.valid_until >= ${day})
      AND NOT EXISTS (SELECT 1 FROM card_movements n
        WHERE n.customer_id = l.customer_id AND n.purse = 'punch' AND n.punch_id = l.punch_id
          AND (n.at > l.at OR (n.at = l.at AND n.id > l.id)))
    ORDER BY l.at DESC, l.id DESC LIMIT ${limit}`.execute(db);
  return rows.rows;
}

/** The punch card, if it is this customer's. */
export async function punchCardOf(db: Db, customerId: string, punchId: string): Promise<{ id: string } | undefined> {
  return db.selectFrom('punch_cards').select('id').where('customer_id', '=', customerId).where('id', '=', punchId).executeTakeFirst();
}
