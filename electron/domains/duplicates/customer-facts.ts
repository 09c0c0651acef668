import type { CustomerFacts } from '../../../shared/contract';
import type { UiLocale } from '../../../shared/domain/salutation';
import type { Db } from '../../db/database';
import { findCustomers } from '../customers/customers.repository';
import { toSummaries } from '../customers/customer-view';
import { factsOf } from './customer-facts.repository';

/** Customers with their visits, spend, first-seen date and diary size, in the order of `ids`. */
export async function customerFacts(db: Db, ids: readonly string[], locale: UiLocale): Promise<CustomerFacts[]> {
  const rows = await findCustomers(db, [...ids]);
  const [summaries, facts] = await Promise.all([toSummaries(db, rows, locale), factsOf(db, ids)]);
  const rowBy = new Map(rows.map((r) => [r.id, r]));
  const factsBy = new Map(facts.map((f) => [f.id, f]));
  const summaryBy = new Map(summaries.map((s) => [s.id, s]));
  return ids.flatMap((id) => {
    const row = rowBy.get(id);
    const summary = summaryBy.get(id);
    if (row === undefined || summary === undefined) return [];
    const f = factsBy.get(id);
    const firstVisit = f?.first_visit_at ?? null;
    return [
      {
        ...summary,
        gender: row.gender,
        visitCount: row.visit_count,
        spendTotal: f?.spend_total ?? 0,
        firstSeenAt: firstVisit !== null && firstVisit < row.created_at ? firstVisit : row.created_at,
        firstVisitAt: firstVisit,
        entryCount: f?.entry_count ?? 0,
      },
    ];
  });
}

/** The richer record first: more diary, then more visits, then more spend, then the one known longer. */
export function richerFirst(a: CustomerFacts, b: CustomerFacts): number {
  return (
    b.entryCount - a.entryCount ||
    b.visitCount - a.visitCount ||
    b.spendTotal - a.spendTotal ||
    a.firstSeenAt.localeCompare(b.firstSeenAt) ||
    a.id.localeCompare(b.id)
  );
}
