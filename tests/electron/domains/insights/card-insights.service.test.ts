import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { CardInsights, Customer } from '../../../../shared/contract';
import type { MemberCard } from '../../../../shared/contract/cards.contract';
import { dayInZone } from '../../../../shared/domain/calendar-date';
import { call, createTestApp, testTimeZone, type TestApp } from '../../../helpers/create-test-db';

let app: TestApp;
afterEach(async () => {
  await app.close();
});

async function shop(): Promise<Customer[]> {
  app = await createTestApp('zh-CN');
  await call(app, 'cards.setRules', { pointsPerUnit: 1, tierMultipliers: {}, bonusTiers: [{ from: 50_000, bonus: 5_000 }] });
  return [
    await call<Customer>(app, 'customers.create', { name: '王丽华' }),
    await call<Customer>(app, 'customers.create', { name: '陈美玲' }),
  ];
}

const move = (customerId: string, request: unknown) => call<{ card: MemberCard }>(app, 'cards.move', { customerId, request });
const month = (insights: CardInsights, key: string) => ({
  outstanding: insights.outstanding.find((m) => m.month === key),
  flows: insights.flows.find((m) => m.month === key),
  punches: insights.punches.find((m) => m.month === key),
});

describe('card insights', () => {
  it('give known monthly figures for known movements, months in the shop’s time zone', async () => {
    const [wang, chen] = await shop();
    if (wang === undefined || chen === undefined) throw new Error('no customers');
    app.clock.set('2026-08-10T03:00:00.000Z');
    await move(wang.id, { kind: 'top_up', principal: 50_000 });
    await move(chen.id, { kind: 'top_up', principal: 20_000 });
    await move(wang.id, { kind: 'earn', points: 300 });
    const sold = await move(wang.id, { kind: 'sell_punch', punchKind: '洗车', uses: 10, priceMinor: 30_000 });
    const punchId = sold.card.punchCards[0]?.id ?? '';
    // 16:30 UTC on 31 August is 00:30 on 1 September in Shanghai: these count in September.
    app.clock.set('2026-08-31T16:30:00.000Z');
    await move(wang.id, { kind: 'pay', amount: 52_000 });
    await move(wang.id, { kind: 'punch', punchId });
    await move(wang.id, { kind: 'redeem', points: 100, gift: '围巾' });
    app.clock.set('2026-10-05T03:00:00.000Z');
    await move(chen.id, { kind: 'refund' });
    await move(wang.id, { kind: 'punch', punchId, uses: 2 });
    app.clock.set('2026-11-24T09:00:00.000Z');

    const insights = await call<CardInsights>(app, 'insights.cards', {});
    expect(insights.anyMovement).toBe(true);
    expect(insights.outstanding.map((m) => m.month)).toEqual([
      '2025-12',
      ...['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11'].map((m) => `2026-${m}`),
    ]);
    expect(month(insights, '2026-07').outstanding).toEqual({ month: '2026-07', principal: 0, bonus: 0 });
    expect(month(insights, '2026-08')).toEqual({
      outstanding: { month: '2026-08', principal: 70_000, bonus: 5_000 },
      flows: { month: '2026-08', toppedUp: 70_000, bonus: 5_000, paid: 0, pointsRedeemed: 0 },
      punches: { month: '2026-08', cardsSold: 1, usesSold: 10, usesUsed: 0 },
    });
    // Paying 520 spends the 500 paid in, then 20 of the 50 bonus.
    expect(month(insights, '2026-09')).toEqual({
      outstanding: { month: '2026-09', principal: 20_000, bonus: 3_000 },
      flows: { month: '2026-09', toppedUp: 0, bonus: 0, paid: 52_000, pointsRedeemed: 100 },
      punches: { month: '2026-09', cardsSold: 0, usesSold: 0, usesUsed: 1 },
    });
    // The refund takes 200 of principal out; it is not a payment at the counter.
    expect(month(insights, '2026-10')).toEqual({
      outstanding: { month: '2026-10', principal: 0, bonus: 3_000 },
      flows: { month: '2026-10', toppedUp: 0, bonus: 0, paid: 0, pointsRedeemed: 0 },
      punches: { month: '2026-10', cardsSold: 0, usesSold: 0, usesUsed: 2 },
    });
    expect(month(insights, '2026-11').outstanding).toEqual({ month: '2026-11', principal: 0, bonus: 3_000 });
  });

  it('say there is nothing when no card ever moved', async () => {
    await shop();
    const insights = await call<CardInsights>(app, 'insights.cards', {});
    expect(insights.anyMovement).toBe(false);
    expect(insights.outstanding.every((m) => m.principal === 0 && m.bonus === 0)).toBe(true);
  });

  it('count lines from before the twelve months in what is owed at the first month end', async () => {
    const [wang] = await shop();
    app.clock.set('2024-03-01T03:00:00.000Z');
    await move(wang?.id ?? '', { kind: 'top_up', principal: 10_000 });
    app.clock.set('2026-11-24T09:00:00.000Z');
    const insights = await call<CardInsights>(app, 'insights.cards', {});
    expect(insights.outstanding[0]).toEqual({ month: '2025-12', principal: 10_000, bonus: 0 });
    expect(insights.flows.every((m) => m.toppedUp === 0)).toBe(true);
  });

  it('owe at each month end what the stored-value lines up to it add to (property)', async () => {
    const [wang, chen] = await shop();
    const ids = [wang?.id ?? '', chen?.id ?? ''];
    const step = fc.record({
      who: fc.integer({ min: 0, max: 1 }),
      days: fc.integer({ min: 0, max: 40 }),
      request: fc.oneof(
        fc.record({ kind: fc.constant('top_up'), principal: fc.integer({ min: 1, max: 80_000 }) }),
        fc.record({ kind: fc.constant('pay'), amount: fc.integer({ min: 1, max: 30_000 }) }),
        fc.record({ kind: fc.constant('refund') }),
        fc.record({
          kind: fc.constant('correction'),
          purse: fc.constantFrom('principal', 'bonus'),
          delta: fc.integer({ min: -5_000, max: 5_000 }).filter((n) => n !== 0),
          reason: fc.constant('数错了'),
        }),
      ),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        app.sqlite.exec('DELETE FROM card_movements; DELETE FROM entries');
        let at = Date.parse('2025-11-20T02:00:00.000Z');
        for (const s of steps) {
          at += s.days * 86_400_000 + 3_600_000;
          app.clock.set(new Date(Math.min(at, Date.parse('2026-11-24T08:00:00.000Z'))).toISOString());
          // A refused movement (more than the balance) writes nothing, which the sums must agree with.
          await app.dispatch('cards.move', { customerId: ids[s.who], request: s.request });
        }
        app.clock.set('2026-11-24T09:00:00.000Z');
        const insights = await call<CardInsights>(app, 'insights.cards', {});
        const lines = app.sqlite.prepare("SELECT purse, delta, at FROM card_movements WHERE purse IN ('principal', 'bonus')").all() as {
          purse: string;
          delta: number;
          at: string;
        }[];
        for (const m of insights.outstanding) {
          const upTo = lines.filter((l) => dayInZone(new Date(l.at), testTimeZone).slice(0, 7) <= m.month);
          const sum = (purse: string) => upTo.filter((l) => l.purse === purse).reduce((n, l) => n + l.delta, 0);
          expect(m).toEqual({ month: m.month, principal: sum('principal'), bonus: sum('bonus') });
        }
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
