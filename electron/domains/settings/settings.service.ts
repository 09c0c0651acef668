import type { ParsedInput, Settings } from '../../../shared/contract';
import type { ServiceContext } from '../../api/context';
import type { Db } from '../../db/database';
import { readSettings, writeSetting } from './settings.repository';

const defaults: Settings = { currency: 'CNY' };

export async function loadSettings(db: Db): Promise<Settings> {
  const stored = await readSettings(db);
  return { currency: stored.get('currency') ?? defaults.currency };
}

export async function defaultCurrency(db: Db): Promise<string> {
  return (await loadSettings(db)).currency;
}

export async function updateSettings(ctx: ServiceContext, input: ParsedInput<'settings.update'>): Promise<Settings> {
  return ctx.db.transaction().execute(async (trx) => {
    if (input.currency !== undefined) await writeSetting(trx, 'currency', input.currency);
    return loadSettings(trx);
  });
}
