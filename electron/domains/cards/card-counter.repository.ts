import { sql } from 'kysely';
import type { Db } from '../../db/database';

/** One purse of a card as the recall card reads it: its newest balance and its newest use. */
export interface PurseGlance {
  number: string | null;
  purse: 'points' | 'principal' | 'bonus' | 'punch';
  punch_id: string | null;
  punch_kind: string | null;
  uses: number | null;
  valid_until: string | null;
  balance: number | null;
  /** JSON of the purse's newest pay/punch/redeem line: at, id, movement id, kind, delta. */
  used: string | null;
}

/**
 * The card at a glance, in one statement on the recall card's hot path: each purse's newest line
 * and newest use, each found by walking card_movements_purse backwards from (customer, purse,
 * punch card), so a book of a million movements reads a handful of index entries, never a scan.
 * No rows: the customer has no card.
 */
export async function cardGlance(db: Db, customerId: string): Promise<PurseGlance[]> {
  return (await cardGlanceQuery(customerId).execute(db)).rows;
}

/** The statement itself, so a test can ask SQLite how it reads it. */
export function cardGlanceQuery(customerId: string) {
  return sql<PurseGlance>`
    WITH purses (purse, punch_id, punch_kind, uses, valid_until, sold_at) AS (
      SELECT 'points', NULL, NULL, NULL, NULL, '' UNION ALL
      SELECT 'principal', NULL, NULL, NULL, NULL, '' UNION ALL
      SELECT 'bonus', NULL, NULL, NULL, NULL, '' UNION ALL
      SELECT 'punch', id, kind, uses, valid_until, sold_at FROM punch_cards WHERE customer_id = ${customerId}
    )
    SELECT c.number, p.purse, p.punch_id, p.punch_kind, p.uses, p.valid_until,
      (SELECT l.balance_after FROM card_movements l INDEXED BY card_movements_purse
        WHERE l.customer_id = c.customer_id AND l.purse = p.purse AND l.punch_id IS p.punch_id
        ORDER BY l.at DESC, l.id DESC LIMIT 1) AS balance,
      (SELECT json_object('at', l.at, 'id', l.id, 'movementId', l.movement_id, 'kind', l.kind, 'delta', l.delta)
        FROM card_movements l INDEXED BY card_movements_purse
        WHERE l.customer_id = c.customer_id AND l.purse = p.purse AND l.punch_id IS p.punch_id
          AND l.kind IN ('pay', 'punch', 'redeem')
        ORDER BY l.at DESC, l.id DESC LIMIT 1) AS used
    FROM member_cards c CROSS JOIN purses p
    WHERE c.customer_id = ${customerId}
    ORDER BY p.sold_at, p.punch_id`;
}
