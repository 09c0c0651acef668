import { sql, type SelectQueryBuilder } from 'kysely';
import type { ListFilter, listSorts } from '../../../shared/contract';
import type { Stage, Tier } from '../../../shared/domain/customer-value';
import { insertRows } from '../../db/bulk';
import type { Database, Db } from '../../db/database';
import type { CustomerRow, CustomerUpdate, NewCustomerRow, PhoneRow } from './customers.table';
import { idList } from '../../db/id-list';
import { containsText } from '../../db/like';

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

export async function replacePhones(db: Db, customerId: string, phones: Omit<PhoneRow, 'customer_id' | 'position'>[]): Promise<void> {
  await db.deleteFrom('customer_phones').where('customer_id', '=', customerId).execute();
  if (phones.length === 0) return;
  await db
    .insertInto('customer_phones')
    .values(phones.map((p, position) => ({ ...p, customer_id: customerId, position })))
    .execute();
}

export async function insertPhones(db: Db, rows: PhoneRow[]): Promise<void> {
  await insertRows(db, 'customer_phones', rows);
}

export async function replaceTags(db: Db, customerId: string, tags: string[]): Promise<void> {
  await db.deleteFrom('customer_tags').where('customer_id', '=', customerId).execute();
  const unique = [...new Set(tags)];
  if (unique.length === 0) return;
  await db
    .insertInto('customer_tags')
    .values(unique.map((tag) => ({ customer_id: customerId, tag })))
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

export interface ListQuery {
  query: string;
  includeArchived: boolean;
  limit: number;
  offset: number;
  filter: ListFilter;
  sort: (typeof listSorts)[number];
  /** Instants for the "seen within" and "not seen for" filters, worked out from the shop's today. */
  seenSince?: string;
  notSeenSince?: string;
}

/**
 * The customer list: most recently seen first (or by name, spend over the value window, visits).
 * The text filter is a plain substring match on name, company and phone digits (the instant
 * lookup is its own index); the rest narrow by the book's values, tags, visits and birthdays.
 */
export async function listCustomers(db: Db, list: ListQuery): Promise<{ rows: CustomerRow[]; total: number }> {
  const { filter } = list;
  // No join: the book's values narrow through subqueries, so a page sorted by last seen, name or
  // visits is a range of one of the live-customer indexes (0009_list_indexes) and stops early.
  let base = db.selectFrom('customers');
  if (!list.includeArchived) base = base.where('customers.archived_at', 'is', null);
  const query = list.query.trim();
  if (query !== '') {
    const digits = query.replace(/\D+/g, '');
    base = base.where((eb) =>
      eb.or([
        containsText(eb.ref('customers.name'), query),
        containsText(eb.ref('customers.address_as'), query),
        containsText(eb.ref('customers.company'), query),
        ...(digits.length >= 3
          ? [
              eb.exists(
                eb
                  .selectFrom('customer_phones')
                  .select('customer_phones.customer_id')
                  .whereRef('customer_phones.customer_id', '=', 'customers.id')
                  .where('customer_phones.digits', 'like', `%${digits}%`),
              ),
            ]
          : []),
      ]),
    );
  }
  const valued = (narrow: (values: ValueQuery) => ValueQuery) =>
    base.where('customers.id', 'in', narrow(db.selectFrom('customer_value as v').select('v.customer_id')));
  const { tiers, stages, minSpend } = filter;
  if (tiers !== undefined && tiers.length > 0) base = valued((v) => v.where('v.tier', 'in', idList(tiers)));
  if (stages !== undefined && stages.length > 0) base = valued((v) => v.where('v.stage', 'in', idList(stages)));
  if (minSpend !== undefined) base = valued((v) => v.where('v.spend_window', '>=', minSpend));
  if (list.seenSince !== undefined) base = base.where('customers.last_visit_at', '>=', list.seenSince);
  const notSeenSince = list.notSeenSince;
  if (notSeenSince !== undefined)
    base = base.where((eb) => eb.or([eb('customers.last_visit_at', 'is', null), eb('customers.last_visit_at', '<', notSeenSince)]));
  const tag = filter.tag;
  if (tag !== undefined)
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('customer_tags')
          .select('customer_tags.customer_id')
          .whereRef('customer_tags.customer_id', '=', 'customers.id')
          // vip finds VIP: a tag is matched whatever its (Latin) case.
          .where(sql`customer_tags.tag`, '=', sql`${tag} COLLATE NOCASE`),
      ),
    );
  const month = filter.birthdayMonth;
  if (month !== undefined)
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('important_dates')
          .select('important_dates.customer_id')
          .whereRef('important_dates.customer_id', '=', 'customers.id')
          .where('important_dates.kind', '=', 'birthday')
          .where('important_dates.person_id', 'is', null)
          .where('important_dates.month', '=', month),
      ),
    );
  const countRow = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const selected = base.selectAll('customers');
  const sorted =
    list.sort === 'name'
      ? selected.orderBy('customers.name').orderBy('customers.id')
      : list.sort === 'spend'
        ? selected
            .orderBy(
              (eb) =>
                eb.fn.coalesce(
                  eb.selectFrom('customer_value as v').select('v.spend_window').whereRef('v.customer_id', '=', 'customers.id'),
                  eb.lit(0),
                ),
              'desc',
            )
            .orderBy('customers.id', 'desc')
        : list.sort === 'visits'
          ? selected.orderBy('customers.visit_count', 'desc').orderBy('customers.id', 'desc')
          : selected
              .orderBy((eb) => eb.fn.coalesce('customers.last_visit_at', 'customers.created_at'), 'desc')
              .orderBy('customers.id', 'desc');
  const rows = await sorted.limit(list.limit).offset(list.offset).execute();
  return { rows, total: Number(countRow.n) };
}

type ValueQuery = SelectQueryBuilder<Database & { v: Database['customer_value'] }, 'v', { customer_id: string }>;

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
