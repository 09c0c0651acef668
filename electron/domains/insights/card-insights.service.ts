import type { CardInsights } from '../../../shared/contract';
import { addMonths, midnightInZone } from '../../../shared/domain/calendar-date';
import { movementKinds } from '../../../shared/domain/card-ledger';
import type { ServiceContext } from '../../api/context';
import type { Db } from '../../db/database';
import { bookToday, defaultCurrency } from '../settings/settings.service';
import { anyCardMovement, linesIn } from './card-insights.repository';
import type { Period } from './insights.repository';

const months = 12;

/** What lines taking away add to, as a positive amount (and 0, never -0, when there were none). */
const spent = (sum: number) => (sum === 0 ? 0 : -sum);

/** The last twelve months of the shop's calendar up to the one `today` falls in, each as stored instants. */
export function monthPeriods(today: string, timeZone: string, count = months): Period[] {
  const last = today.slice(0, 7);
  return Array.from({ length: count }, (_, i) => {
    const month = addMonths(last, i - (count - 1));
    return { key: month, from: midnightInZone(`${month}-01`, timeZone), to: midnightInZone(`${addMonths(month, 1)}-01`, timeZone) };
  });
}

/**
 * What the shop owes its members at each month's end: every line of the stored-value purses up to
 * it, whatever its kind (top-ups, payments, refunds, corrections, openings, merges). The months
 * before the first are summed once, then each month's lines are added on.
 */
export async function outstandingByMonth(db: Db, periods: readonly Period[]): Promise<CardInsights['outstanding']> {
  const first = periods[0];
  if (first === undefined) return [];
  const before = { from: '', to: first.from };
  let principal = (await linesIn(db, 'principal', movementKinds, before)).sum;
  let bonus = (await linesIn(db, 'bonus', movementKinds, before)).sum;
  const result: CardInsights['outstanding'] = [];
  for (const period of periods) {
    principal += (await linesIn(db, 'principal', movementKinds, period)).sum;
    bonus += (await linesIn(db, 'bonus', movementKinds, period)).sum;
    result.push({ month: period.key, principal, bonus });
  }
  return result;
}

/** Per month: paid in by top-ups and the bonus given on them, stored value spent at the counter, points redeemed. */
export async function flowsByMonth(db: Db, periods: readonly Period[]): Promise<CardInsights['flows']> {
  const result: CardInsights['flows'] = [];
  for (const period of periods) {
    const [toppedUp, bonus, paidPrincipal, paidBonus, redeemed] = await Promise.all([
      linesIn(db, 'principal', ['top_up'], period),
      linesIn(db, 'bonus', ['top_up'], period),
      linesIn(db, 'principal', ['pay'], period),
      linesIn(db, 'bonus', ['pay'], period),
      linesIn(db, 'points', ['redeem'], period),
    ]);
    result.push({
      month: period.key,
      toppedUp: toppedUp.sum,
      bonus: bonus.sum,
      paid: spent(paidPrincipal.sum + paidBonus.sum),
      pointsRedeemed: spent(redeemed.sum),
    });
  }
  return result;
}

/** Per month: punch cards sold (a line each) with the uses they carry, and the uses spent. */
export async function punchesByMonth(db: Db, periods: readonly Period[]): Promise<CardInsights['punches']> {
  const result: CardInsights['punches'] = [];
  for (const period of periods) {
    const [sold, used] = await Promise.all([linesIn(db, 'punch', ['sell_punch'], period), linesIn(db, 'punch', ['punch'], period)]);
    result.push({ month: period.key, cardsSold: sold.lines, usesSold: sold.sum, usesUsed: spent(used.sum) });
  }
  return result;
}

/** The card insights as of the book's today, in its time zone. */
export async function cardInsights(db: Db, now: Date): Promise<CardInsights> {
  const { today, timeZone } = await bookToday(db, now);
  const periods = monthPeriods(today, timeZone);
  return {
    today,
    currency: await defaultCurrency(db),
    anyMovement: await anyCardMovement(db),
    outstanding: await outstandingByMonth(db, periods),
    flows: await flowsByMonth(db, periods),
    punches: await punchesByMonth(db, periods),
  };
}

/** The card insights call: as of now, in the book's own days. */
export function cardInsightsNow(ctx: ServiceContext): Promise<CardInsights> {
  return cardInsights(ctx.db, ctx.now());
}
