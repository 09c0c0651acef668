import type { CallOutput, CustomerSummary, ParsedInput } from '../../../shared/contract';
import { normalizePhone } from '../../../shared/domain/phone';
import { AppError, notFound } from '../../api/app-error';
import type { ServiceContext } from '../../api/context';
import type { Db } from '../../db/database';
import {
  deleteCustomer,
  findCustomers,
  phonesOf,
  replacePhones,
  replaceTags,
  tagsOf,
  updateCustomer,
} from '../customers/customers.repository';
import type { CustomerRow, CustomerUpdate } from '../customers/customers.table';
import { toSummaries } from '../customers/customers.service';
import { refreshLastVisit } from '../entries/entries.service';
import { reindexCustomer } from '../search/search-index.service';
import { deleteCustomerTerms } from '../search/search.repository';
import { countRecords, duplicateGroups, keepApart, keptApartAmong, moveCustomerRecords } from './duplicates.repository';
import type { mergeFillFields } from '../../../shared/contract/duplicates.contract';

async function summaries(ctx: ServiceContext, db: Db, ids: string[]): Promise<Map<string, CustomerSummary>> {
  const items = await toSummaries(db, await findCustomers(db, ids), ctx.locale);
  return new Map(items.map((c) => [c.id, c]));
}

export async function findDuplicates(ctx: ServiceContext, input: ParsedInput<'duplicates.find'>): Promise<CallOutput<'duplicates.find'>> {
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
  const byId = await summaries(ctx, ctx.db, [...new Set(unique.flatMap((g) => g.ids.split(',')))]);
  return {
    groups: unique.map((g) => ({
      reason: g.reason,
      key: g.key,
      customers: g.ids
        .split(',')
        .map((id) => byId.get(id))
        .filter((c): c is CustomerSummary => c !== undefined),
    })),
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

const fillable = [
  'address_as',
  'gender',
  'email',
  'address',
  'company',
  'title',
  'about',
] as const satisfies readonly (typeof mergeFillFields)[number][];

/**
 * Merges `other` into `survivor`: the plan (what moves, which empty fields are filled, the phones
 * and tags after) is returned first with dryRun; without it, all of it happens in one transaction.
 */
export async function mergeCustomers(ctx: ServiceContext, input: ParsedInput<'customers.merge'>): Promise<CallOutput<'customers.merge'>> {
  if (input.survivorId === input.otherId) throw AppError.saying('INVALID_INPUT', 'mergeSameCustomer');
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await findCustomers(trx, [input.survivorId, input.otherId]);
    const survivor = rows.find((r) => r.id === input.survivorId);
    const other = rows.find((r) => r.id === input.otherId);
    if (survivor === undefined || other === undefined) throw notFound('customer');
    const [phones, tags] = await Promise.all([phonesOf(trx, [survivor.id, other.id]), tagsOf(trx, [survivor.id, other.id])]);
    const mergedPhones: { label: string | null; number: string; digits: string }[] = [];
    for (const p of [...phones.filter((x) => x.customer_id === survivor.id), ...phones.filter((x) => x.customer_id === other.id)]) {
      if (!mergedPhones.some((m) => m.digits === normalizePhone(p.number)) && mergedPhones.length < 10)
        mergedPhones.push({ label: p.label, number: p.number, digits: p.digits });
    }
    const mergedTags = [...new Set(tags.map((t) => t.tag))];
    const update: CustomerUpdate = {};
    const fills: (typeof mergeFillFields)[number][] = [];
    if (survivor.name === '' && other.name !== '') {
      update.name = other.name;
      fills.push('name');
    }
    for (const field of fillable) {
      const mine: CustomerRow[typeof field] = survivor[field];
      const theirs: CustomerRow[typeof field] = other[field];
      if ((mine === null || mine === '') && theirs !== null && theirs !== '') {
        Object.assign(update, { [field]: theirs });
        fills.push(field);
      }
    }
    const byId = await summaries(ctx, trx, [survivor.id, other.id]);
    const survivorSummary = byId.get(survivor.id);
    const otherSummary = byId.get(other.id);
    if (survivorSummary === undefined || otherSummary === undefined) throw notFound('customer');
    const plan = {
      survivor: survivorSummary,
      other: otherSummary,
      moves: await countRecords(trx, other.id),
      fills,
      phones: mergedPhones.map((p) => p.number),
      tags: mergedTags,
    };
    if (input.dryRun) return plan;
    await updateCustomer(trx, survivor.id, { ...update, updated_at: ctx.now().toISOString() });
    await replacePhones(trx, survivor.id, mergedPhones);
    await replaceTags(trx, survivor.id, mergedTags);
    await moveCustomerRecords(trx, other.id, survivor.id);
    await deleteCustomerTerms(trx, other.id);
    await deleteCustomer(trx, other.id);
    await reindexCustomer(trx, survivor.id);
    await refreshLastVisit(trx, survivor.id);
    return plan;
  });
}
