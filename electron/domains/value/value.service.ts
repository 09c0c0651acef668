import {
  baselineOf,
  labelsOf,
  tiers,
  type Tier,
  type ValueBaseline,
  type ValueLabels,
  type ValueMetrics,
  type ValueRules,
} from '../../../shared/domain/customer-value';
import { addDays, addMonths, dayInZone, daysBetween, midnightInZone } from '../../../shared/domain/calendar-date';
import type { CustomerValue, ParsedInput } from '../../../shared/contract';
import { notFound } from '../../api/app-error';
import type { ServiceContext } from '../../api/context';
import type { Db } from '../../db/database';
import { inTransaction } from '../../db/in-transaction';
import { findCustomer } from '../customers/customers.repository';
import { bookToday, loadSettings, valueComputedOnKey } from '../settings/settings.service';
import { deleteSetting, readSettings, writeSetting } from '../settings/settings.repository';
import * as repo from './value.repository';
import { runValuesPass } from './values-pass';
import type { CustomerValueRow } from './value.table';

const computedKey = valueComputedOnKey;
const vipKey = 'value.vipMinSpend';
const medianKey = 'value.medianSpend';

/** How many month ends of tier history a book gets the first time its values are computed. */
const backfillMonths = 6;

/** The value rules of a book, with the shop's time zone that says where its days begin. */
export type BookValueRules = ValueRules & { timeZone: string };

export async function valueRules(db: Db): Promise<BookValueRules> {
  const s = await loadSettings(db);
  return {
    timeZone: s.timeZone,
    vipTopPercent: s.vipTopPercent,
    valueWindowDays: s.valueWindowDays,
    newWithinDays: s.newWithinDays,
    atRiskAfterDays: s.atRiskAfterDays,
    lostAfterDays: s.lostAfterDays,
    loyalVisits: s.loyalVisits,
  };
}

/** The window ending with `day` (days in the shop's time zone): everything up to that evening counts. */
export function windowEndingOn(day: string, rules: BookValueRules): repo.MetricsWindow {
  const midnight = (d: string) => midnightInZone(d, rules.timeZone);
  return {
    asOf: midnight(addDays(day, 1)),
    windowStart: midnight(addDays(day, 1 - rules.valueWindowDays)),
    halfStart: midnight(addDays(day, 1 - Math.floor(rules.valueWindowDays / 2))),
  };
}

export function metricsOf(row: repo.MetricsRow, day: string, timeZone: string): ValueMetrics {
  const since = (instant: string | null) => (instant === null ? null : daysBetween(dayInZone(new Date(instant), timeZone), day));
  return {
    daysSinceLastVisit: since(row.last_at),
    daysSinceFirstVisit: since(row.first_at),
    visitsInWindow: row.visits_window,
    spendInWindow: row.spend_window,
    spendRecentHalf: row.spend_recent,
    spendEarlierHalf: row.spend_earlier,
    usualGapDays: row.median_gap_days,
  };
}

function toValueRow(row: repo.MetricsRow, labels: ValueLabels): CustomerValueRow {
  return {
    customer_id: row.customer_id,
    spend_window: row.spend_window,
    spend_recent: row.spend_recent,
    spend_earlier: row.spend_earlier,
    visits_window: row.visits_window,
    first_visit_at: row.first_at,
    tier: row.tier_override ?? labels.tier,
    stage: labels.stage,
    relationship: labels.relationship,
  };
}

/** Every live customer labelled by the rules as of the evening of each day (the owner's tiers not applied). */
async function labelAll(db: Db, days: readonly string[], rules: BookValueRules) {
  const perDay = await repo.metricsAsOf(
    db,
    days.map((day) => windowEndingOn(day, rules)),
  );
  return days.map((day, k) => {
    const rows = perDay[k] ?? [];
    const baseline = baselineOf(
      rows.map((r) => r.spend_window),
      rules,
    );
    return { baseline, items: rows.map((row) => ({ row, labels: labelsOf(metricsOf(row, day, rules.timeZone), rules, baseline) })) };
  });
}

const valueColumns = [
  'spend_window',
  'spend_recent',
  'spend_earlier',
  'visits_window',
  'first_visit_at',
  'tier',
  'stage',
  'relationship',
] as const satisfies readonly (keyof CustomerValueRow)[];

function sameValue(a: CustomerValueRow | undefined, b: CustomerValueRow): boolean {
  return a !== undefined && valueColumns.every((column) => a[column] === b[column]);
}

function countTiers(found: readonly Tier[]): Map<Tier, number> {
  const counts = new Map<Tier, number>(tiers.map((t) => [t, 0]));
  for (const tier of found) counts.set(tier, (counts.get(tier) ?? 0) + 1);
  return counts;
}

/**
 * Recomputes every customer's value as of `day` (the book's today, never a client's) in one transaction, records the day's tier counts
 * and, the first time, the counts at the last six month ends so "how that changed" has a past.
 */
export async function refreshValues(db: Db, day: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const rules = await valueRules(trx);
    const monthEnds = (await repo.hasTierHistory(trx))
      ? []
      : Array.from({ length: backfillMonths }, (_, i) => addDays(`${addMonths(day.slice(0, 7), i + 1 - backfillMonths)}-01`, -1));
    const [now, ...past] = await labelAll(trx, [day, ...monthEnds], rules);
    const baseline = now?.baseline ?? { vipMinSpend: null, medianSpend: null };
    const valueRows = (now?.items ?? []).map(({ row, labels }) => toValueRow(row, labels));
    // Most days only a few customers change; writing just those keeps the daily pass short.
    const before = new Map((await repo.allValues(trx)).map((r) => [r.customer_id, r]));
    const valued = new Set(valueRows.map((r) => r.customer_id));
    await repo.syncValues(
      trx,
      valueRows.filter((r) => !sameValue(before.get(r.customer_id), r)),
      [...before.keys()].filter((id) => !valued.has(id)),
    );
    for (const [i, monthEnd] of monthEnds.entries()) {
      await repo.writeTierCounts(trx, monthEnd, countTiers((past[i]?.items ?? []).map((item) => item.labels.tier)));
    }
    await repo.writeTierCounts(trx, day, countTiers(valueRows.map((r) => r.tier)));
    await writeSetting(trx, vipKey, String(baseline.vipMinSpend ?? ''));
    await writeSetting(trx, medianKey, String(baseline.medianSpend ?? ''));
    await writeSetting(trx, computedKey, day);
  });
}

/** After a bulk change (an import): the next value question recomputes the whole book. */
export async function invalidateValues(db: Db): Promise<void> {
  await deleteSetting(db, computedKey);
}

/** Values are as of one day for the whole book; the first value question of a new day recomputes them. */
export async function ensureValues(db: Db, day: string): Promise<boolean> {
  if ((await readSettings(db)).get(computedKey) === day) return false;
  await runValuesPass(db, day, refreshValues);
  return true;
}

async function storedBaseline(db: Db): Promise<{ day: string; baseline: ValueBaseline } | null> {
  const stored = await readSettings(db);
  const day = stored.get(computedKey);
  if (day === undefined) return null;
  const number = (key: string) => {
    const raw = stored.get(key) ?? '';
    return raw === '' ? null : Number(raw);
  };
  return { day, baseline: { vipMinSpend: number(vipKey), medianSpend: number(medianKey) } };
}

/**
 * After a write touching one customer (an entry, a merge, a manual tier): their value again, as of
 * the book's value day and against its baseline, inside the caller's transaction.
 */
export async function refreshCustomerValue(db: Db, customerId: string): Promise<void> {
  const stored = await storedBaseline(db);
  if (stored === null) return;
  const rules = await valueRules(db);
  const [[row] = []] = await repo.metricsAsOf(db, [windowEndingOn(stored.day, rules)], customerId);
  if (row === undefined) await repo.syncValues(db, [], [customerId]);
  else await repo.syncValues(db, [toValueRow(row, labelsOf(metricsOf(row, stored.day, rules.timeZone), rules, stored.baseline))], []);
}

/** One customer's labels with the reasons behind them, as of `day`; null for an archived customer. */
export async function explainCustomerValue(db: Db, customerId: string, day: string) {
  await ensureValues(db, day);
  const stored = await storedBaseline(db);
  const rules = await valueRules(db);
  const [[row] = []] = await repo.metricsAsOf(db, [windowEndingOn(day, rules)], customerId);
  if (row === undefined || stored === null) return null;
  const metrics = metricsOf(row, day, rules.timeZone);
  return { row, metrics, labels: labelsOf(metrics, rules, stored.baseline), rules };
}

export async function customerValue(db: Db, customerId: string, day: string): Promise<CustomerValue | null> {
  const explained = await explainCustomerValue(db, customerId, day);
  if (explained === null) return null;
  const { row, metrics, labels, rules } = explained;
  const override = row.tier_override;
  return {
    tier: override ?? labels.tier,
    tierWhy: override === null ? labels.tierWhy : { rule: 'override', reason: row.tier_override_reason ?? '' },
    computedTier: labels.tier,
    computedTierWhy: labels.tierWhy,
    stage: labels.stage,
    stageWhy: labels.stageWhy,
    relationship: labels.relationship,
    relationshipWhy: labels.relationshipWhy,
    windowDays: rules.valueWindowDays,
    spendInWindow: metrics.spendInWindow,
    visitsInWindow: metrics.visitsInWindow,
    averageSpend: metrics.visitsInWindow === 0 ? null : Math.round(metrics.spendInWindow / metrics.visitsInWindow),
    usualGapDays: metrics.usualGapDays,
    daysSinceLastVisit: metrics.daysSinceLastVisit,
  };
}

export async function setTier(ctx: ServiceContext, input: ParsedInput<'customers.setTier'>): Promise<CustomerValue | null> {
  return ctx.db.transaction().execute(async (trx) => {
    if ((await findCustomer(trx, input.customerId)) === undefined) throw notFound('customer');
    const reason = input.tier === null ? null : input.reason;
    await repo.setTierOverride(trx, input.customerId, input.tier, reason, ctx.now().toISOString());
    await refreshCustomerValue(trx, input.customerId);
    return customerValue(trx, input.customerId, (await bookToday(trx, ctx.now())).today);
  });
}

/** One customer's value as of the book's today (customers.value). */
export async function customerValueToday(ctx: ServiceContext, input: ParsedInput<'customers.value'>): Promise<CustomerValue | null> {
  return customerValue(ctx.db, input.customerId, (await bookToday(ctx.db, ctx.now())).today);
}

/**
 * Brings the book's values to the book's today when the app starts and again after midnight (checked hourly),
 * so the first look at a customer or the insights rarely waits for the day's pass.
 */
export function scheduleDailyValues(ctx: ServiceContext, onError: (error: unknown) => void): { stop(): void; first: Promise<void> } {
  // A locked book has no connection to compute with: the next hourly check after an unlock does it.
  const run = (): Promise<void> =>
    ctx.book?.locked === true
      ? Promise.resolve()
      : bookToday(ctx.db, ctx.now())
          .then(({ today }) => ensureValues(ctx.db, today))
          .then(
            () => undefined,
            (error: unknown) => onError(error),
          );
  const first = run();
  const timer = setInterval(() => void run(), 3600_000);
  timer.unref();
  return { stop: () => clearInterval(timer), first };
}
