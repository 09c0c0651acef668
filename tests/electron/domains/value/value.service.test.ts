import { describe, expect, it } from 'vitest';
import type { CustomerValue } from '../../../../shared/contract';
import { refreshValues, scheduleDailyValues } from '../../../../electron/domains/value/value.service';
import { dayInZone } from '../../../../shared/domain/calendar-date';
import { call, testTimeZone, type TestApp } from '../../../helpers/create-test-db';
import { buy, shopToday, smallShop } from '../../../helpers/small-shop';

const today = shopToday;

async function valueOf(app: TestApp, customerId: string) {
  return call<CustomerValue>(app, 'customers.value', { customerId });
}

describe('customer value on a small hand-made shop', () => {
  it('labels the top 20% by spend VIP, and the newcomer, the slipping, the lost and the never-seen', async () => {
    const shop = await smallShop();
    const tiers = await Promise.all(shop.ids.map(async (id) => (await valueOf(shop.app, id)).tier));
    // 13 spenders in the window (the lost one spent before it): the top 2 are VIP.
    expect(tiers).toEqual(['regular', 'regular', 'regular', 'regular', 'regular', 'regular', 'regular', 'regular', 'vip', 'vip']);
    const top = await valueOf(shop.app, shop.ids[9] ?? '');
    expect(top).toMatchObject({
      tierWhy: { rule: 'vip', percent: 20, days: 365 },
      spendInWindow: 100_000,
      visitsInWindow: 2,
      averageSpend: 50_000,
    });
    expect(await valueOf(shop.app, shop.newcomer)).toMatchObject({ tier: 'new', stage: 'acquisition' });
    expect(await valueOf(shop.app, shop.slipping)).toMatchObject({
      tier: 'at_risk',
      tierWhy: { rule: 'atRisk', sinceDays: 140, limitDays: 90 },
      stage: 'decline',
    });
    expect(await valueOf(shop.app, shop.lost)).toMatchObject({ tier: 'lost', stage: 'departure', daysSinceLastVisit: 400 });
    expect(await valueOf(shop.app, shop.never)).toMatchObject({ tier: 'new', tierWhy: { rule: 'noVisits' }, relationship: null });
    const counts = shop.app.sqlite.prepare('SELECT tier, count(*) AS n FROM customer_value GROUP BY tier ORDER BY tier').all();
    expect(counts).toEqual([
      { tier: 'at_risk', n: 1 },
      { tier: 'lost', n: 1 },
      { tier: 'new', n: 2 },
      { tier: 'regular', n: 8 },
      { tier: 'vip', n: 2 },
    ]);
    await shop.app.close();
  });

  it('keeps the stored value current after a purchase, and takes the owner’s tier with a reason', async () => {
    const shop = await smallShop();
    await valueOf(shop.app, shop.slipping);
    await buy(shop.app, shop.slipping, 1, 2000);
    const stored = shop.app.sqlite.prepare('SELECT tier, spend_window FROM customer_value WHERE customer_id = ?').get(shop.slipping);
    expect(stored).toEqual({ tier: 'vip', spend_window: 230_000 });
    const refused = await shop.app.dispatch('customers.setTier', { customerId: shop.never, tier: 'vip' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const set = await call<CustomerValue>(shop.app, 'customers.setTier', {
      customerId: shop.never,
      tier: 'vip',
      reason: '老板的朋友',
    });
    expect(set).toMatchObject({ tier: 'vip', tierWhy: { rule: 'override', reason: '老板的朋友' }, computedTier: 'new' });
    expect(shop.app.sqlite.prepare('SELECT tier FROM customer_value WHERE customer_id = ?').get(shop.never)).toEqual({ tier: 'vip' });
    const back = await call<CustomerValue>(shop.app, 'customers.setTier', { customerId: shop.never, tier: null });
    expect(back).toMatchObject({ tier: 'new', tierWhy: { rule: 'noVisits' } });
    await shop.app.close();
  });

  it('records tier counts for today and the six month ends before, the first time', async () => {
    const shop = await smallShop();
    await refreshValues(shop.app.ctx.db, today);
    const days = shop.app.sqlite.prepare('SELECT DISTINCT day FROM tier_history ORDER BY day').all();
    expect(days).toEqual(
      ['2026-05-31', '2026-06-30', '2026-07-31', '2026-08-31', '2026-09-30', '2026-10-31', today].map((day) => ({ day })),
    );
    // On 31 May: the ten regulars and the slipping customer had come once (8 May), the top two
    // spenders of the eleven who spent in the year before are VIP, the lost customer (last seen
    // October 2025) was at risk, and the others were not customers yet.
    const may = shop.app.sqlite
      .prepare("SELECT tier, customers FROM tier_history WHERE day = '2026-05-31' AND customers > 0 ORDER BY tier")
      .all();
    expect(may).toEqual([
      { tier: 'at_risk', customers: 1 },
      { tier: 'new', customers: 9 },
      { tier: 'vip', customers: 2 },
    ]);
    await shop.app.close();
  });
});

describe('value rules from settings', () => {
  it('relabel the book when the owner changes a threshold', async () => {
    const shop = await smallShop();
    expect((await valueOf(shop.app, shop.ids[7] ?? '')).tier).toBe('regular');
    await call(shop.app, 'settings.update', { vipTopPercent: 30 });
    // 13 spenders: the top 30% are the best 3.
    expect((await valueOf(shop.app, shop.ids[7] ?? '')).tier).toBe('vip');
    expect(shop.app.sqlite.prepare("SELECT count(*) AS n FROM customer_value WHERE tier = 'vip'").get()).toEqual({ n: 3 });
    await shop.app.close();
  });
});

describe('the daily value pass', () => {
  it('runs when the app starts, for the shop’s today', async () => {
    const shop = await smallShop();
    const computedOn = () => shop.app.sqlite.prepare("SELECT value FROM settings WHERE key = 'value.computedOn'").get();
    shop.app.sqlite.prepare("DELETE FROM settings WHERE key = 'value.computedOn'").run();
    const errors: unknown[] = [];
    const schedule = scheduleDailyValues(shop.app.ctx, (error) => errors.push(error));
    await schedule.first;
    schedule.stop();
    expect(computedOn()).toEqual({ value: dayInZone(shop.app.clock.now(), testTimeZone) });
    expect(errors).toEqual([]);
    await shop.app.close();
  });
});
