import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { idList } from '../../db/id-list';
import type { ArchiveCustomer } from '../../../shared/contract/archive.schema';
import { insertGreetingRows } from '../greetings/greetings.repository';
import type { ColumnChange, MergeUndo } from './merge-undo';

/** Puts back each survivor column the merge set, unless it was changed since (then the later change stands). */
export async function restoreColumns(db: Db, customerId: string, changes: readonly ColumnChange[]): Promise<void> {
  for (const c of changes) {
    await sql`UPDATE customers SET ${sql.ref(c.column)} = ${c.before}
      WHERE id = ${customerId} AND ${sql.ref(c.column)} IS ${c.after}`.execute(db);
  }
}

/** Rows among `ids` whose `column` the merge pointed from `otherId` to `survivorId` point to `otherId` again. */
async function pointBack(
  db: Db,
  table: 'customers' | 'key_people',
  column: 'referred_by' | 'linked_customer_id',
  ids: readonly string[],
  survivorId: string,
  otherId: string,
): Promise<void> {
  if (ids.length === 0) return;
  await sql`UPDATE ${sql.table(table)} SET ${sql.ref(column)} = ${otherId}
    WHERE id IN ${idList([...ids])} AND ${sql.ref(column)} = ${survivorId}`.execute(db);
}

/** Moves the rows the merge moved back to the customer they came from (those still with the survivor). */
export async function moveBack(db: Db, moved: MergeUndo['moved'], survivorId: string, otherId: string): Promise<void> {
  const back = async (table: 'entries' | 'preferences' | 'key_people' | 'care_marks', ids: string[]) => {
    if (ids.length === 0) return;
    await db
      .updateTable(table)
      .set({ customer_id: otherId })
      .where('id', 'in', idList(ids))
      .where('customer_id', '=', survivorId)
      .execute();
  };
  await back('entries', moved.entries);
  if (moved.entries.length > 0)
    await db.updateTable('entry_docs').set({ customer_id: otherId }).where('entry_id', 'in', idList(moved.entries)).execute();
  await back('preferences', moved.preferences);
  await back('key_people', moved.people);
  await back('care_marks', moved.careMarks ?? []);
  if ((moved.greetings ?? []).length > 0)
    await db
      .updateTable('greetings')
      .set({ customer_id: otherId })
      .where('id', 'in', idList(moved.greetings ?? []))
      .where('customer_id', '=', survivorId)
      .execute();
  await sql`UPDATE important_dates SET customer_id = ${otherId},
      person_id = (SELECT m.value ->> '$.person_id' FROM json_each(${JSON.stringify(moved.dates)}) m WHERE m.value ->> '$.id' = important_dates.id)
    WHERE customer_id = ${survivorId} AND id IN (SELECT value ->> '$.id' FROM json_each(${JSON.stringify(moved.dates)}))`.execute(db);
  await pointBack(db, 'customers', 'referred_by', moved.referrals, survivorId, otherId);
  await pointBack(db, 'key_people', 'linked_customer_id', moved.linkedToOther, survivorId, otherId);
  for (const link of moved.selfLinks)
    await db
      .updateTable('key_people')
      .set({ linked_customer_id: link.linked })
      .where('id', '=', link.id)
      .where('linked_customer_id', 'is', null)
      .execute();
}

/** The kept-apart marks as they were: the survivor's gained pairs go, the other's come back. */
export async function restoreKeptApart(db: Db, undo: MergeUndo, survivorId: string, otherId: string): Promise<void> {
  if (undo.addedPairs.length > 0)
    await sql`DELETE FROM kept_apart WHERE (first_id = ${survivorId} AND second_id IN ${idList(undo.addedPairs)})
      OR (second_id = ${survivorId} AND first_id IN ${idList(undo.addedPairs)})`.execute(db);
  await sql`INSERT OR IGNORE INTO kept_apart (first_id, second_id, created_at)
    SELECT min(${otherId}, value ->> '$.with'), max(${otherId}, value ->> '$.with'), value ->> '$.created_at'
    FROM json_each(${JSON.stringify(undo.moved.keptApart)})
    WHERE EXISTS (SELECT 1 FROM customers WHERE id = value ->> '$.with')`.execute(db);
}

/** A folded date's year, filled in from the other's, is taken off again unless changed since. */
export async function unfillYears(db: Db, folds: MergeUndo['folds']['dates']): Promise<void> {
  for (const d of folds)
    if (d.fillYear !== null)
      await db.updateTable('important_dates').set({ year: null }).where('id', '=', d.into).where('year', '=', d.fillYear).execute();
}

/** Which of these customers are in the book. */
export async function existingCustomers(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('customers')
    .select('id')
    .where('id', 'in', idList([...ids]))
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function trashEntry(db: Db, entryId: string, at: string): Promise<void> {
  await db
    .updateTable('entries')
    .set({ deleted_at: at, updated_at: at })
    .where('id', '=', entryId)
    .where('deleted_at', 'is', null)
    .execute();
}

/**
 * The other's greetings that stayed with them (a batch both were in) come back from the undo
 * record, as do their no-marketing choice; the survivor's choice is what it was before the merge.
 */
export async function restoreGreetings(db: Db, undo: MergeUndo, record: ArchiveCustomer, survivorId: string): Promise<void> {
  await insertGreetingRows(db, {
    choices: record.greetingChoice === null ? [] : [record.greetingChoice],
    batches: [],
    greetings: record.greetings,
  });
  const before = undo.moved.marketing?.survivor;
  if (undo.moved.marketing === undefined || before === 1) return;
  if (before === null || before === undefined) await db.deleteFrom('greeting_choices').where('customer_id', '=', survivorId).execute();
  else await db.updateTable('greeting_choices').set({ no_marketing: before }).where('customer_id', '=', survivorId).execute();
}
