import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apply,
  bonusFor,
  emptyBalances,
  pointsFor,
  sumOf,
  type Balances,
  type Line,
  type Request,
} from '../../../shared/domain/card-ledger';

const punchIds = ['wash', 'wax'];
const amount = fc.integer({ min: 0, max: 100_000 });
const punchId = fc.constantFrom(...punchIds);

const request: fc.Arbitrary<Request> = fc.oneof(
  fc.record({ kind: fc.constant('earn' as const), points: amount }),
  fc.record({ kind: fc.constant('redeem' as const), points: amount }),
  fc.record({ kind: fc.constant('expire' as const), points: amount }),
  fc.record({ kind: fc.constant('top_up' as const), principal: amount, bonus: fc.integer({ min: 0, max: 20_000 }) }),
  fc.record({ kind: fc.constant('pay' as const), amount }),
  fc.record({ kind: fc.constant('sell_punch' as const), punchId, count: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('punch' as const), punchId, count: fc.integer({ min: 1, max: 3 }) }),
  fc.constant({ kind: 'refund' as const }),
  fc.record({
    kind: fc.constant('correction' as const),
    purse: fc.constantFrom('points' as const, 'principal' as const, 'bonus' as const),
    punchId: fc.constant(null),
    delta: fc.integer({ min: -50_000, max: 50_000 }),
  }),
);

function nonNegative(b: Balances): boolean {
  return b.points >= 0 && b.principal >= 0 && b.bonus >= 0 && Object.values(b.punches).every((n) => n >= 0);
}

describe('the member card ledger', () => {
  it('keeps every balance equal to the sum of its ledger, never below zero, and writes nothing for a refused movement', () => {
    fc.assert(
      fc.property(fc.array(request, { maxLength: 60 }), (requests) => {
        let balances = emptyBalances();
        const ledger: Line[] = [];
        for (const r of requests) {
          const before = balances;
          const result = apply(balances, r);
          if (!result.ok) {
            // Refused: it says what is available, which is less than was asked.
            expect(result.shortfall.available).toBeLessThan(result.shortfall.asked);
            expect(balances).toBe(before);
            continue;
          }
          for (const line of result.lines) {
            const running = sumOf([...ledger, line]);
            const purseSum = line.purse === 'punch' ? (running.punches[line.punchId ?? ''] ?? 0) : running[line.purse];
            expect(line.balanceAfter).toBe(purseSum);
            ledger.push(line);
          }
          balances = result.balances;
          expect(nonNegative(balances)).toBe(true);
          if (r.kind === 'refund') expect([balances.principal, balances.bonus]).toEqual([0, 0]);
          if (r.kind === 'pay') {
            // Principal goes first; the bonus only once principal is used up.
            expect(balances.principal === 0 || balances.bonus === before.bonus).toBe(true);
            expect(before.principal + before.bonus - r.amount).toBe(balances.principal + balances.bonus);
          }
        }
        const summed = sumOf(ledger);
        expect({ ...summed, punches: Object.fromEntries(Object.entries(summed.punches).filter(([, n]) => n !== 0)) }).toEqual({
          ...balances,
          punches: Object.fromEntries(Object.entries(balances.punches).filter(([, n]) => n !== 0)),
        });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a payment larger than the balance and says how much there is', () => {
    const topped = apply(emptyBalances(), { kind: 'top_up', principal: 50_000, bonus: 5_000 });
    if (!topped.ok) throw new Error('top-up refused');
    expect(apply(topped.balances, { kind: 'pay', amount: 60_000 })).toEqual({
      ok: false,
      shortfall: { purse: 'value', punchId: null, available: 55_000, asked: 60_000 },
    });
    const paid = apply(topped.balances, { kind: 'pay', amount: 52_000 });
    expect(paid.ok && paid.lines.map((l) => [l.purse, l.delta, l.balanceAfter])).toEqual([
      ['principal', -50_000, 0],
      ['bonus', -2_000, 3_000],
    ]);
    // A refund then returns no principal (none is left) and forfeits the bonus.
    const refunded = paid.ok ? apply(paid.balances, { kind: 'refund' }) : null;
    expect(refunded?.ok && refunded.lines.map((l) => [l.purse, l.delta])).toEqual([['bonus', -3_000]]);
  });

  it('gives the richest bonus tier a top-up reaches, and points in whole numbers with the tier multiplier', () => {
    const tiers = [
      { from: 50_000, bonus: 5_000 },
      { from: 100_000, bonus: 15_000 },
    ];
    expect([49_999, 50_000, 99_999, 100_000, 300_000].map((p) => bonusFor(p, tiers))).toEqual([0, 5_000, 5_000, 15_000, 15_000]);
    const rule = { perUnit: 1, minorPerUnit: 100, tierMultipliers: { vip: 2, regular: 1.5 } };
    expect(pointsFor(12_899, rule, null)).toBe(128);
    expect(pointsFor(12_899, rule, 'vip')).toBe(256);
    expect(pointsFor(12_899, rule, 'regular')).toBe(192);
    expect(pointsFor(12_899, { ...rule, perUnit: 0 }, 'vip')).toBe(0);
    expect(pointsFor(-500, rule, null)).toBe(0);
  });
});
