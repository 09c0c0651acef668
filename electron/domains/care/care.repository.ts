import { sql } from 'kysely';
import { insertRows } from '../../db/bulk';
import type { Db } from '../../db/database';
import type { ImportantDateRow, KeyPersonRow, NewImportantDateRow, NewKeyPersonRow } from './care.table';
import { idList } from '../../db/id-list';

export async function upsertPerson(db: Db, row: NewKeyPersonRow): Promise<void> {
  const { id: _id, created_at: _created, ...rest } = row;
  await db
    .insertInto('key_people')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet(rest))
    .execute();
}

export async function findPerson(db: Db, id: string): Promise<KeyPersonRow | undefined> {
  return db.selectFrom('key_people').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deletePerson(db: Db, id: string): Promise<void> {
  await db.deleteFrom('key_people').where('id', '=', id).execute();
}

export async function peopleOf(db: Db, customerId: string): Promise<KeyPersonRow[]> {
  return db.selectFrom('key_people').selectAll().where('customer_id', '=', customerId).orderBy('created_at').orderBy('id').execute();
}

export async function peopleByIds(db: Db, ids: string[]): Promise<KeyPersonRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('key_people').selectAll().where('id', 'in', idList(ids)).execute();
}

export async function upsertDate(db: Db, row: NewImportantDateRow): Promise<void> {
  const { id: _id, created_at: _created, ...rest } = row;
  await db
    .insertInto('important_dates')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet(rest))
    .execute();
}

export async function findDate(db: Db, id: string): Promise<ImportantDateRow | undefined> {
  return db.selectFrom('important_dates').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deleteDate(db: Db, id: string): Promise<void> {
  await db.deleteFrom('important_dates').where('id', '=', id).execute();
}

export async function datesOf(db: Db, customerId: string): Promise<ImportantDateRow[]> {
  return db.selectFrom('important_dates').selectAll().where('customer_id', '=', customerId).execute();
}

/** Dates of live customers whose month and day (as month*100+day) are among the candidates. */
export async function datesOnMonthDays(db: Db, solar: number[], lunar: number[]): Promise<ImportantDateRow[]> {
  if (solar.length === 0 && lunar.length === 0) return [];
  return db
    .selectFrom('important_dates as d')
    .innerJoin('customers as c', 'c.id', 'd.customer_id')
    .selectAll('d')
    .where('c.archived_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb.and([eb('d.calendar', '=', 'solar'), eb(sql<number>`d.month * 100 + d.day`, 'in', solar.length > 0 ? solar : [-1])]),
        eb.and([eb('d.calendar', '=', 'lunar'), eb(sql<number>`d.month * 100 + d.day`, 'in', lunar.length > 0 ? lunar : [-1])]),
      ]),
    )
    .execute();
}

export interface DueRow {
  entry_id: string;
  customer_id: string;
  kind: string;
  text: string;
  occurred_at: string;
  follow_up_on: string | null;
  promise_due: string | null;
  resolved_on: string | null;
}

function dueBase(db: Db) {
  return db
    .selectFrom('entry_details as x')
    .innerJoin('entries as e', 'e.id', 'x.entry_id')
    .innerJoin('customers as c', 'c.id', 'e.customer_id')
    .select(['x.entry_id', 'e.customer_id', 'e.kind', 'e.text', 'e.occurred_at', 'x.follow_up_on', 'x.promise_due', 'x.resolved_on'])
    .where('e.deleted_at', 'is', null)
    .where('c.archived_at', 'is', null);
}

export async function followUpsDue(db: Db, day: string, limit: number): Promise<DueRow[]> {
  return dueBase(db)
    .where('x.follow_up_on', '<=', day)
    .where('x.follow_up_done_at', 'is', null)
    .orderBy('x.follow_up_on')
    .limit(limit)
    .execute();
}

export async function promisesDue(db: Db, day: string, limit: number): Promise<DueRow[]> {
  return dueBase(db)
    .where('x.promise_status', '=', 'open')
    .where('x.promise_due', '<=', day)
    .orderBy('x.promise_due')
    .limit(limit)
    .execute();
}

/** Complaints without a resolution yet; a complaint may have no structured part at all. */
export async function openComplaints(db: Db, limit: number, customerId?: string): Promise<DueRow[]> {
  let query = db
    .selectFrom('entries as e')
    .leftJoin('entry_details as x', 'x.entry_id', 'e.id')
    .innerJoin('customers as c', 'c.id', 'e.customer_id')
    .select(['e.id as entry_id', 'e.customer_id', 'e.kind', 'e.text', 'e.occurred_at', 'x.follow_up_on', 'x.promise_due', 'x.resolved_on'])
    .where('e.deleted_at', 'is', null)
    .where('c.archived_at', 'is', null)
    .where('e.kind', '=', 'complaint')
    .where('x.resolved_on', 'is', null);
  if (customerId !== undefined) query = query.where('e.customer_id', '=', customerId);
  return query.orderBy('e.occurred_at').limit(limit).execute();
}

export async function openPromisesOf(db: Db, customerId: string): Promise<DueRow[]> {
  return dueBase(db)
    .where('e.customer_id', '=', customerId)
    .where('x.promise_status', '=', 'open')
    .orderBy('x.promise_due')
    .limit(50)
    .execute();
}

export async function setFollowUpDone(db: Db, entryId: string, at: string): Promise<void> {
  await db.updateTable('entry_details').set({ follow_up_done_at: at }).where('entry_id', '=', entryId).execute();
}

export async function setPromiseStatus(db: Db, entryId: string, status: 'kept' | 'broken'): Promise<void> {
  await db.updateTable('entry_details').set({ promise_status: status }).where('entry_id', '=', entryId).execute();
}

export interface DriftRow {
  id: string;
  last_visit_at: string;
  visit_count: number;
  median_gap_days: number;
  days_away: number;
}

/** Regulars (3+ visits) away for more than twice their own usual interval, and at least 30 days. */
export async function drifting(db: Db, day: string, limit: number): Promise<DriftRow[]> {
  const result = await sql<DriftRow>`
    SELECT id, last_visit_at, visit_count, median_gap_days,
           CAST(julianday(${day}) - julianday(substr(last_visit_at, 1, 10)) AS INTEGER) AS days_away
    FROM customers
    WHERE archived_at IS NULL AND visit_count >= 3 AND median_gap_days IS NOT NULL AND last_visit_at IS NOT NULL
      AND julianday(${day}) - julianday(substr(last_visit_at, 1, 10)) > MAX(2 * median_gap_days, 30)
    ORDER BY (julianday(${day}) - julianday(substr(last_visit_at, 1, 10))) / MAX(median_gap_days, 1) DESC
    LIMIT ${limit}`.execute(db);
  return result.rows;
}

/** The latest time each customer was reached or seen (calls, messages, gifts, visits, purchases, services). */
export async function lastContacts(db: Db, customerIds: string[]): Promise<Map<string, string>> {
  if (customerIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('entries')
    .select(['customer_id', (eb) => eb.fn.max('occurred_at').as('last')])
    .where('customer_id', 'in', idList(customerIds))
    .where('deleted_at', 'is', null)
    .where('kind', 'in', ['call', 'message', 'gift', 'visit', 'purchase', 'service'])
    .groupBy('customer_id')
    .execute();
  return new Map(rows.map((r) => [r.customer_id, r.last]));
}

export interface ReferralRow {
  id: string;
  name: string;
  created_at: string;
  spent_minor: number | null;
  currency: string | null;
}

export async function referralsOf(db: Db, customerId: string): Promise<ReferralRow[]> {
  const result = await sql<ReferralRow>`
    SELECT c.id, c.name, c.created_at,
      (SELECT SUM(l.amount_minor) FROM entries e JOIN purchase_lines l ON l.entry_id = e.id
        WHERE e.customer_id = c.id AND e.deleted_at IS NULL AND e.kind = 'purchase') AS spent_minor,
      (SELECT l.currency FROM entries e JOIN purchase_lines l ON l.entry_id = e.id
        WHERE e.customer_id = c.id AND e.deleted_at IS NULL AND e.kind = 'purchase' LIMIT 1) AS currency
    FROM customers c WHERE c.referred_by = ${customerId} ORDER BY c.created_at`.execute(db);
  return result.rows;
}

/** Every live visit instant, grouped by customer in order, for rebuilding visit statistics. */
export async function peopleOfMany(db: Db, customerIds: string[]): Promise<KeyPersonRow[]> {
  if (customerIds.length === 0) return [];
  return db
    .selectFrom('key_people')
    .selectAll()
    .where('customer_id', 'in', idList(customerIds))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function datesOfMany(db: Db, customerIds: string[]): Promise<ImportantDateRow[]> {
  if (customerIds.length === 0) return [];
  return db.selectFrom('important_dates').selectAll().where('customer_id', 'in', idList(customerIds)).orderBy('id').execute();
}

export async function insertPeople(db: Db, rows: NewKeyPersonRow[]): Promise<void> {
  await insertRows(db, 'key_people', rows);
}

export async function insertDates(db: Db, rows: NewImportantDateRow[]): Promise<void> {
  await insertRows(db, 'important_dates', rows);
}
