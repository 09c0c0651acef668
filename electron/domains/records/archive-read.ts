import type { ArchiveCustomer } from '../../../shared/contract/archive.schema';
import { groupBy } from '../../../shared/domain/group-by';
import { cardRowsOf } from '../cards/cards.repository';
import { greetingRowsOf } from '../greetings/greetings.repository';
import type { Db } from '../../db/database';
import { datesOfMany, peopleOfMany } from '../care/care.repository';
import { customerIdsPage, findCustomers, phonesOf, tagsOf } from '../customers/customers.repository';
import { detailsOf, entriesOfMany, linesOf } from '../entries/entries.repository';
import { preferencesOfMany } from '../preferences/preferences.repository';

/** Everything about a batch of customers, as archive records (rows exactly as stored). */
export async function readArchiveCustomers(db: Db, ids: string[]): Promise<ArchiveCustomer[]> {
  const [customers, phones, tags, prefs, people, dates, entries] = await Promise.all([
    findCustomers(db, ids),
    phonesOf(db, ids),
    tagsOf(db, ids),
    preferencesOfMany(db, ids),
    peopleOfMany(db, ids),
    datesOfMany(db, ids),
    entriesOfMany(db, ids),
  ]);
  const entryIds = entries.map((e) => e.id);
  const [lines, details, cards, greetings] = await Promise.all([
    linesOf(db, entryIds),
    detailsOf(db, entryIds),
    cardRowsOf(db, ids),
    greetingRowsOf(db, ids),
  ]);
  const by = {
    phones: groupBy(phones, (r) => r.customer_id),
    tags: groupBy(tags, (r) => r.customer_id),
    prefs: groupBy(prefs, (r) => r.customer_id),
    people: groupBy(people, (r) => r.customer_id),
    dates: groupBy(dates, (r) => r.customer_id),
    entries: groupBy(entries, (r) => r.customer_id),
    lines: groupBy(lines, (r) => r.entry_id),
    punchCards: groupBy(cards.punchCards, (r) => r.customer_id),
    movements: groupBy(cards.movements, (r) => r.customer_id),
    greetings: groupBy(greetings.greetings, (r) => r.customer_id),
  };
  const choiceBy = new Map(greetings.choices.map((c) => [c.customer_id, c]));
  const cardBy = new Map(cards.cards.map((c) => [c.customer_id, c]));
  const detailsBy = new Map(details.map((d) => [d.entry_id, d]));
  const order = new Map(ids.map((id, i) => [id, i]));
  return customers
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
    .map((customer) => ({
      customer,
      phones: by.phones.get(customer.id) ?? [],
      tags: by.tags.get(customer.id) ?? [],
      preferences: by.prefs.get(customer.id) ?? [],
      people: by.people.get(customer.id) ?? [],
      dates: by.dates.get(customer.id) ?? [],
      entries: (by.entries.get(customer.id) ?? []).map((entry) => ({
        entry,
        lines: by.lines.get(entry.id) ?? [],
        details: detailsBy.get(entry.id) ?? null,
      })),
      card: cardBy.get(customer.id) ?? null,
      punchCards: by.punchCards.get(customer.id) ?? [],
      cardMovements: by.movements.get(customer.id) ?? [],
      greetingChoice: choiceBy.get(customer.id) ?? null,
      greetings: by.greetings.get(customer.id) ?? [],
    }));
}

/** Walks the whole book a batch of customers at a time (keyset on id), for exports. */
export async function* archiveBatches(db: Db, batchSize = 500): AsyncGenerator<ArchiveCustomer[]> {
  let after = '';
  for (;;) {
    const ids = await customerIdsPage(db, after, batchSize);
    if (ids.length === 0) return;
    yield await readArchiveCustomers(db, ids);
    after = ids[ids.length - 1] ?? after;
  }
}
