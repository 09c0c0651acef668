import { describe, expect, it } from 'vitest';
import type { Customer, Entry, Insights } from '../../../../shared/contract';
import { addDays, dayInZone, midnightInZone } from '../../../../shared/domain/calendar-date';
import { visitKinds, type EntryKind } from '../../../../shared/domain/entry-kinds';
import { call, testTimeZone } from '../../../helpers/create-test-db';
import { daysAgoAt, shopToday, smallShop } from '../../../helpers/small-shop';

interface RawEntry {
  customer_id: string;
  kind: EntryKind;
  occurred_at: string;
  spend: number;
}

/** The same answers the plain way: every live entry read out, counted in TypeScript. */
function plainAnswers(rows: RawEntry[], today: string) {
  const visits = rows.filter((r) => visitKinds.includes(r.kind));
  const mondayOf = (day: string) => addDays(day, -((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7));
  const perWeek = new Map<string, number>();
  for (const v of visits) {
    const week = mondayOf(dayInZone(new Date(v.occurred_at), testTimeZone));
    perWeek.set(week, (perWeek.get(week) ?? 0) + 1);
  }
  const windowStart = midnightInZone(addDays(today, 1 - 365), testTimeZone);
  const spendBy = new Map<string, number>();
  for (const r of rows) if (r.occurred_at >= windowStart) spendBy.set(r.customer_id, (spendBy.get(r.customer_id) ?? 0) + r.spend);
  const spends = [...spendBy.values()].filter((s) => s > 0).sort((a, b) => b - a);
  const revenue = spends.reduce((a, b) => a + b, 0);
  const top = Math.max(1, Math.floor(spends.length * 0.2));
  const firstMonth = new Map<string, string>();
  const visitsIn = new Map<string, number>();
  for (const v of [...visits].sort((a, b) => a.occurred_at.localeCompare(b.occurred_at))) {
    const month = dayInZone(new Date(v.occurred_at), testTimeZone).slice(0, 7);
    if (!firstMonth.has(v.customer_id)) firstMonth.set(v.customer_id, month);
    visitsIn.set(month, (visitsIn.get(month) ?? 0) + 1);
  }
  const newIn = (month: string) => [...firstMonth.values()].filter((m) => m === month).length;
  return {
    perWeek,
    revenue,
    topShare: spends.slice(0, top).reduce((a, b) => a + b, 0) / revenue,
    monthly: (month: string) => ({ month, newCustomers: newIn(month), returning: (visitsIn.get(month) ?? 0) - newIn(month) }),
  };
}

describe('insights', () => {
  it('agree with a plain TypeScript count of the same book', async () => {
    const shop = await smallShop();
    const { app } = shop;
    await call<Entry>(app, 'entries.add', {
      customerId: shop.ids[0],
      kind: 'complaint',
      occurredAt: daysAgoAt(30),
      text: '拉链坏了',
      details: { remedy: '换了', resolvedOn: addDays(shopToday, -26) },
    });
    await call(app, 'entries.add', { customerId: shop.ids[1], kind: 'complaint', occurredAt: daysAgoAt(2), text: '颜色不对' });
    const friend = await call<Customer>(app, 'customers.create', { name: '朋友', referredBy: shop.ids[9] });
    await call(app, 'entries.add', {
      customerId: friend.id,
      kind: 'purchase',
      occurredAt: daysAgoAt(3),
      lines: [{ item: '围巾', unitPriceMinor: 15000 }],
    });
    const got = await call<Insights>(app, 'insights', {});
    const raw = app.sqlite
      .prepare(
        `SELECT e.customer_id, e.kind, e.occurred_at,
           coalesce((SELECT sum(coalesce(amount_minor, unit_price_minor * quantity, 0)) FROM purchase_lines WHERE entry_id = e.id), 0) AS spend
         FROM entries e WHERE e.deleted_at IS NULL`,
      )
      .all() as RawEntry[];
    const plain = plainAnswers(raw, shopToday);

    expect(got.pareto.revenue).toBe(plain.revenue);
    expect(got.pareto.topShare).toBeCloseTo(plain.topShare, 10);
    expect(got.pareto.points.at(-1)).toEqual({ customersShare: 1, revenueShare: 1 });
    expect(got.visitsPerWeek).toHaveLength(26);
    for (const { week, visits } of got.visitsPerWeek) expect([week, visits]).toEqual([week, plain.perWeek.get(week) ?? 0]);
    expect(got.visitsPerWeek.reduce((n, w) => n + w.visits, 0)).toBeGreaterThan(0);
    expect(got.newVsReturning).toEqual(got.newVsReturning.map((m) => plain.monthly(m.month)));
    expect(got.newVsReturning.reduce((n, m) => n + m.newCustomers, 0)).toBe(13);
    expect(got.drifting.map((d) => [d.name, d.daysSinceLastVisit])).toEqual([['好久没来', 140]]);
    expect(got.referrals).toEqual([{ customerId: shop.ids[9], name: '顾客10', referred: 1, referredSpend: 15000 }]);
    const month = (daysAgo: number) => dayInZone(new Date(daysAgoAt(daysAgo)), testTimeZone).slice(0, 7);
    expect(got.complaints.open).toBe(1);
    const resolved = got.complaints.months.find((m) => m.month === month(30));
    expect(resolved).toMatchObject({ resolved: 1, medianDaysToResolve: 4 });
    expect(got.tiersOverTime.at(-1)).toEqual({ day: shopToday, counts: { vip: 2, regular: 8, new: 3, at_risk: 1, lost: 1 } });
    await app.close();
  });
});
