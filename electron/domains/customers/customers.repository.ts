import type { Stage, Tier } from '../../../shared/domain/customer-value';
import { insertRows } from '../../db/bulk';
import type { Db } from '../../db/database';
import type { CustomerRow, CustomerUpdate, NewCustomerRow, PhoneRow } from './customers.table';
import { idList } from '../../db/id-list';

export async function insertCustomer(db: Db, row: NewCustomerRow): Promise<void> {
  await db.insertInto('customers').values(row).execute();
}

export async function insertCustomers(db: Db, rows: NewCustomerRow[]): Promise<void> {
  await insertRows(db, 'customers', rows);
}

export async function updateCustomer(db: Db, id: string, update: CustomerUpdate): Promise<void> {
  await db.updateTable('customers').set(update).where('id', '=', id).execute();
}

export async function findCustomer(db: Db, id: string): Promise<CustomerRow | undefined> {
  return db.selectFrom('customers').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Makes the customer's phones these, in order, touching only the rows that change: a book that
 * syncs stamps each phone it writes, and an unchanged phone rewritten would look like a new change
 * and win over another counter's real one.
 */
export async function replacePhones(db: Db, customerId: string, phones: Omit<PhoneRow, 'customer_id' | 'position'>[]): Promise<void> {
  const held = await db.selectFrom('customer_phones').selectAll().where('customer_id', '=', customerId).execute();
  const at = new Map(held.map((p) => [p.position, p]));
  for (const [position, p] of phones.entries()) {
    const old = at.get(position);
    if (old === undefined)
      await db
        .insertInto('customer_phones')
        .values({ ...p, customer_id: customerId, position })
        .execute();
    else if (old.label !== p.label || old.number !== p.number || old.digits !== p.digits)
      await db
        .updateTable('customer_phones')
        .set({ label: p.label, number: p.number, digits: p.digits })
        .where('customer_id', '=', customerId)
        .where('position', '=', position)
        .execute();
  }
  if (held.length > phones.length)
    await db.deleteFrom('customer_phones').where('customer_id', '=', customerId).where('position', '>=', phones.length).execute();
}

export async function insertPhones(db: Db, rows: PhoneRow[]): Promise<void> {
  await insertRows(db, 'customer_phones', rows);
}

/** Makes the customer's tags these, adding and removing only what differs (see replacePhones). */
export async function replaceTags(db: Db, customerId: string, tags: string[]): Promise<void> {
  const unique = [...new Set(tags)];
  const held = new Set(
    (await db.selectFrom('customer_tags').select('tag').where('customer_id', '=', customerId).execute()).map((t) => t.tag),
  );
  const gone = [...held].filter((t) => !unique.includes(t));
  if (gone.length > 0)
    await db.deleteFrom('customer_tags').where('customer_id', '=', customerId).where('tag', 'in', idList(gone)).execute();
  const added = unique.filter((t) => !held.has(t));
  if (added.length === 0) return;
  await db
    .insertInto('customer_tags')
    .values(added.map((tag) => ({ customer_id: customerId, tag })))
    .execute();
}

export async function phonesOf(db: Db, customerIds: string[]): Promise<PhoneRow[]> {
  if (customerIds.length === 0) return [];
  return db.selectFrom('customer_phones').selectAll().where('customer_id', 'in', idList(customerIds)).orderBy('position').execute();
}

export async function tagsOf(db: Db, customerIds: string[]): Promise<{ customer_id: string; tag: string }[]> {
  if (customerIds.length === 0) return [];
  return db.selectFrom('customer_tags').selectAll().where('customer_id', 'in', idList(customerIds)).orderBy('tag').execute();
}

/** The tier, stage and spend the book's values give these customers. */
export async function valuesOf(
  db: Db,
  ids: readonly string[],
): Promise<{ customer_id: string; tier: Tier; stage: Stage; spend_window: number }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('customer_value')
    .select(['customer_id', 'tier', 'stage', 'spend_window'])
    .where('customer_id', 'in', idList([...ids]))
    .execute();
}

export async function setLastVisit(db: Db, customerId: string, lastVisitAt: string | null): Promise<void> {
  await db.updateTable('customers').set({ last_visit_at: lastVisitAt }).where('id', '=', customerId).execute();
}

export async function insertTags(db: Db, rows: { customer_id: string; tag: string }[]): Promise<void> {
  await insertRows(db, 'customer_tags', rows);
}

export async function countCustomers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('customers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findCustomers(db: Db, ids: string[]): Promise<CustomerRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('customers').selectAll().where('id', 'in', idList(ids)).execute();
}

export async function setVisitStats(
  db: Db,
  customerId: string,
  stats: { last: string | null; count: number; medianGapDays: number | null },
): Promise<void> {
  await db
    .updateTable('customers')
    .set({ last_visit_at: stats.last, visit_count: stats.count, median_gap_days: stats.medianGapDays })
    .where('id', '=', customerId)
    .execute();
}

export async function customerIdsPage(db: Db, afterId: string, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('customers').select('id').where('id', '>', afterId).orderBy('id').limit(limit).execute();
  return rows.map((r) => r.id);
}

/** Deletes a customer for good; their rows in other tables go by ON DELETE CASCADE / SET NULL. */
export async function deleteCustomer(db: Db, id: string): Promise<void> {
  await db.deleteFrom('customers').where('id', '=', id).execute();
}

export async function resetVisitStats(db: Db): Promise<void> {
  await db.updateTable('customers').set({ last_visit_at: null, visit_count: 0, median_gap_days: null }).execute();
}

/** Every name customers are looked after by, each once, in name order (read from its index). */
export async function responsibleNames(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('customers')
    .select('responsible')
    .distinct()
    .where('responsible', 'is not', null)
    .orderBy('responsible')
    .execute();
  return rows.flatMap((r) => (r.responsible === null ? [] : [r.responsible]));
}

/** Hands every customer looked after by `from` to `to` (a staff member renamed); how many. */
export async function renameResponsible(db: Db, from: string, to: string, at: string): Promise<number> {
  const result = await db
    .updateTable('customers')
    .set({ responsible: to, updated_at: at })
    .where('responsible', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
