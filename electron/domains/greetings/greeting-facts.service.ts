import { addDays, dayInZone } from '../../../shared/domain/calendar-date';
import type { GreetingFacts } from '../../../shared/domain/greeting-drafts';
import type { HoldFacts } from '../../../shared/domain/greeting-holds';
import type { UiLocale } from '../../../shared/domain/salutation';
import type { Db } from '../../db/database';
import { groupBy } from '../../../shared/domain/group-by';
import { findCustomers, phonesOf } from '../customers/customers.repository';
import { displayAddressAs } from '../customers/customer-view';
import { detailsOf, latestPurchases, linesOf } from '../entries/entries.repository';
import { firstLine } from '../entries/entry-text';
import { preferencesOfMany } from '../preferences/preferences.repository';
import * as repo from './greetings.repository';

export interface Recipient {
  id: string;
  name: string;
  displayAddressAs: string;
  phone: string | null;
  /** What the book holds about them that a greeting may use; occasion, person, shop and signature are the batch's. */
  facts: Pick<GreetingFacts, 'address' | 'like' | 'purchase' | 'pleased' | 'promise'>;
  holds: HoldFacts;
}

/** How far back a kept promise is still worth mentioning. */
const promiseDays = 60;

/**
 * Everything a batch of drafts needs about its customers, in a fixed number of queries whatever
 * their number (customers, phones, likes, last purchases and lines, kept promises, last contact,
 * complaints, choices, greetings already sent for the occasion), in the audience's order.
 */
export async function recipientsOf(
  db: Db,
  ids: string[],
  occasionId: string,
  locale: UiLocale,
  timeZone: string,
  today: string,
): Promise<Recipient[]> {
  const since = `${addDays(today, -promiseDays)}T00:00:00.000Z`;
  const [customers, phones, preferences, purchases, promises, reached, complaints, noMarketing, greeted] = await Promise.all([
    findCustomers(db, ids),
    phonesOf(db, ids),
    preferencesOfMany(db, ids),
    latestPurchases(db, ids),
    repo.keptPromises(db, ids, since),
    repo.lastReachedOut(db, ids),
    repo.withOpenComplaint(db, ids),
    repo.noMarketingOf(db, ids),
    repo.greetedFor(db, ids, occasionId),
  ]);
  const purchaseIds = purchases.map((p) => p.id);
  const [purchaseLines, purchaseDetails] = await Promise.all([linesOf(db, purchaseIds), detailsOf(db, purchaseIds)]);
  const lines = groupBy(purchaseLines, (l) => l.entry_id);
  const satisfaction = new Map(purchaseDetails.map((d) => [d.entry_id, d.satisfaction]));
  const purchaseOf = new Map(
    purchases.map((p) => [p.customer_id, purchaseFact(lines.get(p.id)?.[0]?.item ?? null, satisfaction.get(p.id) ?? null)]),
  );
  const phonesBy = groupBy(phones, (p) => p.customer_id);
  // The newest like of each: what they told us last is most likely still true.
  const likeOf = new Map<string, string>();
  for (const p of [...preferences].sort((a, b) => (a.updated_at < b.updated_at ? -1 : 1)))
    if (p.polarity === 'like') likeOf.set(p.customer_id, p.value);
  const byId = new Map(customers.map((c) => [c.id, c]));
  return ids.flatMap((id) => {
    const c = byId.get(id);
    if (c === undefined) return [];
    const phone = phonesBy.get(id)?.[0]?.number ?? null;
    const address = displayAddressAs(c, phone, locale);
    const promise = promises.get(id);
    const lastReached = reached.get(id);
    return [
      {
        id,
        name: c.name,
        displayAddressAs: address,
        phone,
        facts: {
          address,
          like: likeOf.get(id) ?? null,
          ...(purchaseOf.get(id) ?? { purchase: null, pleased: null }),
          promise: promise === undefined ? null : firstLine(promise),
        },
        holds: {
          noMarketing: noMarketing.has(id),
          lastContactDay: lastReached === undefined ? null : dayInZone(new Date(lastReached), timeZone),
          openComplaints: complaints.has(id) ? 1 : 0,
          greetedFor: greeted.has(id) ? [occasionId] : [],
        },
      },
    ];
  });
}

/**
 * How the last purchase worked out decides how a greeting speaks of it: rated 4 or 5 it thanks
 * (`pleased`), not rated or 3 it asks (`purchase`), rated 1 or 2 it says nothing, because a
 * festival greeting is no place to ask about a disappointment (the follow-up on Today is).
 */
export function purchaseFact(item: string | null, satisfaction: number | null): Pick<GreetingFacts, 'purchase' | 'pleased'> {
  if (item === null || (satisfaction !== null && satisfaction <= 2)) return { purchase: null, pleased: null };
  if (satisfaction !== null && satisfaction >= 4) return { purchase: null, pleased: item };
  return { purchase: item, pleased: null };
}
