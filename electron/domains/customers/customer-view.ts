// How a customer reads wherever one is shown: the name to address them by, and the customer list's
// summary rows. Below every domain that shows customers, so each of them may import it.
import type { CustomerSummary } from '../../../shared/contract';
import { groupBy } from '../../../shared/domain/group-by';
import { suggestAddressAs, type UiLocale } from '../../../shared/domain/salutation';
import type { Db } from '../../db/database';
import * as repo from './customers.repository';
import type { CustomerRow } from './customers.table';

export function displayAddressAs(
  row: Pick<CustomerRow, 'name' | 'address_as' | 'gender'>,
  firstPhone: string | null,
  locale: UiLocale,
): string {
  if (row.address_as !== null) return row.address_as;
  const suggested = suggestAddressAs(row.name, row.gender, locale);
  return suggested !== '' ? suggested : (firstPhone ?? '');
}

/** Customers as the customer list and the duplicates view show them: first phone and tags included. */
export async function toSummaries(db: Db, rows: CustomerRow[], locale: UiLocale): Promise<CustomerSummary[]> {
  const ids = rows.map((r) => r.id);
  const [phones, tags, values] = await Promise.all([repo.phonesOf(db, ids), repo.tagsOf(db, ids), repo.valuesOf(db, ids)]);
  const phonesBy = groupBy(phones, (p) => p.customer_id);
  const tagsBy = groupBy(tags, (t) => t.customer_id);
  const valueBy = new Map(values.map((v) => [v.customer_id, v]));
  return rows.map((row) => {
    const phone = phonesBy.get(row.id)?.[0]?.number ?? null;
    return {
      id: row.id,
      name: row.name,
      displayAddressAs: displayAddressAs(row, phone, locale),
      phone,
      company: row.company,
      tags: (tagsBy.get(row.id) ?? []).map((t) => t.tag),
      lastVisitAt: row.last_visit_at,
      archivedAt: row.archived_at,
      responsible: row.responsible,
      tier: valueBy.get(row.id)?.tier ?? null,
      stage: valueBy.get(row.id)?.stage ?? null,
      spendInWindow: valueBy.get(row.id)?.spend_window ?? null,
    };
  });
}
