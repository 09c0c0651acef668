import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pointsFor, type PointsRule } from '../../../shared/domain/card-ledger';

const rule = (rounding: 'down' | 'nearest', perUnit: number, multiplier: number, minorPerUnit: number): PointsRule => ({
  perUnit,
  minorPerUnit,
  tierMultipliers: { vip: multiplier },
  rounding,
});

describe('points a purchase earns, rounded as the shop says', () => {
  it('rounds down by whole units, or to the nearest point of the exact amount', () => {
    expect(pointsFor(1_299, rule('down', 1, 1, 100), null)).toBe(12);
    expect(pointsFor(1_299, rule('nearest', 1, 1, 100), null)).toBe(13);
    expect(pointsFor(1_249, rule('nearest', 1, 1, 100), null)).toBe(12);
    expect(pointsFor(1_250, rule('nearest', 1, 1, 100), null)).toBe(13);
    expect(pointsFor(1_299, rule('nearest', 1, 2, 100), 'vip')).toBe(26);
    expect(pointsFor(1_299, { perUnit: 1, minorPerUnit: 100, tierMultipliers: {} }, null)).toBe(12);
    expect(pointsFor(1_000_000_000, rule('nearest', 100, 10, 1), 'vip')).toBe(1_000_000_000_000);
  });

  it('gives whole points within half a point of the exact figure (nearest), never more than it (down), and more for more spent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
        fc.integer({ min: 0, max: 1_000 }).map((n) => n / 100),
        fc.constantFrom(1, 100),
        fc.constantFrom('vip', null),
        (amount, more, perUnit, multiplier, minorPerUnit, tier) => {
          const exact =
            (amount * Math.round(perUnit * 100) * (tier === null ? 100 : Math.round(multiplier * 100))) / (minorPerUnit * 10_000);
          const down = pointsFor(amount, rule('down', perUnit, multiplier, minorPerUnit), tier);
          const nearest = pointsFor(amount, rule('nearest', perUnit, multiplier, minorPerUnit), tier);
          expect(Number.isInteger(down) && Number.isInteger(nearest)).toBe(true);
          expect(down).toBeLessThanOrEqual(exact + 1e-6);
          expect(Math.abs(nearest - exact)).toBeLessThanOrEqual(0.5 + 1e-6);
          expect(nearest).toBeGreaterThanOrEqual(down);
          for (const rounding of ['down', 'nearest'] as const)
            expect(pointsFor(amount + more, rule(rounding, perUnit, multiplier, minorPerUnit), tier)).toBeGreaterThanOrEqual(
              pointsFor(amount, rule(rounding, perUnit, multiplier, minorPerUnit), tier),
            );
        },
      ),
      { numRuns: 500 },
    );
  });
});
