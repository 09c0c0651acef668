import type { LookupHit, ParsedInput } from '../shared/contract';
import type { ServiceContext } from '../electron/api/context';
import { phonesOf } from '../electron/domains/customers/customers.repository';
import { findEntries, latestPurchases, linesOf } from '../electron/domains/entries/entries.repository';
import { diaryCandidate, offer, perSource, rank, sourcesFor, toHit, type Candidate } from '../electron/domains/search/lookup-sources';
import { keysWithPrefix, liveCustomers, matchDiary } from '../electron/domains/search/search.repository';

/**
 * The lookup as it was before one statement gathered its candidates (issue #15): a query per
 * source, then the live customers, then four queries for the facts of the hits, each built by
 * kysely. Kept only so the bench can print each figure beside its previous counterpart, and so a
 * test can prove the faster lookup answers the same.
 */
export async function previousLookup(ctx: ServiceContext, input: ParsedInput<'lookup'>): Promise<{ hits: LookupHit[] }> {
  const candidates = new Map<string, Candidate>();
  for (const source of sourcesFor(input.query)) {
    if (source.from === 'diary') {
      for (const row of await matchDiary(ctx.db, source.match, perSource)) offer(candidates, row.customer_id, diaryCandidate(row.entry_id));
      continue;
    }
    for (const row of await keysWithPrefix(ctx.db, source.keyKind, source.prefix, perSource)) {
      const candidate = source.take(row.key);
      if (candidate !== null) offer(candidates, row.customer_id, candidate);
    }
  }
  const ranked = rank(candidates, await liveCustomers(ctx.db, [...candidates.keys()]), input.limit);

  const ids = ranked.map((r) => r.row.id);
  const phones = await phonesOf(ctx.db, ids);
  const diaryIds = ranked.map((r) => r.candidate.entryId).filter((id): id is string => id !== undefined);
  const diaryText = new Map((await findEntries(ctx.db, diaryIds)).map((e) => [e.id, e.text]));
  const purchases = await latestPurchases(ctx.db, ids);
  const firstLines = new Map<string, { item: string; colour: string | null; size: string | null }>();
  for (const line of await linesOf(
    ctx.db,
    purchases.map((p) => p.id),
  )) {
    if (!firstLines.has(line.entry_id)) firstLines.set(line.entry_id, line);
  }
  const purchaseBy = new Map(purchases.map((p) => [p.customer_id, p]));

  const hits = ranked.map(({ row, candidate }) => {
    const phone = phones.find((p) => p.customer_id === row.id) ?? null;
    const purchase = purchaseBy.get(row.id);
    const line = purchase === undefined ? undefined : firstLines.get(purchase.id);
    return toHit(
      row,
      candidate,
      {
        phone,
        lastPurchase:
          purchase === undefined || line === undefined
            ? null
            : { item: line.item, colour: line.colour, size: line.size, occurredAt: purchase.occurred_at },
        diaryText: candidate.entryId === undefined ? '' : (diaryText.get(candidate.entryId) ?? ''),
      },
      input.query,
      ctx.locale,
    );
  });
  return { hits };
}
