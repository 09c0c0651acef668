import type { LookupHit, ParsedInput } from '../../../shared/contract';
import type { ServiceContext } from '../../api/context';
import { diaryCandidate, offer, perSource, rank, sourcesFor, toHit, type Candidate } from './lookup-sources';
import * as repo from './search.repository';

export { formOfAddress, snippet } from './lookup-sources';

/**
 * The walk-in lookup, in two statements: one gathers what every source found (each an indexed
 * range or an FTS match bounded by its LIMIT) with the ranking facts of the live customers among
 * them; the candidates (a few hundred at most) are ranked here by how they matched, then by the
 * latest visit; a second statement brings the facts shown with the page of hits. Answers exactly
 * as the previous lookup of a query per source did (bench/previous-lookup.ts).
 */
export async function lookup(ctx: ServiceContext, input: ParsedInput<'lookup'>): Promise<{ hits: LookupHit[] }> {
  const sources = sourcesFor(input.query);
  const candidates = new Map<string, Candidate>();
  const live = new Map<string, repo.RankRow>();
  for (const row of await repo.findAll(ctx.db, sources, perSource)) {
    live.set(row.id, row);
    const source = sources[row.src];
    if (source === undefined) continue;
    const candidate = source.from === 'diary' ? diaryCandidate(row.entry_id ?? '') : source.take(row.key ?? '');
    if (candidate !== null) offer(candidates, row.id, candidate);
  }
  const ranked = rank(candidates, [...live.values()], input.limit);
  const facts = await repo.hitFacts(
    ctx.db,
    ranked.map((r) => ({ customerId: r.row.id, entryId: r.candidate.entryId ?? null })),
  );
  const hits = ranked.map(({ row, candidate }, at) => {
    const fact = facts[at];
    return toHit(
      row,
      candidate,
      {
        phone: fact?.phone_number != null && fact.phone_digits != null ? { number: fact.phone_number, digits: fact.phone_digits } : null,
        lastPurchase:
          fact?.purchased_at != null && fact.item != null
            ? { item: fact.item, colour: fact.colour, size: fact.size, occurredAt: fact.purchased_at }
            : null,
        diaryText: fact?.diary_text ?? '',
      },
      input.query,
      ctx.locale,
    );
  });
  return { hits };
}
