import type { Insights } from '../../../shared/contract';
import { addDays, addMonths, dayInZone, daysBetween, midnightInZone } from '../../../shared/domain/calendar-date';
import { tiers, type Tier } from '../../../shared/domain/customer-value';
import { median } from '../../../shared/domain/median';
import type { ServiceContext } from '../../api/context';
import type { Db } from '../../db/database';
import { bookToday, loadSettings } from '../settings/settings.service';
import { tierHistorySince } from '../value/value.repository';
import { ensureValues } from '../value/value.service';
import * as repo from './insights.repository';

const weeks = 26;
const months = 12;

function mondayOf(day: string): string {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** The month `back` months before the one `day` falls in. */
function monthsBack(day: string, back: number): string {
  return addMonths(day.slice(0, 7), -back);
}

/** Where an insight's numbers are read from: the repository, or (in the bench) the queries it replaced. */
type Reads<K extends keyof typeof repo> = Pick<typeof repo, K>;

export async function pareto(db: Db, topPercent: number, reads: Reads<'spendTwentieths'> = repo): Promise<Insights['pareto']> {
  const rows = await reads.spendTwentieths(db);
  const spenders = rows.reduce((n, r) => n + r.customers, 0);
  const revenue = rows.reduce((n, r) => n + r.spend, 0);
  let customers = 0;
  let spent = 0;
  const points = [{ customersShare: 0, revenueShare: 0 }];
  for (const row of rows) {
    customers += row.customers;
    spent += row.spend;
    points.push({ customersShare: customers / spenders, revenueShare: spent / revenue });
  }
  // The same top as the VIP line: at least one customer whenever anyone spent.
  const top = spenders === 0 ? 0 : Math.max(1, Math.floor((spenders * topPercent) / 100));
  const topShare = revenue === 0 ? 0 : (await repo.spendOfTop(db, top)) / revenue;
  return { spenders, revenue, topPercent, topShare, points };
}

export async function tiersOverTime(db: Db, today: string): Promise<Insights['tiersOverTime']> {
  const rows = await tierHistorySince(db, addDays(today, -200));
  const byDay = new Map<string, Record<Tier, number>>();
  for (const row of rows) {
    const counts = byDay.get(row.day) ?? { vip: 0, regular: 0, new: 0, at_risk: 0, lost: 0 };
    if (tiers.includes(row.tier)) counts[row.tier] = row.customers;
    byDay.set(row.day, counts);
  }
  return [...byDay].map(([day, counts]) => ({ day, counts }));
}

function period(key: string, fromDay: string, toDay: string, timeZone: string): repo.Period {
  return { key, from: midnightInZone(fromDay, timeZone), to: midnightInZone(toDay, timeZone) };
}

export async function visitsPerWeek(db: Db, today: string, timeZone: string): Promise<Insights['visitsPerWeek']> {
  const first = addDays(mondayOf(today), -7 * (weeks - 1));
  const mondays = Array.from({ length: weeks }, (_, i) => addDays(first, 7 * i));
  const found = new Map(
    (
      await repo.visitsIn(
        db,
        mondays.map((monday) => period(monday, monday, addDays(monday, 7), timeZone)),
      )
    ).map((r) => [r.key, r.visits]),
  );
  return mondays.map((week) => ({ week, visits: found.get(week) ?? 0 }));
}

/** Per month: first visits (new customers) and all the other visits (customers coming back). */
export async function newVsReturning(
  db: Db,
  today: string,
  timeZone: string,
  reads: Reads<'firstVisitsIn'> = repo,
): Promise<Insights['newVsReturning']> {
  const monthList = Array.from({ length: months }, (_, i) => monthsBack(today, months - 1 - i));
  const periods = monthList.map((month) => period(month, `${month}-01`, `${addMonths(month, 1)}-01`, timeZone));
  const visits = new Map((await repo.visitsIn(db, periods)).map((r) => [r.key, r.visits]));
  const fresh = new Map((await reads.firstVisitsIn(db, periods)).map((r) => [r.key, r.customers]));
  return monthList.map((month) => {
    const newCustomers = fresh.get(month) ?? 0;
    return { month, newCustomers, returning: Math.max(0, (visits.get(month) ?? 0) - newCustomers) };
  });
}

export async function drifting(db: Db, today: string, timeZone: string): Promise<Insights['drifting']> {
  const rows = await repo.driftingByValue(db, 20);
  return rows.map((r) => ({
    customerId: r.id,
    name: r.name,
    daysSinceLastVisit: r.last_visit_at === null ? null : daysBetween(dayInZone(new Date(r.last_visit_at), timeZone), today),
    spendInWindow: r.spend_window,
    visitsInWindow: r.visits_window,
  }));
}

export async function referralLeaders(db: Db): Promise<Insights['referrals']> {
  const rows = await repo.topReferrers(db, 10);
  return rows.map((r) => ({ customerId: r.id, name: r.name, referred: r.referred, referredSpend: r.spend }));
}

export async function complaintResolution(db: Db, today: string, timeZone: string): Promise<Insights['complaints']> {
  const rows = await repo.complaints(db);
  const firstMonth = monthsBack(today, months - 1);
  const byMonth = new Map<string, { complaints: number; days: number[] }>();
  for (const row of rows) {
    const day = dayInZone(new Date(row.occurred_at), timeZone);
    const month = day.slice(0, 7);
    if (month < firstMonth) continue;
    const bucket = byMonth.get(month) ?? { complaints: 0, days: [] };
    bucket.complaints += 1;
    if (row.resolved_on !== null) bucket.days.push(Math.max(0, daysBetween(day, row.resolved_on)));
    byMonth.set(month, bucket);
  }
  return {
    open: rows.filter((r) => r.resolved_on === null).length,
    months: Array.from({ length: months }, (_, i) => monthsBack(today, months - 1 - i)).map((month) => {
      const bucket = byMonth.get(month);
      return {
        month,
        complaints: bucket?.complaints ?? 0,
        resolved: bucket?.days.length ?? 0,
        medianDaysToResolve: bucket === undefined ? null : median(bucket.days),
      };
    }),
  };
}

/** Every insight as of the book's today (in its time zone); the book's values are brought up to that day first. */
export async function insights(db: Db, now: Date): Promise<Insights> {
  const { today, timeZone } = await bookToday(db, now);
  await ensureValues(db, today);
  const settings = await loadSettings(db);
  return {
    today,
    currency: settings.currency,
    windowDays: settings.valueWindowDays,
    pareto: await pareto(db, settings.vipTopPercent),
    tiersOverTime: await tiersOverTime(db, today),
    visitsPerWeek: await visitsPerWeek(db, today, timeZone),
    newVsReturning: await newVsReturning(db, today, timeZone),
    drifting: await drifting(db, today, timeZone),
    referrals: await referralLeaders(db),
    complaints: await complaintResolution(db, today, timeZone),
  };
}

/** The insights call: as of now, in the book's own days. */
export function insightsNow(ctx: ServiceContext): Promise<Insights> {
  return insights(ctx.db, ctx.now());
}
