import type { Db } from '../../db/database';
import { idList } from '../../db/id-list';

/** The cards these customers hold, each with whether its ledger has any line (for an import's opening balances). */
export async function cardsWithLedger(
  db: Db,
  customerIds: readonly string[],
): Promise<{ customer_id: string; number: string | null; moved: number }[]> {
  if (customerIds.length === 0) return [];
  return db
    .selectFrom('member_cards as c')
    .where('c.customer_id', 'in', idList(customerIds))
    .select((eb) => [
      'c.customer_id',
      'c.number',
      eb.exists(eb.selectFrom('card_movements as m').select('m.id').whereRef('m.customer_id', '=', 'c.customer_id')).as('moved'),
    ])
    .execute()
    .then((rows) => rows.map((r) => ({ customer_id: r.customer_id, number: r.number, moved: Number(r.moved) })));
}

/** Who holds each of these card numbers. */
export async function holdersOfNumbers(db: Db, numbers: readonly string[]): Promise<Map<string, string>> {
  if (numbers.length === 0) return new Map();
  const rows = await db.selectFrom('member_cards').select(['number', 'customer_id']).where('number', 'in', idList(numbers)).execute();
  return new Map(rows.flatMap((r) => (r.number === null ? [] : [[r.number, r.customer_id] as const])));
}

/** Gives a card its number (a card's number and join day are its only changeable facts; its ledger never changes). */
export async function setCardNumber(db: Db, customerId: string, number: string | null): Promise<void> {
  await db.updateTable('member_cards').set({ number }).where('customer_id', '=', customerId).execute();
}

export async function setCardJoinedOn(db: Db, customerId: string, joinedOn: string): Promise<void> {
  await db.updateTable('member_cards').set({ joined_on: joinedOn }).where('customer_id', '=', customerId).execute();
}

export async function deleteCard(db: Db, customerId: string): Promise<void> {
  await db.deleteFrom('member_cards').where('customer_id', '=', customerId).execute();
}
