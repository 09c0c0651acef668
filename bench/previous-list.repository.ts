import { sql, type SelectQueryBuilder } from 'kysely';
import type { Database, Db } from '../electron/db/database';
import { idList } from '../electron/db/id-list';
import { containsText } from '../electron/db/like';
import type { CustomerRow } from '../electron/domains/customers/customers.table';
import type { ListQuery } from '../electron/domains/customers/customer-list.repository';

// The customer list's query before 0010_list_filters, kept for the bench (each page's figure is
// printed beside this one's, measured in the same run) and for the test that the list returns
// exactly what it returned. The app does not use it.

/**
 * The customer list: most recently seen first (or by name, spend over the value window, visits).
 * The text filter is a plain substring match on name, company and phone digits (the instant
 * lookup is its own index); the rest narrow by the book's values, tags, visits and birthdays.
 */
export async function previousListCustomers(db: Db, list: ListQuery): Promise<{ rows: CustomerRow[]; total: number }> {
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
  // Not a filter of the previous list: the same condition, so both lists answer alike.
  const responsible = filter.responsible;
  if (responsible !== undefined) base = base.where('customers.responsible', '=', responsible);
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
