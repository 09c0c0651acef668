import type { ParsedInput, Settings } from '../../../shared/contract';
import { settingsSchema } from '../../../shared/contract';
import type { ServiceContext } from '../../api/context';
import { defaultValueRules } from '../../../shared/domain/customer-value';
import { dayInZone, isTimeZone, systemTimeZone } from '../../../shared/domain/calendar-date';
import type { Db } from '../../db/database';
import { deleteSetting, readSettings, writeSetting } from './settings.repository';

/** The day the book's customer values were computed for (see value.service). */
export const valueComputedOnKey = 'value.computedOn';

export const defaultSettings: Settings = {
  currency: 'CNY',
  // Until the owner picks the shop's zone, the one this program runs in (UTC if it has none it can name).
  timeZone: isTimeZone(systemTimeZone()) ? systemTimeZone() : 'UTC',
  followUpAfterPurchaseDays: 14,
  complaintFollowUpDays: 3,
  contactCooldownDays: 7,
  ...defaultValueRules,
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

/** The book's today: the day it is now in the shop's time zone (never a day a client sent). */
export async function bookToday(db: Db, now: Date): Promise<{ today: string; timeZone: string }> {
  const { timeZone } = await loadSettings(db);
  return { today: dayInZone(now, timeZone), timeZone };
}

/** The settings with the book's today, as settings.get answers. */
export async function settingsWithToday(ctx: ServiceContext): Promise<Settings & { today: string }> {
  const settings = await loadSettings(ctx.db);
  return { ...settings, today: dayInZone(ctx.now(), settings.timeZone) };
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
    // New thresholds (or a new zone, which moves where each day begins) relabel every customer:
    // the next value question recomputes the book.
    if ([...Object.keys(defaultValueRules), 'timeZone'].some((key) => key in input)) await deleteSetting(trx, valueComputedOnKey);
    return loadSettings(trx);
  });
}
