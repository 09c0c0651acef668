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

/**
 * The shop's day of an instant, remembered per UTC hour where the whole hour falls on one day:
 * Intl's time-zone formatting costs microseconds a call, seconds over a book's first and last visits.
 */
export function dayFinder(timeZone: string): (instant: string) => string {
  const hours = new Map<string, string | null>();
  return (instant) => {
    // Only plain UTC instants as Shuke writes them (2026-11-24T10:00:00.000Z) share an hour key.
    const hour = instant.length >= 20 && instant.endsWith('Z') && instant[13] === ':' ? instant.slice(0, 13) : '';
    let day = hour === '' ? null : hours.get(hour);
    if (day === undefined) {
      const start = Date.parse(`${hour}:00:00Z`);
      const first = Number.isNaN(start) ? null : dayInZone(new Date(start), timeZone);
      day = first !== null && first === dayInZone(new Date(start + 3_599_999), timeZone) ? first : null;
      hours.set(hour, day);
    }
    return day ?? dayInZone(new Date(instant), timeZone);
  };
}

export function metricsOf(
  row: repo.MetricsRow,
  day: string,
  timeZone: string,
  dayOf: (instant: string) => string = (instant) => dayInZone(new Date(instant), timeZone),
): ValueMetrics {
  const since = (instant: string | null) => (instant === null ? null : daysBetween(dayOf(instant), day));
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

export function toValueRow(row: repo.MetricsRow, labels: ValueLabels): CustomerValueRow {
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
    last_visit_at: row.last_at,
  };
}

/**
 * Every live customer labelled by the rules as of the evening of each day (the owner's tiers not
 * applied). `fast: false` finds days as before dayFinder (for the bench's previous pass).
 */
export async function labelAll(db: Db, days: readonly string[], rules: BookValueRules, fast = true) {
  const perDay = await repo.metricsAsOf(
    db,
    days.map((day) => windowEndingOn(day, rules)),
  );
  const dayOf = fast ? dayFinder(rules.timeZone) : undefined;
  return days.map((day, k) => {
    const rows = perDay[k] ?? [];
    const baseline = baselineOf(
      rows.map((r) => r.spend_window),
      rules,
    );
    return { baseline, items: rows.map((row) => ({ row, labels: labelsOf(metricsOf(row, day, rules.timeZone, dayOf), rules, baseline) })) };
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
  'last_visit_at',
] as const satisfies readonly (keyof CustomerValueRow)[];

export function sameValue(a: CustomerValueRow | undefined, b: CustomerValueRow): boolean {
  return a !== undefined && valueColumns.every((column) => a[column] === b[column]);
}

export function countTiers(found: readonly Tier[]): Map<Tier, number> {
  const counts = new Map<Tier, number>(tiers.map((t) => [t, 0]));
  for (const tier of found) counts.set(tier, (counts.get(tier) ?? 0) + 1);
  return counts;
}

/** The rules a book's stored values were computed under; values under other rules are recomputed whole. */
const rulesKey = 'value.rulesUsed';

/**
 * The whole book as of `day`; the first time (no tier history yet) also the tier counts at the
 * last six month ends, so "how that changed" has a past. Answers the book-wide baseline.
 */
async function wholeBookValues(trx: Db, day: string, rules: BookValueRules): Promise<ValueBaseline> {
  const monthEnds = (await repo.hasTierHistory(trx))
    ? []
    : Array.from({ length: backfillMonths }, (_, i) => addDays(`${addMonths(day.slice(0, 7), i + 1 - backfillMonths)}-01`, -1));
  const [now, ...past] = await labelAll(trx, [day, ...monthEnds], rules);
  const valueRows = (now?.items ?? []).map(({ row, labels }) => toValueRow(row, labels));
  // Most days only a few customers change; writing just those keeps the pass short.
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
  return now?.baseline ?? { vipMinSpend: null, medianSpend: null };
}

const spender = (spend: number, line: number | null) => line !== null && spend > 0 && spend >= line;

/**
 * Brings values computed as of `from.day` to `day` (same rules, `day` not earlier) by recomputing
 * only the customers whose labels can differ; what it leaves equals a whole-book pass (tested).
 *
 * Why these customers and no others. A customer's labels are a function of their last and first
 * visit, visits and spend over the window and its two halves, usual gap, tier override, whether
 * they count yet (written down, or came, before the evening), and the book-wide baseline (VIP
 * line, median spend). For a customer nobody wrote about since the last pass (`changed`, noted by
 * the triggers of migration 0012: entries, purchase lines, and the customer fields above):
 * - visits and spend over the window change only if a visit or purchase is dated where a window
 *   edge moved: between the old and new window starts (it left), the old and new half starts (it
 *   changed halves), or the old and new evenings (it entered; it may have been written long ago);
 * - their last and first visit stay put, so days since each grow by exactly the days passed, and
 *   a label moves only when that crosses a line: lost (last visit `lostAfterDays` before a day in
 *   between), no longer new (first visit `newWithinDays` before), at risk (last visit plus their
 *   own limit, max(atRiskAfterDays, ⌈2 × usual gap⌉), within the days passed); the ranges are
 *   padded by a day or two, as a few extra customers only cost time;
 * - they start to count if written down between the two evenings;
 * - the baseline is recomputed from every valued spend; where it moved, only customers whose
 *   spend lies between the old and new VIP line or median can flip VIP or big, and those are
 *   recomputed too. Stage and relationship follow from tier, spend and visits, covered above.
 */
async function catchUpValues(
  trx: Db,
  from: { day: string; baseline: ValueBaseline },
  day: string,
  rules: BookValueRules,
  changed: readonly string[],
): Promise<ValueBaseline> {
  const w0 = windowEndingOn(from.day, rules);
  const w1 = windowEndingOn(day, rules);
  const midnight = (d: string) => midnightInZone(d, rules.timeZone);
  const crossing = (days: number) => [midnight(addDays(from.day, -days - 1)), midnight(addDays(day, 1 - days))] as const;
  const julian = (instant: string) => Date.parse(instant) / 86_400_000 + 2_440_587.5;
  const moved = await repo.customersInBands(trx, {
    entriesBetween: [
      [w0.windowStart, w1.windowStart],
      [w0.halfStart, w1.halfStart],
      [w0.asOf, w1.asOf],
    ],
    createdBetween: [w0.asOf, w1.asOf],
    lastVisitBetween: crossing(rules.lostAfterDays),
    firstVisitBetween: crossing(rules.newWithinDays),
    atRiskBetween: [julian(w0.asOf) - 3, julian(w1.asOf) + 2],
    atRiskAfterDays: rules.atRiskAfterDays,
  });
  const first = new Set([...changed, ...moved]);
  const [recomputed = []] = first.size === 0 ? [] : await repo.metricsAsOf(trx, [w1], [...first]);
  const spends = new Map((await repo.valuedSpends(trx)).map((r) => [r.customer_id, r.spend_window]));
  for (const id of first) spends.delete(id);
  for (const row of recomputed) if (row.spend_window > 0) spends.set(row.customer_id, row.spend_window);
  const baseline = baselineOf([...spends.values()], rules);
  const flipped = [...spends]
    .filter(
      ([id, spend]) =>
        !first.has(id) &&
        (spender(spend, from.baseline.vipMinSpend) !== spender(spend, baseline.vipMinSpend) ||
          spender(spend, from.baseline.medianSpend) !== spender(spend, baseline.medianSpend)),
    )
    .map(([id]) => id);
  const [relabelled = []] = flipped.length === 0 ? [] : await repo.metricsAsOf(trx, [w1], flipped);
  const dayOf = dayFinder(rules.timeZone);
  const rows = [...recomputed, ...relabelled].map((row) =>
    toValueRow(row, labelsOf(metricsOf(row, day, rules.timeZone, dayOf), rules, baseline)),
  );
  const valued = new Set(recomputed.map((r) => r.customer_id));
  const ids = rows.map((r) => r.customer_id);
  const before = new Map((ids.length === 0 ? [] : await repo.valuesOf(trx, ids)).map((r) => [r.customer_id, r]));
  await repo.syncValues(
    trx,
    rows.filter((r) => !sameValue(before.get(r.customer_id), r)),
    [...first].filter((id) => !valued.has(id)),
  );
  return baseline;
}

/**
 * Brings every customer's value to `day` (the book's today, never a client's) in one transaction
 * and records the day's tier counts: by catching up from the last pass where the rules allow
 * (see catchUpValues), else over the whole book. Answers which it did.
 */
export async function refreshValues(db: Db, day: string): Promise<'caught up' | 'whole book'> {
  return inTransaction(db, async (trx) => {
    const rules = await valueRules(trx);
    const stored = await storedBaseline(trx);
    const rulesUsed = (await readSettings(trx)).get(rulesKey);
    const changed = await repo.takeValueChanges(trx);
    const canCatchUp = stored !== null && stored.day <= day && rulesUsed === JSON.stringify(rules) && (await repo.hasTierHistory(trx));
    const baseline = canCatchUp ? await catchUpValues(trx, stored, day, rules, changed) : await wholeBookValues(trx, day, rules);
    const counts = await repo.countValuedTiers(trx);
    await repo.writeTierCounts(trx, day, new Map(tiers.map((t) => [t, counts.get(t) ?? 0])));
    await writeSetting(trx, vipKey, String(baseline.vipMinSpend ?? ''));
    await writeSetting(trx, medianKey, String(baseline.medianSpend ?? ''));
    await writeSetting(trx, rulesKey, JSON.stringify(rules));
    await writeSetting(trx, computedKey, day);
    return canCatchUp ? 'caught up' : 'whole book';
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
