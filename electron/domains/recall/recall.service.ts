import { sentGreetingsOf } from '../greetings/greetings.repository';
import { customerValue } from '../value/value.service';
import type { ParsedInput, Recall } from '../../../shared/contract';
import { firstLine, lastLineOf } from '../entries/entry-text';
import { notFound } from '../../api/app-error';
import type { ServiceContext } from '../../api/context';
import { findCustomer, phonesOf } from '../customers/customers.repository';
import { displayAddressAs } from '../customers/customer-view';
import { latestEntry, latestWrittenEntries, visitStats } from '../entries/entries.repository';
import { withLines } from '../diary/entries.service';
import { toPreference } from '../diary/preferences.service';
import { preferencesOf } from '../preferences/preferences.repository';
import { datesOf, lastContacts, openComplaints, openPromisesOf } from '../care/care.repository';
import { withPeople } from '../care/dates.service';
import { bookToday, defaultCurrency } from '../settings/settings.service';
import { recallCard } from '../cards/card-counter.service';
import { findCustomer as findReferrer } from '../customers/customers.repository';

/** How many of the latest written entries are read to find one that is not a greeting. */
const recentlyWritten = 4;

/** Everything the counter needs the moment a customer walks in, read in one snapshot. */
export async function recall(ctx: ServiceContext, input: ParsedInput<'recall'>): Promise<Recall> {
  return ctx.db.transaction().execute(async (trx) => {
    const customer = await findCustomer(trx, input.customerId);
    if (customer === undefined) throw notFound('customer');
    const [phones, stats, purchaseRow, recent, preferences, greetings] = await Promise.all([
      phonesOf(trx, [customer.id]),
      visitStats(trx, customer.id),
      latestEntry(trx, customer.id, 'purchase'),
      latestWrittenEntries(trx, customer.id, recentlyWritten),
      preferencesOf(trx, customer.id),
      sentGreetingsOf(trx, customer.id),
    ]);
    // A greeting has its own line ("last greeted"); its last paragraph is only the signature.
    const greetingIds = new Set(greetings.map((g) => g.entry_id));
    const written = recent.find((e) => !greetingIds.has(e.id));
    const [purchase] = purchaseRow === undefined ? [] : await withLines(trx, [purchaseRow]);
    const now = ctx.now();
    const { today } = await bookToday(trx, now);
    const [contacts, promises, complaints, dates] = await Promise.all([
      lastContacts(trx, [customer.id]),
      openPromisesOf(trx, customer.id),
      openComplaints(trx, 20, customer.id),
      datesOf(trx, customer.id),
    ]);
    const referrer = customer.referred_by === null ? undefined : await findReferrer(trx, customer.referred_by);
    const prefs = preferences.map(toPreference);
    const phone = phones[0]?.number ?? null;
    return {
      customerId: customer.id,
      name: customer.name,
      displayAddressAs: displayAddressAs(customer, phone, ctx.locale),
      gender: customer.gender,
      phone,
      visitCount: stats.count,
      firstVisitAt: stats.first,
      lastVisitAt: stats.last,
      lastPurchase:
        purchase === undefined
          ? null
          : {
              entryId: purchase.id,
              occurredAt: purchase.occurredAt,
              lines: purchase.lines,
              totalMinor: purchase.totalMinor,
              currency: purchase.currency,
            },
      likes: prefs.filter((p) => p.polarity === 'like'),
      dislikes: prefs.filter((p) => p.polarity === 'dislike'),
      facts: prefs.filter((p) => p.polarity === 'fact'),
      lastLine: written === undefined ? null : { entryId: written.id, occurredAt: written.occurred_at, text: lastLineOf(written.text) },
      archivedAt: customer.archived_at,
      value: await customerValue(trx, customer.id, today),
      lastContactAt: contacts.get(customer.id) ?? null,
      openPromises: promises.map((p) => ({ entryId: p.entry_id, text: firstLine(p.text), due: p.promise_due ?? '' })),
      openComplaints: complaints.map((c) => ({ entryId: c.entry_id, text: firstLine(c.text), since: c.occurred_at })),
      upcomingDates: (await withPeople(trx, dates, today)).filter((d) => d.next.inDays <= 30),
      lastGreeting: greetings[0] === undefined ? null : { label: greetings[0].label, at: greetings[0].at },
      referredBy: referrer === undefined ? null : { id: referrer.id, name: referrer.name },
      responsible: customer.responsible,
      card: await recallCard(trx, customer.id, today, await defaultCurrency(trx)),
    };
  });
}
