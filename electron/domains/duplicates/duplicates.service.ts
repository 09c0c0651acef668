import type { CallOutput, ParsedInput } from '../../../shared/contract';
import { AppError, notFound } from '../../api/app-error';
import type { ServiceContext } from '../../api/context';
import { findCustomers } from '../customers/customers.repository';
import { bookToday } from '../settings/settings.service';
import { ensureValues } from '../value/value.service';
import { customerFacts, richerFirst } from './customer-facts';
import { duplicateGroups, keepApart, keptApartAmong } from './duplicates.repository';

/** Likely duplicates, each group's richer record first and suggested as the one to keep. */
export async function findDuplicates(ctx: ServiceContext, input: ParsedInput<'duplicates.find'>): Promise<CallOutput<'duplicates.find'>> {
  await ensureValues(ctx.db, (await bookToday(ctx.db, ctx.now())).today);
  const groups = await duplicateGroups(ctx.db, input.limit);
  const apart = await keptApartAmong(ctx.db, [...new Set(groups.flatMap((g) => g.ids.split(',')))]);
  const seen = new Set<string>();
  const unique = groups.filter((g) => {
    const ids = g.ids.split(',').sort();
    const key = ids.join(',');
    if (seen.has(key) || everyPairApart(ids, apart)) return false;
    seen.add(key);
    return true;
  });
  const facts = await customerFacts(ctx.db, [...new Set(unique.flatMap((g) => g.ids.split(',')))], ctx.locale);
  const byId = new Map(facts.map((c) => [c.id, c]));
  return {
    groups: unique.flatMap((g) => {
      const customers = g.ids
        .split(',')
        .flatMap((id) => byId.get(id) ?? [])
        .sort(richerFirst);
      const suggested = customers[0];
      return suggested === undefined ? [] : [{ reason: g.reason, key: g.key, customers, suggestedId: suggested.id }];
    }),
  };
}

/** A group stays proposed while any two of its customers have not been declared different people. */
function everyPairApart(sortedIds: string[], apart: Set<string>): boolean {
  return sortedIds.every((first, i) => sortedIds.slice(i + 1).every((second) => apart.has(`${first}|${second}`)));
}

export async function keepCustomersApart(
  ctx: ServiceContext,
  input: ParsedInput<'duplicates.keepApart'>,
): Promise<CallOutput<'duplicates.keepApart'>> {
  const ids = [...new Set(input.customerIds)];
  const found = await findCustomers(ctx.db, ids);
  if (found.length !== ids.length) throw notFound('customer');
  if (ids.length < 2) throw AppError.saying('INVALID_INPUT', 'duplicatesNeedTwo');
  return { pairs: await keepApart(ctx.db, ids, ctx.now().toISOString()) };
}
