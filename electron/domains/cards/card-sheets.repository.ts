import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { idList } from '../../db/id-list';
import type { CardMovementRow, PunchCardRow } from './cards.table';

/** A page of card holders in customer id order, with their name and first phone. */
export async function cardHoldersPage(
  db: Db,
  afterId: string,
  limit: number,
): Promise<{ customer_id: string; number: string | null; joined_on: string; name: string; phone: string | null }[]> {
  const result = await sql<{ customer_id: string; number: string | null; joined_on: string; name: string; phone: string | null }>`
    SELECT k.customer_id, k.number, k.joined_on, c.name,
      (SELECT p.number FROM customer_phones p WHERE p.customer_id = k.customer_id ORDER BY p.position LIMIT 1) AS phone
    FROM member_cards k JOIN customers c ON c.id = k.customer_id
    WHERE k.customer_id > ${afterId}
    ORDER BY k.customer_id LIMIT ${limit}`.execute(db);
  return result.rows;
}

/** Each purse of these customers summed from its ledger lines: the balances the ledger says. */
export async function purseSumsOf(
  db: Db,
  customerIds: string[],
): Promise<{ customer_id: string; purse: CardMovementRow['purse']; punch_id: string | null; balance: number }[]> {
  if (customerIds.length === 0) return [];
  return db
    .selectFrom('card_movements')
    .where('customer_id', 'in', idList(customerIds))
    .groupBy(['customer_id', 'purse', 'punch_id'])
    .select((eb) => ['customer_id', 'purse', 'punch_id', eb.fn.sum<number>('delta').as('balance')])
    .execute();
}

export async function punchCardsOfMany(db: Db, customerIds: string[]): Promise<PunchCardRow[]> {
  if (customerIds.length === 0) return [];
  return db
    .selectFrom('punch_cards')
    .selectAll()
    .where('customer_id', 'in', idList(customerIds))
    .orderBy('customer_id')
    .orderBy('sold_at')
    .orderBy('id')
    .execute();
}

/** Every line of a customer's ledger, oldest first, with the diary line it wrote and the punch card it moved. */
export async function ledgerLinesOf(
  db: Db,
  customerId: string,
): Promise<(CardMovementRow & { entry_text: string | null; punch_kind: string | null })[]> {
  return db
    .selectFrom('card_movements as m')
    .leftJoin('entries as e', 'e.id', 'm.entry_id')
    .leftJoin('punch_cards as p', 'p.id', 'm.punch_id')
    .selectAll('m')
    .select(['e.text as entry_text', 'p.kind as punch_kind'])
    .where('m.customer_id', '=', customerId)
    .orderBy('m.at')
    .orderBy('m.id')
    .execute();
}
