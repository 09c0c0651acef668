import { insertRows } from '../../db/bulk';
import type { Db } from '../../db/database';
import { visitKinds } from '../../../shared/domain/entry-kinds';
import type { EntryDetailsRow, EntryRow, EntryUpdate, NewEntryRow, NewPurchaseLineRow, PurchaseLineRow } from './entries.table';
import { idList } from '../../db/id-list';

export async function insertEntry(db: Db, row: NewEntryRow): Promise<void> {
  await db.insertInto('entries').values(row).execute();
}

export async function insertEntries(db: Db, rows: NewEntryRow[]): Promise<void> {
  await insertRows(db, 'entries', rows);
}

export async function updateEntry(db: Db, id: string, update: EntryUpdate): Promise<void> {
  await db.updateTable('entries').set(update).where('id', '=', id).execute();
}

export async function findEntry(db: Db, id: string): Promise<EntryRow | undefined> {
  return db.selectFrom('entries').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertLines(db: Db, rows: NewPurchaseLineRow[]): Promise<void> {
  await insertRows(db, 'purchase_lines', rows);
}

export async function deleteLinesOf(db: Db, entryId: string): Promise<void> {
  await db.deleteFrom('purchase_lines').where('entry_id', '=', entryId).execute();
}

export async function linesOf(db: Db, entryIds: string[]): Promise<PurchaseLineRow[]> {
  if (entryIds.length === 0) return [];
  return db
    .selectFrom('purchase_lines')
    .selectAll()
    .where('entry_id', 'in', idList(entryIds))
    .orderBy('entry_id')
    .orderBy('position')
    .execute();
}

/** Keyset paging on (occurred_at, id), newest first; stable while entries are added. */
export async function timeline(
  db: Db,
  customerId: string,
  limit: number,
  before: { occurredAt: string; id: string } | null,
): Promise<EntryRow[]> {
  let query = db.selectFrom('entries').selectAll().where('customer_id', '=', customerId).where('deleted_at', 'is', null);
  if (before !== null) {
    query = query.where((eb) =>
      eb.or([eb('occurred_at', '<', before.occurredAt), eb.and([eb('occurred_at', '=', before.occurredAt), eb('id', '<', before.id)])]),
    );
  }
  return query.orderBy('occurred_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export async function trashOf(db: Db, customerId: string): Promise<EntryRow[]> {
  return db
    .selectFrom('entries')
    .selectAll()
    .where('customer_id', '=', customerId)
    .where('deleted_at', 'is not', null)
    .orderBy('deleted_at', 'desc')
    .limit(200)
    .execute();
}

export interface VisitStats {
  count: number;
  first: string | null;
  last: string | null;
}

export async function visitStats(db: Db, customerId: string): Promise<VisitStats> {
  const row = await db
    .selectFrom('entries')
    .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.min('occurred_at').as('first'), eb.fn.max('occurred_at').as('last')])
    .where('customer_id', '=', customerId)
    .where('deleted_at', 'is', null)
    .where('kind', 'in', [...visitKinds])
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), first: row.first ?? null, last: row.last ?? null };
}

export async function latestEntry(db: Db, customerId: string, kind?: string): Promise<EntryRow | undefined> {
  let query = db.selectFrom('entries').selectAll().where('customer_id', '=', customerId).where('deleted_at', 'is', null);
  if (kind !== undefined) query = query.where('kind', '=', kind);
  return query.orderBy('occurred_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
}

/** Whether the customer's diary already holds these exact words (trashed entries count: they were written). */
export async function hasEntryText(db: Db, customerId: string, text: string): Promise<boolean> {
  const row = await db
    .selectFrom('entries')
    .select('id')
    .where('customer_id', '=', customerId)
    .where('text', '=', text)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The latest entries with words in them, newest first, for the recall card's "last diary line". */
export async function latestWrittenEntries(db: Db, customerId: string, limit: number): Promise<EntryRow[]> {
  return db
    .selectFrom('entries')
    .selectAll()
    .where('customer_id', '=', customerId)
    .where('deleted_at', 'is', null)
    .where('text', '!=', '')
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function findEntries(db: Db, ids: string[]): Promise<EntryRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('entries').selectAll().where('id', 'in', idList(ids)).execute();
}

/** Every purchase line of a customer's live purchases, newest first (bounded). */
export async function purchasedBy(
  db: Db,
  customerId: string,
  limit: number,
): Promise<{ entry_id: string; occurred_at: string; item: string; colour: string | null; size: string | null }[]> {
  return db
    .selectFrom('purchase_lines')
    .innerJoin('entries', 'entries.id', 'purchase_lines.entry_id')
    .select(['purchase_lines.entry_id', 'entries.occurred_at', 'purchase_lines.item', 'purchase_lines.colour', 'purchase_lines.size'])
    .where('entries.customer_id', '=', customerId)
    .where('entries.deleted_at', 'is', null)
    .where('entries.kind', '=', 'purchase')
    .orderBy('entries.occurred_at', 'desc')
    .orderBy('purchase_lines.position')
    .limit(limit)
    .execute();
}

/** The latest live purchase of each given customer, in one query. */
export async function latestPurchases(db: Db, customerIds: string[]): Promise<EntryRow[]> {
  if (customerIds.length === 0) return [];
  return db
    .selectFrom('entries as e')
    .selectAll('e')
    .where('e.customer_id', 'in', idList(customerIds))
    .where('e.kind', '=', 'purchase')
    .where('e.deleted_at', 'is', null)
    .where(({ eb, selectFrom, not, exists }) =>
      not(
        exists(
          selectFrom('entries as later')
            .select('later.id')
            .whereRef('later.customer_id', '=', 'e.customer_id')
            .where('later.kind', '=', 'purchase')
            .where('later.deleted_at', 'is', null)
            .where((inner) =>
              inner.or([
                inner('later.occurred_at', '>', eb.ref('e.occurred_at')),
                inner.and([inner('later.occurred_at', '=', eb.ref('e.occurred_at')), inner('later.id', '>', eb.ref('e.id'))]),
              ]),
            ),
        ),
      ),
    )
    .execute();
}

export async function detailsOf(db: Db, entryIds: string[]): Promise<EntryDetailsRow[]> {
  if (entryIds.length === 0) return [];
  return db.selectFrom('entry_details').selectAll().where('entry_id', 'in', idList(entryIds)).execute();
}

export async function writeDetails(db: Db, row: EntryDetailsRow): Promise<void> {
  const { entry_id: _id, ...rest } = row;
  await db
    .insertInto('entry_details')
    .values(row)
    .onConflict((oc) => oc.column('entry_id').doUpdateSet(rest))
    .execute();
}

export async function deleteDetails(db: Db, entryId: string): Promise<void> {
  await db.deleteFrom('entry_details').where('entry_id', '=', entryId).execute();
}

/** The instants of a customer's live visits, oldest first, for the usual interval between them. */
export async function allVisitInstants(db: Db, kinds: readonly string[]): Promise<{ customer_id: string; occurred_at: string }[]> {
  return db
    .selectFrom('entries')
    .select(['customer_id', 'occurred_at'])
    .where('deleted_at', 'is', null)
    .where('kind', 'in', [...kinds])
    .orderBy('customer_id')
    .orderBy('occurred_at')
    .execute();
}

export async function visitInstants(db: Db, customerId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('entries')
    .select('occurred_at')
    .where('customer_id', '=', customerId)
    .where('deleted_at', 'is', null)
    .where('kind', 'in', [...visitKinds])
    .orderBy('occurred_at')
    .execute();
  return rows.map((r) => r.occurred_at);
}

export async function giftsOf(
  db: Db,
  customerId: string,
): Promise<{ entry_id: string; occurred_at: string; gift_item: string | null; gift_occasion: string | null }[]> {
  return db
    .selectFrom('entry_details')
    .innerJoin('entries', 'entries.id', 'entry_details.entry_id')
    .select(['entry_details.entry_id', 'entries.occurred_at', 'entry_details.gift_item', 'entry_details.gift_occasion'])
    .where('entries.customer_id', '=', customerId)
    .where('entries.kind', '=', 'gift')
    .where('entries.deleted_at', 'is', null)
    .orderBy('entries.occurred_at', 'desc')
    .limit(500)
    .execute();
}

/** Every entry of the given customers, trash included (for the full archive). */
export async function entriesOfMany(db: Db, customerIds: string[]): Promise<EntryRow[]> {
  if (customerIds.length === 0) return [];
  return db
    .selectFrom('entries')
    .selectAll()
    .where('customer_id', 'in', idList(customerIds))
    .orderBy('occurred_at')
    .orderBy('id')
    .execute();
}

export async function insertDetailsMany(db: Db, rows: EntryDetailsRow[]): Promise<void> {
  await insertRows(db, 'entry_details', rows);
}
