import { describe, expect, it } from 'vitest';
import { lunarToSolar, nextOccurrence, type DateRule } from '../../../../electron/domains/care/occurrence';

const solar = (month: number, day: number, year: number | null = null): DateRule => ({
  calendar: 'solar',
  year,
  month,
  day,
  leapMonth: false,
});
const lunar = (month: number, day: number, year: number | null = null, leapMonth = false): DateRule => ({
  calendar: 'lunar',
  year,
  month,
  day,
  leapMonth,
});

describe('next occurrence', () => {
  it('solar: later this year, today, or next year, with the age', () => {
    expect(nextOccurrence(solar(12, 1, 1985), '2026-11-24')).toEqual({ on: '2026-12-01', years: 41, inDays: 7 });
    expect(nextOccurrence(solar(11, 24, 1990), '2026-11-24')).toEqual({ on: '2026-11-24', years: 36, inDays: 0 });
    expect(nextOccurrence(solar(3, 12), '2026-11-24')).toEqual({ on: '2027-03-12', years: null, inDays: 108 });
  });

  it('solar: 29 February in a common year falls on 28 February', () => {
    expect(nextOccurrence(solar(2, 29, 2000), '2027-01-01')).toEqual({ on: '2027-02-28', years: 27, inDays: 58 });
    expect(nextOccurrence(solar(2, 29, 2000), '2028-01-01')).toEqual({ on: '2028-02-29', years: 28, inDays: 59 });
  });

  it('lunar: 农历八月十五 in 2026 is 25 September, turning 41 for someone born in 1985', () => {
    expect(nextOccurrence(lunar(8, 15, 1985), '2026-09-01')).toEqual({ on: '2026-09-25', years: 41, inDays: 24 });
  });

  it('lunar: across the year end, a 腊月 birthday seen in December falls in the next solar year', () => {
    // 农历腊月廿三 of lunar year 2026 is 30 January 2027.
    const next = nextOccurrence(lunar(12, 23), '2026-12-20');
    expect(next.on).toBe(lunarToSolar({ month: 12, day: 23, leapMonth: false }, 2026));
    expect(next.on).toBe('2027-01-30');
    // and one already past this solar year comes round next lunar year
    expect(nextOccurrence(lunar(1, 1), '2026-11-24').on).toBe('2027-02-06');
  });

  it('lunar: a leap-month birthday uses the leap month when the year has it, the ordinary month otherwise', () => {
    // 2025 has a leap sixth month; 2026 has none.
    expect(lunarToSolar({ month: 6, day: 10, leapMonth: true }, 2025)).toBe('2025-08-03');
    expect(lunarToSolar({ month: 6, day: 10, leapMonth: false }, 2025)).toBe('2025-07-04');
    expect(lunarToSolar({ month: 6, day: 10, leapMonth: true }, 2026)).toBe(lunarToSolar({ month: 6, day: 10, leapMonth: false }, 2026));
  });

  it('lunar: the 30th of a short month falls on the 29th', () => {
    expect(lunarToSolar({ month: 12, day: 30, leapMonth: false }, 2026)).toBe(lunarToSolar({ month: 12, day: 29, leapMonth: false }, 2026));
  });
});
