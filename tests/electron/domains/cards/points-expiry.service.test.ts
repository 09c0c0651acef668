import { afterEach, describe, expect, it } from 'vitest';
import type { Customer, Entry } from '../../../../shared/contract';
import { checkCards } from '../../../../electron/domains/cards/card-check.service';
import { cardsDailyPass } from '../../../../electron/domains/cards/points-expiry.service';
import { call, createTestApp, dumpRows, type TestApp } from '../../../helpers/create-test-db';

let app: TestApp;
afterEach(async () => {
  await app.close();
});

const rules = { pointsPerUnit: 1, tierMultipliers: {}, bonusTiers: [] };
const points = (customerId: string) =>
  (
    app.sqlite
      .prepare("SELECT coalesce(sum(delta), 0) AS n FROM card_movements WHERE customer_id = ? AND purse = 'points'")
      .get(customerId) as { n: number }
  ).n;
const expireLines = () =>
  app.sqlite.prepare("SELECT customer_id, delta, balance_after, reason FROM card_movements WHERE kind = 'expire' ORDER BY id").all();
const pass = () => cardsDailyPass(app.ctx.db, app.clock.now(), 'zh-CN');

async function move(customerId: string, request: object): Promise<void> {
  await call(app, 'cards.move', { customerId, request });
}

describe('card rules', () => {
  it('loads rules saved before rounding, expiry and punch-card kinds existed, with their defaults', async () => {
    app = await createTestApp('zh-CN');
    app.sqlite
      .prepare("INSERT INTO settings (key, value) VALUES ('cards.rules', ?)")
      .run(JSON.stringify({ pointsPerUnit: 2, tierMultipliers: { vip: 2 }, bonusTiers: [{ from: 50_000, bonus: 5_000 }] }));
    expect(await call(app, 'cards.rules', {})).toEqual({
      pointsPerUnit: 2,
      rounding: 'down',
      tierMultipliers: { vip: 2 },
      bonusTiers: [{ from: 50_000, bonus: 5_000 }],
      pointsExpiry: 'never',
      punchKinds: [],
    });
  });

  it('changing a rule never rewrites a movement already written', async () => {
    app = await createTestApp('zh-CN');
    await call(app, 'cards.setRules', { ...rules, bonusTiers: [{ from: 50_000, bonus: 5_000 }] });
    const wang = await call<Customer>(app, 'customers.create', { name: '王丽华' });
    await move(wang.id, { kind: 'top_up', principal: 50_000 });
    await move(wang.id, { kind: 'earn', points: 120 });
    await move(wang.id, { kind: 'sell_punch', punchKind: '洗车', uses: 10, priceMinor: 30_000, validUntil: '2027-11-30' });
    const before = dumpRows(app.sqlite);
    await call(app, 'cards.setRules', {
      pointsPerUnit: 5,
      rounding: 'nearest',
      tierMultipliers: { vip: 3, regular: 1.5 },
      bonusTiers: [{ from: 10_000, bonus: 9_000 }],
      pointsExpiry: 'endOfYear',
      punchKinds: [{ name: '洗车', count: 20, priceMinor: 50_000, validMonths: 6 }],
    });
    const tables = ['card_movements', 'punch_cards', 'member_cards', 'entries'];
    for (const table of tables) expect(dumpRows(app.sqlite)[table]).toEqual(before[table]);
    // What comes after follows the new rules; what was written stays as it was.
    await move(wang.id, { kind: 'top_up', principal: 10_000 });
    app.clock.set('2028-02-01T09:00:00.000Z');
    await pass();
    const after = dumpRows(app.sqlite);
    for (const table of tables) expect(after[table]).toEqual(expect.arrayContaining(before[table] ?? []));
    expect(after.card_movements?.length).toBe((before.card_movements?.length ?? 0) + 3);
    expect(app.sqlite.prepare("SELECT delta FROM card_movements WHERE kind = 'top_up' AND purse = 'bonus' ORDER BY at").all()).toEqual([
      { delta: 5_000 },
      { delta: 9_000 },
    ]);
  });
});

describe('points expiry', () => {
  it('expires points at the end of the year after they were earned, the oldest used first, once, with its diary line', async () => {
    app = await createTestApp('zh-CN');
    app.clock.set('2025-03-01T02:00:00.000Z');
    await call(app, 'cards.setRules', { ...rules, pointsExpiry: 'endOfNextYear' });
    const wang = await call<Customer>(app, 'customers.create', { name: '王丽华' });
    const li = await call<Customer>(app, 'customers.create', { name: '李四' });
    await move(wang.id, { kind: 'earn', points: 100 });
    await move(li.id, { kind: 'earn', points: 40 });
    app.clock.set('2025-06-01T02:00:00.000Z');
    await move(wang.id, { kind: 'redeem', points: 30 });
    app.clock.set('2026-02-01T02:00:00.000Z');
    await move(wang.id, { kind: 'earn', points: 50 });
    await move(li.id, { kind: 'redeem', points: 40 });
    // Good through 2026-12-31 (Shanghai): nothing goes before the end of that day.
    app.clock.set('2026-12-31T15:59:00.000Z');
    expect(await pass()).toEqual({ cards: 0, points: 0 });
    app.clock.set('2026-12-31T16:01:00.000Z');
    expect(await pass()).toEqual({ cards: 1, points: 70 });
    expect(points(wang.id)).toBe(50);
    expect(points(li.id)).toBe(0);
    expect(expireLines()).toEqual([{ customer_id: wang.id, delta: -70, balance_after: 50, reason: '2026-12-31' }]);
    const { items } = await call<{ items: Entry[] }>(app, 'entries.timeline', { customerId: wang.id });
    expect(items[0]?.text).toBe('70 积分已于 2026年12月31日到期；剩 50 分');
    const rows = dumpRows(app.sqlite);
    expect(await pass()).toEqual({ cards: 0, points: 0 });
    app.clock.set('2027-03-01T02:00:00.000Z');
    expect(await pass()).toEqual({ cards: 0, points: 0 });
    expect(dumpRows(app.sqlite).card_movements).toEqual(rows.card_movements);
    expect(await checkCards(app.ctx.db, app.clock.now())).toEqual([]);
    // The 50 earned in 2026 go at the end of 2027.
    app.clock.set('2028-01-01T02:00:00.000Z');
    expect(await pass()).toEqual({ cards: 1, points: 50 });
    expect(points(wang.id)).toBe(0);
  });

  it('does not take points already on a card when the rule is chosen before their new cutoff', async () => {
    app = await createTestApp('zh-CN');
    app.clock.set('2024-05-01T02:00:00.000Z');
    const wang = await call<Customer>(app, 'customers.create', { name: '王丽华' });
    await move(wang.id, { kind: 'earn', points: 100 });
    app.clock.set('2026-06-01T02:00:00.000Z');
    await call(app, 'cards.setRules', { ...rules, pointsExpiry: 'endOfNextYear' });
    expect(await pass()).toEqual({ cards: 0, points: 0 });
    app.clock.set('2027-06-01T02:00:00.000Z');
    expect(await pass()).toEqual({ cards: 0, points: 0 });
    app.clock.set('2028-01-02T02:00:00.000Z');
    expect(await pass()).toEqual({ cards: 1, points: 100 });
  });
});
