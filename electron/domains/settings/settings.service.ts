import type { ParsedInput, Settings } from '../../../shared/contract';
import { settingsSchema } from '../../../shared/contract';
import type { ServiceContext } from '../../api/context';
import type { Db } from '../../db/database';
import { readSettings, writeSetting } from './settings.repository';

export const defaultSettings: Settings = {
  currency: 'CNY',
  followUpAfterPurchaseDays: 14,
  complaintFollowUpDays: 3,
  contactCooldownDays: 7,
};

const keys = Object.keys(defaultSettings) as (keyof Settings)[];

/** Stored values are text; each is read back through the contract, and a bad one falls back to its default. */
export async function loadSettings(db: Db): Promise<Settings> {
  const stored = await readSettings(db);
  const merged: Record<string, unknown> = { ...defaultSettings };
  for (const key of keys) {
    const raw = stored.get(key);
    if (raw === undefined) continue;
    const value = typeof defaultSettings[key] === 'number' ? Number(raw) : raw;
    const checked = settingsSchema.shape[key].safeParse(value);
    if (checked.success) merged[key] = checked.data;
  }
  return settingsSchema.parse(merged);
}

export async function defaultCurrency(db: Db): Promise<string> {
  return (await loadSettings(db)).currency;
}

export async function updateSettings(ctx: ServiceContext, input: ParsedInput<'settings.update'>): Promise<Settings> {
  return ctx.db.transaction().execute(async (trx) => {
    for (const key of keys) {
      const value = input[key];
      if (value !== undefined) await writeSetting(trx, key, String(value));
    }
    return loadSettings(trx);
  });
}
