import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Customer, Entry, Recall } from '../../../../shared/contract';
import type { PurchaseQuote } from '../../../../shared/contract/card-counter.contract';
import type { MemberCard } from '../../../../shared/contract/cards.contract';
import { cardGlanceQuery } from '../../../../electron/domains/cards/card-counter.repository';
import { call, createTestApp, type TestApp } from '../../../helpers/create-test-db';

let app: TestApp;
afterEach(async () => {
  await app.close();
});

type Bought = { entry: Entry; card: MemberCard | null; points: number; lines: string[] };

async function shop(options: { card: boolean; topUp?: number } = { card: true }): Promise<Customer> {
  app = await createTestApp('zh-CN');
  await call(app, 'cards.setRules', { pointsPerUnit: 1, tierMultipliers: { vip: 2 }, bonusTiers: [{ from: 50_000, bonus: 5_000 }] });
  const customer = await call<Customer>(app, 'customers.create', { name: '王丽华' });
  if (options.card) await call(app, 'cards.open', { customerId: customer.id });
  if (options.topUp !== undefined)
    await call(app, 'cards.move', { customerId: customer.id, request: { kind: 'top_up', principal: options.topUp } });
  return customer;
}

const count = (table: string) => (app.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

const shirt = (customerId: string, yuan: number, text = '') => ({
  customerId,
  kind: 'purchase',
  text,
  lines: [{ item: '亚麻衬衫', quantity: 1, unitPriceMinor: yuan * 100, currency: 'CNY' }],
});

describe('a member’s purchase at the counter', () => {
  it('pays part from the balance and earns points on the rest only, with the card’s lines in the purchase entry', async () => {
    const customer = await shop({ card: true, topUp: 50_000 });
    const quote = await call<PurchaseQuote>(app, 'cards.quote', { customerId: customer.id, totalMinor: 29_900, payMinor: 10_000 });
    expect(quote).toEqual({ member: true, availableMinor: 55_000, cashMinor: 19_900, points: 199, currency: 'CNY' });
    const bought = await call<Bought>(app, 'cards.purchase', { entry: shirt(customer.id, 299, '试了两件'), payMinor: 10_000 });
    expect(bought.points).toBe(quote.points);
    expect(bought.card?.value.total).toBe(45_000);
    expect(bought.card?.points).toBe(199);
    expect(bought.entry.text).toBe('试了两件\n余额支付 ¥100.00；余额 ¥450.00\n积分 +199；共 199 分');
    expect(bought.entry.totalMinor).toBe(29_900);
    const ledger = await call<{ items: { kind: string; delta: number; entryId: string }[] }>(app, 'cards.ledger', {
      customerId: customer.id,
    });
    const ofPurchase = ledger.items.filter((l) => l.entryId === bought.entry.id).map((l) => [l.kind, l.delta]);
    expect(ofPurchase).toEqual(
      expect.arrayContaining([
        ['pay', -10_000],
        ['earn', 199],
      ]),
    );
    expect(ofPurchase).toHaveLength(2);
  });

  it('counts the customer’s tier in the preview and in what is written', async () => {
    const customer = await shop({ card: true });
    await call(app, 'customers.setTier', { customerId: customer.id, tier: 'vip', reason: '老朋友' });
    const quote = await call<PurchaseQuote>(app, 'cards.quote', { customerId: customer.id, totalMinor: 10_050 });
    expect(quote.points).toBe(200);
    const bought = await call<Bought>(app, 'cards.purchase', { entry: shirt(customer.id, 100.5) });
    expect(bought.points).toBe(200);
  });

  it('refuses paying more than the balance, says what is available, and writes neither the entry nor any movement', async () => {
    const customer = await shop({ card: true, topUp: 10_000 });
    const before = [count('entries'), count('card_movements'), count('purchase_lines')];
    const refused = await app.dispatch('cards.purchase', { entry: shirt(customer.id, 299), payMinor: 20_000 });
    expect(refused).toMatchObject({
      ok: false,
      error: { key: 'cardShortfall', params: { purseKey: 'purseValue', available: '¥100.00', asked: '¥200.00' } },
    });
    expect([count('entries'), count('card_movements'), count('purchase_lines')]).toEqual(before);
  });

  it('refuses paying more than the purchase comes to, and writes nothing', async () => {
    const customer = await shop({ card: true, topUp: 50_000 });
    const before = [count('entries'), count('card_movements')];
    const refused = await app.dispatch('cards.purchase', { entry: shirt(customer.id, 100), payMinor: 10_001 });
    expect(refused).toMatchObject({ ok: false, error: { key: 'cardPayOverTotal', params: { asked: '¥100.01', total: '¥100.00' } } });
    expect([count('entries'), count('card_movements')]).toEqual(before);
  });

  it('leaves a customer without a card as before: no points, no card, and paying from a balance refused', async () => {
    const customer = await shop({ card: false });
    expect(await call<PurchaseQuote>(app, 'cards.quote', { customerId: customer.id, totalMinor: 29_900 })).toMatchObject({
      member: false,
      points: 0,
    });
    const bought = await call<Bought>(app, 'cards.purchase', { entry: shirt(customer.id, 299, '试了两件') });
    expect([bought.points, bought.card, bought.entry.text]).toEqual([0, null, '试了两件']);
    expect(count('member_cards')).toBe(0);
    const entries = count('entries');
    expect(await app.dispatch('cards.purchase', { entry: shirt(customer.id, 299), payMinor: 100 })).toMatchObject({
      ok: false,
      error: { key: 'cardPayNeedsCard' },
    });
    expect(count('entries')).toBe(entries);
  });

  it('writes exactly the points the preview showed and takes exactly the payment, whatever the amounts', async () => {
    const customer = await shop({ card: true, topUp: 100_000 });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 50_000 }), fc.integer({ min: 0, max: 100 }), async (priceMinor, payPercent) => {
        const before = (await call<{ card: MemberCard }>(app, 'cards.get', { customerId: customer.id })).card;
        const payMinor = Math.min(before.value.total, Math.floor((priceMinor * payPercent) / 100));
        const quote = await call<PurchaseQuote>(app, 'cards.quote', { customerId: customer.id, totalMinor: priceMinor, payMinor });
        const entry = { ...shirt(customer.id, 0), lines: [{ item: '丝巾', quantity: 1, unitPriceMinor: priceMinor, currency: 'CNY' }] };
        const bought = await call<Bought>(app, 'cards.purchase', { entry, payMinor });
        expect(bought.points).toBe(quote.points);
        expect(quote.cashMinor).toBe(priceMinor - payMinor);
        expect(bought.card?.points).toBe(before.points + quote.points);
        expect(bought.card?.value.total).toBe(before.value.total - payMinor);
      }),
      { numRuns: 40 },
    );
  });
});

describe('the member card on the recall card', () => {
  it('shows points, balance, each punch card with its expiry, and what was used last', async () => {
    const customer = await shop({ card: true, topUp: 50_000 });
    const move = (request: unknown) => call<{ card: MemberCard }>(app, 'cards.move', { customerId: customer.id, request });
    const { card } = await move({ kind: 'sell_punch', punchKind: '洗车', uses: 10, validUntil: '2027-06-30' });
    await move({ kind: 'sell_punch', punchKind: '打蜡', uses: 3, validUntil: '2026-01-01' });
    await move({ kind: 'earn', points: 80 });
    app.clock.advance(60_000);
    await move({ kind: 'punch', punchId: card.punchCards[0]?.id });
    app.clock.advance(60_000);
    await call(app, 'cards.purchase', { entry: shirt(customer.id, 100), payMinor: 6_000 });
    const recall = await call<Recall>(app, 'recall', { customerId: customer.id });
    expect(recall.card).toMatchObject({ points: 120, valueMinor: 49_000, currency: 'CNY' });
    expect(recall.card?.punchCards.map((p) => [p.kind, p.remaining, p.uses, p.validUntil, p.expired])).toEqual([
      ['洗车', 9, 10, '2027-06-30', false],
      ['打蜡', 3, 3, '2026-01-01', true],
    ]);
    expect(recall.card?.lastUsed).toMatchObject({ kind: 'pay', amount: 6_000, punchKind: null });
  });

  it('says the last punch used, and a payment split over principal and bonus as one amount', async () => {
    const customer = await shop({ card: true, topUp: 50_000 });
    await call(app, 'cards.move', { customerId: customer.id, request: { kind: 'pay', amount: 52_000 } });
    expect((await call<Recall>(app, 'recall', { customerId: customer.id })).card?.lastUsed).toMatchObject({ kind: 'pay', amount: 52_000 });
    const sold = await call<{ card: MemberCard }>(app, 'cards.move', {
      customerId: customer.id,
      request: { kind: 'sell_punch', punchKind: '洗车', uses: 10 },
    });
    app.clock.advance(60_000);
    await call(app, 'cards.move', { customerId: customer.id, request: { kind: 'punch', punchId: sold.card.punchCards[0]?.id } });
    expect((await call<Recall>(app, 'recall', { customerId: customer.id })).card?.lastUsed).toMatchObject({
      kind: 'punch',
      amount: 1,
      punchKind: '洗车',
    });
  });

  it('is null for a customer without a card', async () => {
    const customer = await shop({ card: false });
    expect((await call<Recall>(app, 'recall', { customerId: customer.id })).card).toBeNull();
  });

  it('reads the ledger through its purse index, never scanning the movements', async () => {
    await shop({ card: false });
    const compiled = cardGlanceQuery('01900000-0000-7000-8000-000000000000').compile(app.ctx.db);
    const plan = app.sqlite.prepare(`EXPLAIN QUERY PLAN ${compiled.sql}`).all(...compiled.parameters) as { detail: string }[];
    const details = plan.map((p) => p.detail);
    expect(details.some((d) => d.includes('card_movements_purse'))).toBe(true);
    expect(details.filter((d) => /SCAN (l|card_movements)\b/.test(d))).toEqual([]);
  });
});
