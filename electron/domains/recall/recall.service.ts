import type { ParsedInput, Recall } from '../../../shared/contract';
import { notFound } from '../../api/app-error';
import type { ServiceContext } from '../../api/context';
import { findCustomer, phonesOf } from '../customers/customers.repository';
import { displayAddressAs } from '../customers/customers.service';
import { latestEntry, latestWrittenEntry, visitStats } from '../entries/entries.repository';
import { withLines } from '../entries/entries.service';
import { toPreference } from '../preferences/preferences.service';
import { preferencesOf } from '../preferences/preferences.repository';

/** The last diary line: the last paragraph of the latest written entry, as one line. */
export function lastLineOf(text: string): string {
  const paragraphs = text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return paragraphs[paragraphs.length - 1] ?? '';
}

/** Everything the counter needs the moment a customer walks in, read in one snapshot. */
export async function recall(ctx: ServiceContext, input: ParsedInput<'recall'>): Promise<Recall> {
  return ctx.db.transaction().execute(async (trx) => {
    const customer = await findCustomer(trx, input.customerId);
    if (customer === undefined) throw notFound('customer');
    const [phones, stats, purchaseRow, written, preferences] = await Promise.all([
      phonesOf(trx, [customer.id]),
      visitStats(trx, customer.id),
      latestEntry(trx, customer.id, 'purchase'),
      latestWrittenEntry(trx, customer.id),
      preferencesOf(trx, customer.id),
    ]);
    const [purchase] = purchaseRow === undefined ? [] : await withLines(trx, [purchaseRow]);
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
    };
  });
}
