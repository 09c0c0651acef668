import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Customer, Entry } from '../../../../shared/contract';
import type { MemberCard } from '../../../../shared/contract/cards.contract';
import { call, createTestApp, dumpRows, type TestApp } from '../../../helpers/create-test-db';

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function book(): Promise<TestApp> {
  app = await createTestApp('zh-CN');
  return app;
}

const add = (a: TestApp, name: string) => call<Customer>(a, 'customers.create', { name, allowDuplicate: true });
const move = (a: TestApp, customerId: string, request: object) => call<{ card: MemberCard }>(a, 'cards.move', { customerId, request });
const merge = (a: TestApp, survivorId: string, otherId: string) => a.dispatch('customers.merge', { survivorId, otherId, dryRun: false });
const cardOf = async (a: TestApp, customerId: string) => (await call<{ card: MemberCard | null }>(a, 'cards.get', { customerId })).card;

/** Every purse of every card: the sum of its lines, its newest line's balance, and its lowest balance ever. */
function purses(a: TestApp) {
  return a.sqlite
    .prepare(
      `SELECT customer_id, purse, punch_id, sum(delta) AS summed, min(balance_after) AS low,
        (SELECT l.balance_after FROM card_movements l WHERE l.customer_id = m.customer_id AND l.purse = m.purse
          AND l.punch_id IS m.punch_id ORDER BY l.at DESC, l.id DESC LIMIT 1) AS recorded
      FROM card_movements m GROUP BY customer_id, purse, punch_id`,
    )
    .all() as { customer_id: string; purse: string; punch_id: string | null; summed: number; low: number; recorded: number }[];
}

/** What a card holds, as the customer would count it: points, money and uses left per punch kind. */
const holding = (c: MemberCard | null) => ({
  points: c?.points ?? 0,
  principal: c?.value.principal ?? 0,
  bonus: c?.value.bonus ?? 0,
  punches: (c?.punchCards ?? [])
    .filter((p) => p.remaining > 0)
    .map((p) => `${p.kind} ${p.remaining}/${p.uses} ${p.validUntil ?? ''}`)
    .sort(),
});

describe('merging two customers with member cards', () => {
  it('brings the other’s points, principal, bonus and punch cards over with merge lines that say so', async () => {
    const a = await book();
    const zhang = await add(a, '张三');
    const wang = await add(a, '王五');
    await call(a, 'cards.open', { customerId: zhang.id, number: 'A001' });
    await move(a, zhang.id, { kind: 'earn', points: 200 });
    await call(a, 'cards.open', { customerId: wang.id, number: 'B002' });
    await move(a, wang.id, { kind: 'top_up', principal: 30_000 });
    await move(a, wang.id, { kind: 'correction', purse: 'bonus', delta: 2_000, reason: '活动赠送' });
    await move(a, wang.id, { kind: 'earn', points: 120 });
    await move(a, wang.id, { kind: 'sell_punch', punchKind: '洗车', uses: 10, priceMinor: 30_000, validUntil: '2027-06-30' });
    const sold = await cardOf(a, wang.id);
    await move(a, wang.id, { kind: 'punch', punchId: sold?.punchCards[0]?.id ?? '' });

    expect(await merge(a, zhang.id, wang.id)).toMatchObject({ ok: true });
    const card = await cardOf(a, zhang.id);
    expect(card).toMatchObject({ number: 'A001', points: 320, value: { principal: 30_000, bonus: 2_000, total: 32_000 } });
    expect(card?.punchCards).toMatchObject([{ kind: '洗车', uses: 10, remaining: 9, priceMinor: 30_000, validUntil: '2027-06-30' }]);
    const lines = a.sqlite
      .prepare("SELECT purse, delta, reason FROM card_movements WHERE customer_id = ? AND kind = 'merge' ORDER BY purse")
      .all(zhang.id) as { purse: string; delta: number; reason: string }[];
    const said = '合并自 王五 的会员卡（原卡号 B002）：积分 120，余额 ¥320.00（含赠送 ¥20.00），洗车卡 9 次';
    expect(lines).toEqual([
      { purse: 'bonus', delta: 2_000, reason: said },
      { purse: 'points', delta: 120, reason: said },
      { purse: 'principal', delta: 30_000, reason: said },
      { purse: 'punch', delta: 9, reason: said },
    ]);
    const { items } = await call<{ items: Entry[] }>(a, 'entries.timeline', { customerId: zhang.id });
    expect(items.map((e) => e.text)).toContain(said);
    // The other's own lines went with them; the survivor's card adds up and the book has nothing dangling.
    expect(purses(a).every((p) => p.customer_id === zhang.id && p.summed === p.recorded && p.low >= 0)).toBe(true);
    expect(a.sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    // The punch card brought over is the survivor's own now: it can be used.
    await move(a, zhang.id, { kind: 'punch', punchId: card?.punchCards[0]?.id ?? '' });
  });

  it('gives a survivor without a card the other’s card, number and join day', async () => {
    const a = await book();
    const zhang = await add(a, '张三');
    const wang = await add(a, '王五');
    await call(a, 'cards.open', { customerId: wang.id, number: 'B002', joinedOn: '2024-03-01' });
    await move(a, wang.id, { kind: 'earn', points: 5 });
    await merge(a, zhang.id, wang.id);
    expect(await cardOf(a, zhang.id)).toMatchObject({ number: 'B002', joinedOn: '2024-03-01', points: 5 });
  });

  it('undoes the card part with the merge: the other’s card comes back as it was, the survivor’s merge lines are given back', async () => {
    const a = await book();
    const zhang = await add(a, '张三');
    const wang = await add(a, '王五');
    await move(a, zhang.id, { kind: 'top_up', principal: 10_000 });
    await call(a, 'cards.open', { customerId: wang.id, number: 'B002' });
    await move(a, wang.id, { kind: 'top_up', principal: 50_000 });
    await move(a, wang.id, { kind: 'sell_punch', punchKind: '打蜡', uses: 3 });
    const wangBefore = await cardOf(a, wang.id);
    const wangLines = a.sqlite.prepare('SELECT * FROM card_movements WHERE customer_id = ? ORDER BY id').all(wang.id);
    await merge(a, zhang.id, wang.id);
    await move(a, zhang.id, { kind: 'pay', amount: 5_000 });

    await call(a, 'customers.unmerge', { otherId: wang.id });
    expect(await cardOf(a, wang.id)).toEqual(wangBefore);
    expect(a.sqlite.prepare('SELECT * FROM card_movements WHERE customer_id = ? ORDER BY id').all(wang.id)).toEqual(wangLines);
    expect(holding(await cardOf(a, zhang.id))).toEqual({ points: 0, principal: 5_000, bonus: 0, punches: [] });
    const { items } = await call<{ items: Entry[] }>(a, 'entries.timeline', { customerId: zhang.id });
    expect(items[0]?.text).toBe('撤销合并：会员卡上从 王五 合并来的退回给 王五：余额 ¥500.00，打蜡卡 3 次');
    expect(purses(a).every((p) => p.summed === p.recorded && p.low >= 0)).toBe(true);
    expect(a.sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
  });

  it('refuses to undo a merge once part of what came over has been used, and changes nothing', async () => {
    const a = await book();
    const zhang = await add(a, '张三');
    const wang = await add(a, '王五');
    await move(a, wang.id, { kind: 'top_up', principal: 10_000 });
    await merge(a, zhang.id, wang.id);
    await move(a, zhang.id, { kind: 'pay', amount: 4_000 });
    const before = dumpRows(a.sqlite);
    expect(await a.dispatch('customers.unmerge', { otherId: wang.id })).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        key: 'mergeUndoCardSpent',
        params: { name: '王五', purseKey: 'pursePrincipal', available: '¥60.00', asked: '¥100.00' },
      },
    });
    expect(dumpRows(a.sqlite)).toEqual(before);
  });

  it('for any two cards, the survivor holds both after a merge, every purse equals the sum of its ledger, and undo gives each their own back (property)', async () => {
    const request = fc.oneof(
      fc.record({ kind: fc.constant('earn'), points: fc.integer({ min: 1, max: 500 }) }),
      fc.record({ kind: fc.constant('redeem'), points: fc.integer({ min: 1, max: 300 }) }),
      fc.record({ kind: fc.constant('top_up'), principal: fc.integer({ min: 1, max: 80_000 }) }),
      fc.record({ kind: fc.constant('pay'), amount: fc.integer({ min: 1, max: 60_000 }) }),
      fc.record({
        kind: fc.constant('correction'),
        purse: fc.constant('bonus'),
        delta: fc.integer({ min: 1, max: 5_000 }),
        reason: fc.constant('赠送'),
      }),
      fc.record({ kind: fc.constant('sell_punch'), punchKind: fc.constantFrom('洗车', '打蜡'), uses: fc.integer({ min: 1, max: 10 }) }),
      fc.constant({ kind: 'use_punch' }),
    );
    const side = fc.record({
      card: fc.boolean(),
      number: fc.option(fc.constantFrom('A1', 'B2', 'C3')),
      moves: fc.array(request, { maxLength: 8 }),
    });
    await fc.assert(
      fc.asyncProperty(side, side, async (mine, theirs) => {
        const a = await createTestApp('zh-CN');
        try {
          const run = async (customerId: string, s: typeof mine) => {
            if (s.card) await a.dispatch('cards.open', { customerId, number: s.number });
            for (const r of s.moves) {
              const punchId = (await cardOf(a, customerId))?.punchCards.find((p) => p.remaining > 0)?.id;
              const asked = r.kind === 'use_punch' ? (punchId === undefined ? null : { kind: 'punch', punchId }) : r;
              if (asked !== null) await a.dispatch('cards.move', { customerId, request: asked });
            }
          };
          const zhang = await add(a, '张三');
          const wang = await add(a, '王五');
          await run(zhang.id, mine);
          await run(wang.id, theirs);
          const [myCard, theirCard] = [await cardOf(a, zhang.id), await cardOf(a, wang.id)];
          const [mineBefore, theirsBefore] = [holding(myCard), holding(theirCard)];
          const result = await merge(a, zhang.id, wang.id);
          expect(result.ok).toBe(true);
          const merged = await cardOf(a, zhang.id);
          const after = holding(merged);
          expect(after).toEqual({
            points: mineBefore.points + theirsBefore.points,
            principal: mineBefore.principal + theirsBefore.principal,
            bonus: mineBefore.bonus + theirsBefore.bonus,
            punches: [...mineBefore.punches, ...theirsBefore.punches].sort(),
          });
          if (myCard !== null && myCard.number !== null) expect(merged?.number).toBe(myCard.number);
          else if (theirCard !== null) expect(merged?.number ?? null).toBe(theirCard.number);
          const all = purses(a);
          expect(all.every((p) => p.customer_id === zhang.id && p.summed === p.recorded && p.low >= 0)).toBe(true);

          const undone = await a.dispatch('customers.unmerge', { otherId: wang.id });
          expect(undone.ok).toBe(true);
          expect(holding(await cardOf(a, wang.id))).toEqual(theirsBefore);
          expect(await cardOf(a, wang.id)).toEqual(theirCard);
          expect(holding(await cardOf(a, zhang.id))).toEqual(mineBefore);
          expect(purses(a).every((p) => p.summed === p.recorded && p.low >= 0)).toBe(true);
          expect(a.sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
        } finally {
          await a.close();
        }
      }),
      { numRuns: 30 },
    );
  });
});
