import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canIncludeByHand, holdsFor, type HoldFacts } from '../../../shared/domain/greeting-holds';
import { addDays } from '../../../shared/domain/calendar-date';

const clear: HoldFacts = { noMarketing: false, lastContactDay: null, openComplaints: 0, greetedFor: [] };
const occasion = 'festival:mid_autumn:2026';

describe('greeting hold-backs', () => {
  it('holds nobody without a reason', () => {
    expect(holdsFor(clear, occasion, '2026-09-20', 14)).toEqual([]);
  });

  it('names every reason, the customer’s own wish first', () => {
    expect(
      holdsFor({ noMarketing: true, lastContactDay: '2026-09-18', openComplaints: 1, greetedFor: [occasion] }, occasion, '2026-09-20', 14),
    ).toEqual(['no_marketing', 'already_greeted', 'open_complaint', 'contacted_recently']);
  });

  it('contacted recently means within the quiet days, not on the day they end', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 30 }), (ago, quiet) => {
        const today = '2026-09-20';
        const held = holdsFor({ ...clear, lastContactDay: addDays(today, -ago) }, occasion, today, quiet);
        expect(held.includes('contacted_recently')).toBe(ago < quiet);
      }),
    );
  });

  it('greeted for last year’s 中秋 is not greeted for this year’s', () => {
    expect(holdsFor({ ...clear, greetedFor: ['festival:mid_autumn:2025'] }, occasion, '2026-09-20', 14)).toEqual([]);
  });

  it('the owner may include a held-back customer by hand, but never one who asked for no marketing', () => {
    expect(canIncludeByHand(['contacted_recently', 'open_complaint'])).toBe(true);
    expect(canIncludeByHand(['no_marketing'])).toBe(false);
  });
});
