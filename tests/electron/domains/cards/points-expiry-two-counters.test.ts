import { describe, expect, it } from 'vitest';
import type { Customer } from '../../../../shared/contract';
import { checkCards } from '../../../../electron/domains/cards/card-check.service';
import { cardsDailyPass } from '../../../../electron/domains/cards/points-expiry.service';
import { openConflicts } from '../../../../electron/domains/sync/conflicts.service';
import { syncOnce } from '../../../../electron/domains/sync/sync-engine.service';
import { call, dumpRows } from '../../../helpers/create-test-db';
import { useSyncCounters, type Counter } from '../../../helpers/replica-counters';

// The daily pass runs on every counter of a synced book: points two counters expire while offline
// must go once, in one ledger line and one diary line, with the same balance on both.

const { counter, round, hubDb } = useSyncCounters();

const pass = (c: Counter) => cardsDailyPass(c.app.ctx.db, c.app.clock.now(), 'zh-CN');
const expireLines = (c: Counter) =>
  c.app.sqlite.prepare("SELECT id, customer_id, delta, balance_after, at, reason FROM card_movements WHERE kind = 'expire'").all();
const expiryNotes = (c: Counter) =>
  c.app.sqlite.prepare("SELECT id, occurred_at, text FROM entries WHERE text LIKE '%积分已于%'").all() as { id: string; text: string }[];
const points = (c: Counter, customerId: string) =>
  c.app.sqlite
    .prepare("SELECT coalesce(sum(delta), 0) FROM card_movements WHERE customer_id = ? AND purse = 'points'")
    .pluck()
    .get(customerId);
const rules = { pointsPerUnit: 1, tierMultipliers: {}, bonusTiers: [] };

describe('points expiry on two counters of one synced book', () => {
  it('expires the same points once however many counters expire them offline, on whatever day each runs', async () => {
    const a = await counter('a');
    const b = await counter('b');
    for (const c of [a, b]) c.app.clock.set('2025-03-01T02:00:00.000Z');
    await call(a.app, 'cards.setRules', { ...rules, pointsExpiry: 'endOfNextYear' });
    const wang = await call<Customer>(a.app, 'customers.create', { name: '王丽华' });
    const li = await call<Customer>(a.app, 'customers.create', { name: '李四' });
    await call(a.app, 'cards.move', { customerId: wang.id, request: { kind: 'earn', points: 100 } });
    await call(a.app, 'cards.move', { customerId: li.id, request: { kind: 'earn', points: 40 } });
    a.app.clock.set('2026-02-01T02:00:00.000Z');
    await call(a.app, 'cards.move', { customerId: wang.id, request: { kind: 'earn', points: 50 } });
    await round(a, b);
    // After the points were good through (2026-12-31, Shanghai), but before b's pass: a use of
    // 30 points on b, seen by a, takes the oldest points first.
    b.app.clock.set('2027-01-01T03:00:00.000Z');
    await call(b.app, 'cards.move', { customerId: li.id, request: { kind: 'redeem', points: 30 } });
    await round(b, a);

    // Both offline now: a's pass runs on New Year's morning, b's four days later.
    a.app.clock.set('2027-01-01T04:00:00.000Z');
    b.app.clock.set('2027-01-05T09:30:00.000Z');
    expect(await pass(a)).toEqual({ cards: 2, points: 110 });
    expect(await pass(b)).toEqual({ cards: 2, points: 110 });
    await round(a, b, a);

    const lines = expireLines(a);
    expect(lines).toEqual([
      expect.objectContaining({
        customer_id: wang.id,
        delta: -100,
        balance_after: 50,
        reason: '2026-12-31',
        at: '2026-12-31T16:00:00.000Z',
      }),
      // Written after the use that came after the cutoff, so the card's newest line holds its balance.
      expect.objectContaining({ customer_id: li.id, delta: -10, balance_after: 0, reason: '2026-12-31', at: '2027-01-01T03:00:00.001Z' }),
    ]);
    expect(expiryNotes(a)).toHaveLength(2);
    for (const c of [a, b]) {
      expect(expireLines(c)).toEqual(lines);
      expect(expiryNotes(c)).toEqual(expiryNotes(a));
      expect(points(c, wang.id)).toBe(50);
      expect(points(c, li.id)).toBe(0);
      expect(await checkCards(c.app.ctx.db, c.app.clock.now())).toEqual([]);
      expect(await openConflicts(c.app.ctx.db)).toEqual([]);
      expect(c.app.sqlite.prepare('SELECT count(*) FROM sync_outbox').pluck().get()).toBe(0);
      expect((await call<{ card: { points: number } }>(c.app, 'cards.get', { customerId: wang.id })).card.points).toBe(50);
    }
    // The same ledger and diary on both (each counter's own settings, what its pass last did, aside).
    for (const table of ['card_movements', 'entries', 'member_cards'])
      expect(dumpRows(b.app.sqlite)[table]).toEqual(dumpRows(a.app.sqlite)[table]);
    // Another pass on either, and another round, change nothing.
    for (const c of [a, b]) expect(await pass(c)).toEqual({ cards: 0, points: 0 });
    expect(await syncOnce(b.app.ctx.db, b.replica, hubDb())).toEqual({ pushed: 0, pulled: 0 });
  });

  it('counts points on every counter from the day the rule was chosen on one', async () => {
    const a = await counter('a');
    const b = await counter('b');
    for (const c of [a, b]) c.app.clock.set('2025-03-01T02:00:00.000Z');
    const wang = await call<Customer>(a.app, 'customers.create', { name: '王丽华' });
    await call(a.app, 'cards.move', { customerId: wang.id, request: { kind: 'earn', points: 100 } });
    // Chosen mid-2026: the points already on the card count as earned that day, and go a year later.
    for (const c of [a, b]) c.app.clock.set('2026-06-01T02:00:00.000Z');
    await call(a.app, 'cards.setRules', { ...rules, pointsExpiry: 'endOfNextYear' });
    await round(a, b);
    for (const c of [a, b]) c.app.clock.set('2027-01-02T02:00:00.000Z');
    for (const c of [a, b]) expect(await pass(c)).toEqual({ cards: 0, points: 0 });
    for (const c of [a, b]) c.app.clock.set('2028-01-02T02:00:00.000Z');
    for (const c of [a, b]) expect(await pass(c)).toEqual({ cards: 1, points: 100 });
    await round(a, b, a);
    for (const c of [a, b]) {
      expect(expireLines(c)).toHaveLength(1);
      expect(points(c, wang.id)).toBe(0);
    }
  });
});
