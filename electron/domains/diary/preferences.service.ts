import { newId } from '../../db/new-id';
import type { ParsedInput, Preference } from '../../../shared/contract';
import { AppError, notFound } from '../../api/app-error';
import type { ServiceContext } from '../../api/context';
import { findCustomer } from '../customers/customers.repository';
import { reindexCustomer } from '../search/search-index.service';
import * as repo from '../preferences/preferences.repository';
import type { PreferenceRow } from '../preferences/preferences.table';

export function toPreference(row: PreferenceRow): Preference {
  return {
    id: row.id,
    customerId: row.customer_id,
    polarity: row.polarity,
    category: row.category,
    value: row.value,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function setPreference(ctx: ServiceContext, input: ParsedInput<'preferences.set'>): Promise<Preference> {
  return ctx.db.transaction().execute(async (trx) => {
    if ((await findCustomer(trx, input.customerId)) === undefined) throw notFound('customer');
    const now = ctx.now().toISOString();
    const fields = { polarity: input.polarity, category: input.category, value: input.value, updated_at: now };
    let id = input.id;
    if (id === undefined) {
      id = newId();
      await repo.insertPreference(trx, { id, customer_id: input.customerId, created_at: now, ...fields });
    } else {
      const existing = await repo.findPreference(trx, id);
      if (existing === undefined) throw notFound('preference');
      if (existing.customer_id !== input.customerId) {
        throw AppError.saying('INVALID_INPUT', 'preferenceOfAnother');
      }
      await repo.updatePreference(trx, id, fields);
    }
    await reindexCustomer(trx, input.customerId);
    const row = await repo.findPreference(trx, id);
    if (row === undefined) throw notFound('preference');
    return toPreference(row);
  });
}

export async function removePreference(ctx: ServiceContext, input: ParsedInput<'preferences.remove'>): Promise<{ id: string }> {
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.findPreference(trx, input.id);
    if (existing === undefined) throw notFound('preference');
    await repo.deletePreference(trx, input.id);
    await reindexCustomer(trx, existing.customer_id);
    return { id: input.id };
  });
}

export async function listPreferences(ctx: ServiceContext, input: ParsedInput<'preferences.list'>): Promise<{ items: Preference[] }> {
  if ((await findCustomer(ctx.db, input.customerId)) === undefined) throw notFound('customer');
  return { items: (await repo.preferencesOf(ctx.db, input.customerId)).map(toPreference) };
}
