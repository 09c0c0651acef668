import fc from 'fast-check';
import { addMonthsToDay } from '../../../shared/domain/calendar-date';
import { describe, expect, it } from 'vitest';
import { dueDayOf, expiryCutoff, pointsToExpire, upcomingCutoff, type PointsLine } from '../../../shared/domain/points-expiry';

const start = Date.parse('2024-01-01T00:00:00Z');
/** A card's points lines in ledger order, never taking the balance below zero (as the ledger refuses). */
const ledger: fc.Arbitrary<PointsLine[]> = fc
  .array(fc.record({ gapHours: fc.integer({ min: 0, max: 24 * 60 }), delta: fc.integer({ min: -500, max: 500 }) }), { maxLength: 40 })
  .map((steps) => {
    let at = start;
    let balance = 0;
    const lines: PointsLine[] = [];
    for (const step of steps) {
      at += step.gapHours * 3600_000;
      const delta = Math.max(step.delta, -balance);
      if (delta === 0) continue;
      balance += delta;
      lines.push({ at: new Date(at).toISOString(), delta });
    }
    return lines;
  });
const instant = fc.integer({ min: start, max: start + 3 * 365 * 86_400_000 }).map((ms) => new Date(ms).toISOString());

const sum = (lines: readonly PointsLine[]) => lines.reduce((n, l) => n + l.delta, 0);

describe('points expiry, oldest points used first', () => {
  it('never expires more than the balance nor a point earned at or after the cutoff, and asked again after writing it answers 0', () => {
    fc.assert(
      fc.property(ledger, instant, (lines, before) => {
        const expiring = pointsToExpire(lines, before);
        expect(expiring).toBeGreaterThanOrEqual(0);
        expect(expiring).toBeLessThanOrEqual(sum(lines));
        const earnedBefore = lines.filter((l) => l.delta > 0 && l.at < before).reduce((n, l) => n + l.delta, 0);
        expect(expiring).toBeLessThanOrEqual(earnedBefore);
        // Uses take the oldest points first: what is left of the old points is what they did not use.
        const used = -lines.filter((l) => l.delta < 0).reduce((n, l) => n + l.delta, 0);
        expect(expiring).toBe(Math.max(0, earnedBefore - used));
        const written = [...lines, { at: '2099-01-01T00:00:00.000Z', delta: -expiring }];
        expect(pointsToExpire(written, before)).toBe(0);
        // Points earned after the cutoff survive the expiry whole.
        const earnedAfter = lines.filter((l) => l.delta > 0 && l.at >= before).reduce((n, l) => n + l.delta, 0);
        expect(sum(written)).toBeLessThanOrEqual(sum(lines));
        expect(sum(written)).toBeGreaterThanOrEqual(Math.min(earnedAfter, sum(lines)));
      }),
      { numRuns: 400 },
    );
  });

  it('takes a redemption from the oldest points', () => {
    const lines = [
      { at: '2025-03-01T02:00:00.000Z', delta: 100 },
      { at: '2026-02-01T02:00:00.000Z', delta: 50 },
      { at: '2026-05-01T02:00:00.000Z', delta: -80 },
    ];
    expect(pointsToExpire(lines, '2026-01-01T00:00:00.000Z')).toBe(20);
    expect(pointsToExpire(lines, '2025-01-01T00:00:00.000Z')).toBe(0);
    expect(pointsToExpire(lines, '2027-01-01T00:00:00.000Z')).toBe(70);
  });
});

describe('the expiry cutoff', () => {
  const day = fc
    .integer({ min: Date.parse('2020-01-01'), max: Date.parse('2035-12-31') })
    .map((ms) => new Date(ms).toISOString().slice(0, 10));

  it('is the first of January one or two years back, never before the day the rule was chosen', () => {
    expect(expiryCutoff('never', null, '2027-03-01')).toBeNull();
    expect(expiryCutoff('endOfNextYear', null, '2027-03-01')).toBe('2026-01-01');
    expect(expiryCutoff('endOfYear', null, '2027-03-01')).toBe('2027-01-01');
    expect(expiryCutoff('endOfNextYear', '2026-05-01', '2027-03-01')).toBeNull();
    expect(expiryCutoff('endOfNextYear', '2026-05-01', '2028-01-01')).toBe('2027-01-01');
    expect(dueDayOf('endOfYear', '2027-01-01')).toBe('2026-12-31');
    expect(dueDayOf('endOfNextYear', '2026-01-01')).toBe('2026-12-31');
    expect(upcomingCutoff('endOfNextYear', null, '2026-12-02', 30)).toBe('2026-01-01');
    expect(upcomingCutoff('endOfNextYear', null, '2026-11-30', 30)).toBeNull();
    fc.assert(
      fc.property(
        day,
        fc.option(day, { nil: null }),
        fc.constantFrom('endOfYear' as const, 'endOfNextYear' as const),
        (today, since, rule) => {
          const cutoff = expiryCutoff(rule, since, today);
          if (cutoff === null) return;
          expect(cutoff <= today).toBe(true);
          expect(since === null || since < cutoff).toBe(true);
          expect(cutoff.endsWith('-01-01')).toBe(true);
        },
      ),
    );
  });
});

describe('a day moved by months', () => {
  it('stays within the month it lands in', () => {
    expect(addMonthsToDay('2026-12-03', 12)).toBe('2027-12-03');
    expect(addMonthsToDay('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsToDay('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsToDay('2026-11-30', 3)).toBe('2027-02-28');
  });
});
