import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { insertRows } from '../../db/bulk';
import { idList } from '../../db/id-list';
import type { CardMovementRow, MemberCardRow, NewCardMovementRow, PunchCardRow } from './cards.table';

export async function findCard(db: Db, customerId: string): Promise<MemberCardRow | undefined> {
  return db.selectFrom('member_cards').selectAll().where('customer_id', '=', customerId).executeTakeFirst();
}

export async function cardWithNumber(db: Db, number: string): Promise<MemberCardRow | undefined> {
  return db.selectFrom('member_cards').selectAll().where('number', '=', number).executeTakeFirst();
}

export async function insertCard(db: Db, row: MemberCardRow): Promise<void> {
  await db.insertInto('member_cards').values(row).execute();
}

export async function punchCardsOf(db: Db, customerId: string): Promise<PunchCardRow[]> {
  return db.selectFrom('punch_cards').selectAll().where('customer_id', '=', customerId).orderBy('sold_at').orderBy('id').execute();
}

export async function insertPunchCard(db: Db, row: PunchCardRow): Promise<void> {
  await db.insertInto('punch_cards').values(row).execute();
}

export async function insertMovements(db: Db, rows: NewCardMovementRow[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('card_movements').values(rows).execute();
}

/** Each purse's sum of changes (the balance the ledger says) and the balance its newest line recorded. */
export async function purseTotals(
  db: Db,
  customerId: string,
): Promise<{ purse: CardMovementRow['purse']; punch_id: string | null; summed: number; recorded: number }[]> {
  return db
    .selectFrom('card_movements as m')
    .where('m.customer_id', '=', customerId)
    .groupBy(['m.purse', 'm.punch_id'])
    .select((eb) => [
      'm.purse',
      'm.punch_id',
      eb.fn.sum<number>('m.delta').as('summed'),
      // The newest line's balance: the latest `at`, then the latest id (ids are time-ordered).
      sql<number>`(SELECT l.balance_after FROM card_movements l
        WHERE l.customer_id = m.customer_id AND l.purse = m.purse AND l.punch_id IS m.punch_id
        ORDER BY l.at DESC, l.id DESC LIMIT 1)`.as('recorded'),
    ])
    .execute();
}

export async function movementsOf(db: Db, customerId: string, limit: number): Promise<CardMovementRow[]> {
  return db
    .selectFrom('card_movements')
    .selectAll()
    .where('customer_id', '=', customerId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** Customers whose card does not add up: a purse whose newest balance is not the sum of its lines. */
export async function cardsNotAddingUp(db: Db): Promise<{ customer_id: string; purse: string; recorded: number; summed: number }[]> {
  const rows = await sql<{ customer_id: string; purse: string; recorded: number; summed: number }>`
    WITH sums AS (
      SELECT customer_id, purse, punch_id, sum(delta) AS summed, max(at || ' ' || id) AS newest
      FROM card_movements GROUP BY customer_id, purse, punch_id
    )
    SELECT s.customer_id, s.purse, l.balance_after AS recorded, s.summed
    FROM sums s JOIN card_movements l ON l.customer_id = s.customer_id AND (l.at || ' ' || l.id) = s.newest
    WHERE l.balance_after <> s.summed`.execute(db);
  return rows.rows;
}

/** Every card row of these customers, as stored: for the JSON archive and a customer's own copy. */
export async function cardRowsOf(
  db: Db,
  customerIds: string[],
): Promise<{ cards: MemberCardRow[]; punchCards: PunchCardRow[]; movements: CardMovementRow[] }> {
  if (customerIds.length === 0) return { cards: [], punchCards: [], movements: [] };
  const [cards, punchCards, movements] = await Promise.all([
    db.selectFrom('member_cards').selectAll().where('customer_id', 'in', idList(customerIds)).execute(),
    db.selectFrom('punch_cards').selectAll().where('customer_id', 'in', idList(customerIds)).orderBy('sold_at').orderBy('id').execute(),
    db.selectFrom('card_movements').selectAll().where('customer_id', 'in', idList(customerIds)).orderBy('at').orderBy('id').execute(),
  ]);
  return { cards, punchCards, movements };
}

/** Which of these customers already hold a card in the book. */
export async function cardHolders(db: Db, customerIds: string[]): Promise<Set<string>> {
  if (customerIds.length === 0) return new Set();
  const rows = await db.selectFrom('member_cards').select('customer_id').where('customer_id', 'in', idList(customerIds)).execute();
  return new Set(rows.map((r) => r.customer_id));
}

/** An archive's cards, punch cards and ledger lines, as they were stored. */
export async function insertCardRows(
  db: Db,
  rows: { cards: MemberCardRow[]; punchCards: PunchCardRow[]; movements: CardMovementRow[] },
): Promise<void> {
  await insertRows(db, 'member_cards', rows.cards);
  await insertRows(db, 'punch_cards', rows.punchCards);
  await insertRows(db, 'card_movements', rows.movements);
}
