import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Customer, Entry } from '../../../../shared/contract';
import type { MemberCard } from '../../../../shared/contract/cards.contract';
import { checkCards } from '../../../../electron/domains/cards/card-check.service';
import { lastBackgroundFailure } from '../../../../electron/domains/settings/background-failure';
import { call, createTestApp, type TestApp } from '../../../helpers/create-test-db';

let app: TestApp;
afterEach(async () => {
  await app.close();
});

type Moved = { card: MemberCard; movementId: string; entryId: string; line: string };

async function shop(): Promise<{ customer: Customer }> {
  app = await createTestApp('zh-CN');
  await call(app, 'cards.setRules', {
    pointsPerUnit: 1,
    tierMultipliers: { vip: 2 },
    bonusTiers: [
      { from: 50_000, bonus: 5_000 },
      { from: 100_000, bonus: 15_000 },
    ],
  });
  return { customer: await call<Customer>(app, 'customers.create', { name: '王丽华' }) };
}

const count = (table: string) => (app.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('member cards', () => {
  it('tops up with the bonus tier the rules give, and writes the movement into the diary', async () => {
    const { customer } = await shop();
    const moved = await call<Moved>(app, 'cards.move', { customerId: customer.id, request: { kind: 'top_up', principal: 50_000 } });
    expect(moved.card.value).toEqual({ principal: 50_000, bonus: 5_000, total: 55_000 });
    expect(moved.line).toBe('充值 ¥500.00，送 ¥50.00；余额 ¥550.00');
    const { items } = await call<{ items: Entry[] }>(app, 'entries.timeline', { customerId: customer.id });
    expect(items.map((e) => e.text)).toEqual(['充值 ¥500.00，送 ¥50.00；余额 ¥550.00']);
    const ledger = await call<{ items: { purse: string; delta: number; balanceAfter: number; entryId: string }[] }>(app, 'cards.ledger', {
      customerId: customer.id,
    });
    expect(ledger.items.map((l) => [l.purse, l.delta, l.balanceAfter, l.entryId])).toEqual(
      expect.arrayContaining([
        ['principal', 50_000, 50_000, moved.entryId],
        ['bonus', 5_000, 5_000, moved.entryId],
      ]),
    );
  });

  it('refuses paying more than the balance, says what is available, and writes nothing', async () => {
    const { customer } = await shop();
    await call(app, 'cards.move', { customerId: customer.id, request: { kind: 'top_up', principal: 10_000 } });
    const [movements, entries] = [count('card_movements'), count('entries')];
    const refused = await app.dispatch('cards.move', { customerId: customer.id, request: { kind: 'pay', amount: 12_000 } });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', key: 'cardShortfall', params: { purseKey: 'purseValue', available: '¥100.00', asked: '¥120.00' } },
    });
    expect([count('card_movements'), count('entries')]).toEqual([movements, entries]);
  });

  it('sells a punch card, uses it one at a time, refuses an expired one and another customer’s', async () => {
    const { customer } = await shop();
    const sold = await call<Moved>(app, 'cards.move', {
      customerId: customer.id,
      request: { kind: 'sell_punch', punchKind: '洗车', uses: 10, priceMinor: 30_000, validUntil: '2027-11-30' },
    });
    expect(sold.line).toBe('办洗车 10 次卡，¥300.00');
    const punchId = sold.card.punchCards[0]?.id ?? '';
    const used = await call<Moved>(app, 'cards.move', { customerId: customer.id, request: { kind: 'punch', punchId } });
    expect(used.card.punchCards[0]).toMatchObject({ kind: '洗车', uses: 10, remaining: 9 });
    expect(used.line).toBe('洗车卡用 1 次；还剩 9 次');
    const other = await call<Customer>(app, 'customers.create', { name: '李四' });
    expect(await app.dispatch('cards.move', { customerId: other.id, request: { kind: 'punch', punchId } })).toMatchObject({
      ok: false,
      error: { key: 'punchCardUnknown' },
    });
    app.clock.set('2027-12-02T09:00:00.000Z');
    expect(await app.dispatch('cards.move', { customerId: customer.id, request: { kind: 'punch', punchId } })).toMatchObject({
      ok: false,
      error: { key: 'punchCardExpired', params: { day: '2027-11-30' } },
    });
  });

  it('refunds the principal left and forfeits the bonus', async () => {
    const { customer } = await shop();
    await call(app, 'cards.move', { customerId: customer.id, request: { kind: 'top_up', principal: 100_000 } });
    await call(app, 'cards.move', { customerId: customer.id, request: { kind: 'pay', amount: 30_000 } });
    const refunded = await call<Moved>(app, 'cards.move', { customerId: customer.id, request: { kind: 'refund' } });
    expect(refunded.line).toBe('退卡：退本金 ¥700.00，赠送的 ¥150.00 不退');
    expect(refunded.card.value).toEqual({ principal: 0, bonus: 0, total: 0 });
  });

  it('never edits a ledger line: a correction is a movement of its own with its reason', async () => {
    const { customer } = await shop();
    await call(app, 'cards.move', { customerId: customer.id, request: { kind: 'earn', points: 120 } });
    expect(() => app.sqlite.prepare('UPDATE card_movements SET delta = 5').run()).toThrow(/never edited/);
    const corrected = await call<Moved>(app, 'cards.move', {
      customerId: customer.id,
      request: { kind: 'correction', purse: 'points', delta: -20, reason: '多记了' },
    });
    expect(corrected.card.points).toBe(100);
    expect(corrected.line).toBe('更正积分 -20：多记了');
    expect(
      await app.dispatch('cards.move', {
        customerId: customer.id,
        request: { kind: 'correction', purse: 'points', delta: -1, reason: ' ' },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('keeps card numbers unique, and a card goes with its customer deleted for good', async () => {
    const { customer } = await shop();
    await call(app, 'cards.open', { customerId: customer.id, number: 'A001' });
    const other = await call<Customer>(app, 'customers.create', { name: '李四' });
    expect(await app.dispatch('cards.open', { customerId: other.id, number: 'A001' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'cardNumberTaken', params: { number: 'A001', name: '王丽华' } },
    });
    await call(app, 'cards.move', { customerId: customer.id, request: { kind: 'earn', points: 10 } });
    await call(app, 'customers.delete', { id: customer.id, confirmName: '王丽华' });
    expect([count('member_cards'), count('card_movements')]).toEqual([0, 0]);
  });

  it('reports a card whose ledger does not add up, and changes nothing', async () => {
    const { customer } = await shop();
    await call(app, 'cards.move', { customerId: customer.id, request: { kind: 'earn', points: 10 } });
    // A line written behind Shuke's back, whose recorded balance is not the sum.
    app.sqlite
      .prepare(
        "INSERT INTO card_movements (id, movement_id, customer_id, purse, kind, delta, balance_after, at) VALUES ('0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', 'x', ?, 'points', 'earn', 5, 99, '2026-11-24T10:00:00.000Z')",
      )
      .run(customer.id);
    expect(await app.dispatch('cards.get', { customerId: customer.id })).toMatchObject({ ok: false, error: { key: 'cardMismatch' } });
    const movements = count('card_movements');
    expect(await app.dispatch('cards.move', { customerId: customer.id, request: { kind: 'earn', points: 1 } })).toMatchObject({
      ok: false,
      error: { key: 'cardMismatch' },
    });
    expect(count('card_movements')).toBe(movements);
  });

  it('through the whole service, the card always equals the sum of its ledger and never goes below zero', async () => {
    const { customer } = await shop();
    const request = fc.oneof(
      fc.record({ kind: fc.constant('earn'), points: fc.integer({ min: 1, max: 500 }) }),
      fc.record({ kind: fc.constant('redeem'), points: fc.integer({ min: 1, max: 500 }) }),
      fc.record({ kind: fc.constant('top_up'), principal: fc.integer({ min: 1, max: 120_000 }) }),
      fc.record({ kind: fc.constant('pay'), amount: fc.integer({ min: 1, max: 120_000 }) }),
      fc.constant({ kind: 'refund' }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(request, { maxLength: 12 }), async (requests) => {
        for (const r of requests) await app.dispatch('cards.move', { customerId: customer.id, request: r });
        const { card } = await call<{ card: MemberCard | null }>(app, 'cards.get', { customerId: customer.id });
        const sums = app.sqlite
          .prepare('SELECT purse, sum(delta) AS s, min(balance_after) AS low FROM card_movements WHERE customer_id = ? GROUP BY purse')
          .all(customer.id) as { purse: string; s: number; low: number }[];
        const sum = (purse: string) => sums.find((x) => x.purse === purse)?.s ?? 0;
        expect(sums.every((x) => x.low >= 0)).toBe(true);
        if (card !== null)
          expect([card.points, card.value.principal, card.value.bonus]).toEqual([sum('points'), sum('principal'), sum('bonus')]);
      }),
      { numRuns: 25 },
    );
  });
});

describe('refunds and corrections that ask nothing of the card', () => {
  it('refuses to refund an empty card instead of writing a movement of nothing', async () => {
    const { customer } = await shop();
    await call(app, 'cards.open', { customerId: customer.id });
    const [movements, entries] = [count('card_movements'), count('entries')];
    expect(await app.dispatch('cards.move', { customerId: customer.id, request: { kind: 'refund' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', key: 'cardNothingToRefund' },
    });
    await call(app, 'cards.move', { customerId: customer.id, request: { kind: 'top_up', principal: 1_000 } });
    await call(app, 'cards.move', { customerId: customer.id, request: { kind: 'refund' } });
    expect(await app.dispatch('cards.move', { customerId: customer.id, request: { kind: 'refund' } })).toMatchObject({
      ok: false,
      error: { key: 'cardNothingToRefund' },
    });
    // The top-up and the refund of its principal, each one line and one diary entry.
    expect([count('card_movements'), count('entries')]).toEqual([movements + 2, entries + 2]);
  });

  it('corrects only a punch card the customer owns, an expired one included', async () => {
    const { customer } = await shop();
    const sold = await call<Moved>(app, 'cards.move', {
      customerId: customer.id,
      request: { kind: 'sell_punch', punchKind: '洗车', uses: 5, validUntil: '2026-12-01' },
    });
    const punchId = sold.card.punchCards[0]?.id ?? '';
    const other = await call<Customer>(app, 'customers.create', { name: '李四' });
    const correction = { kind: 'correction', purse: 'punch', punchId, delta: -1, reason: '多卖了一次' };
    expect(await app.dispatch('cards.move', { customerId: other.id, request: correction })).toMatchObject({
      ok: false,
      error: { key: 'punchCardUnknown' },
    });
    app.clock.set('2027-01-02T09:00:00.000Z');
    const corrected = await call<Moved>(app, 'cards.move', { customerId: customer.id, request: correction });
    expect(corrected.card.punchCards[0]?.remaining).toBe(4);
  });
});

describe('checking the cards when a book opens', () => {
  it('reports a card that does not add up on Today, and clears the report once it does', async () => {
    const { customer } = await shop();
    await call(app, 'cards.move', { customerId: customer.id, request: { kind: 'earn', points: 10 } });
    expect(await checkCards(app.ctx.db, new Date('2026-11-24T09:00:00.000Z'))).toEqual([]);
    const forged = app.sqlite.prepare(
      "INSERT INTO card_movements (id, movement_id, customer_id, purse, kind, delta, balance_after, at) VALUES ('0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', 'x', ?, 'points', 'earn', 5, 99, '2026-11-24T10:00:00.000Z')",
    );
    forged.run(customer.id);
    expect(await checkCards(app.ctx.db, new Date('2026-11-24T11:00:00.000Z'))).toEqual(['王丽华: points 99 ≠ 15']);
    expect(await lastBackgroundFailure(app.ctx.db)).toMatchObject({ what: 'cards', reason: '1: 王丽华: points 99 ≠ 15' });
    app.sqlite.prepare("DELETE FROM card_movements WHERE id = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b'").run();
    expect(await checkCards(app.ctx.db, new Date('2026-11-24T12:00:00.000Z'))).toEqual([]);
    expect(await lastBackgroundFailure(app.ctx.db)).toBeNull();
  });
});
