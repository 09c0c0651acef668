import { describe, expect, it } from 'vitest';
import {
  addMonths,
  dayInZone,
  isTimeZone,
  isValidDay,
  localDayOf,
  localMidnight,
  midnightInZone,
} from '../../../shared/domain/calendar-date';

describe('calendar days', () => {
  it('moves months across year ends both ways', () => {
    expect(addMonths('2026-11', 1)).toBe('2026-12');
    expect(addMonths('2026-11', 2)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-05', -17)).toBe('2024-12');
  });

  it('finds the instant a local day begins, which falls on that local day', () => {
    const start = localMidnight('2026-11-24');
    expect(localDayOf(new Date(start))).toBe('2026-11-24');
    expect(localDayOf(new Date(Date.parse(start) - 1))).toBe('2026-11-23');
  });

  it('knows real calendar days only', () => {
    expect(isValidDay('2026-02-28')).toBe(true);
    expect(isValidDay('2028-02-29')).toBe(true);
    expect(isValidDay('2026-02-31')).toBe(false);
    expect(isValidDay('2026-13-01')).toBe(false);
  });

  it('says which day an instant falls on in the shop’s zone, whatever zone this program runs in', () => {
    const instant = new Date('2026-11-24T20:00:00Z');
    expect(dayInZone(instant, 'Asia/Shanghai')).toBe('2026-11-25');
    expect(dayInZone(instant, 'America/Los_Angeles')).toBe('2026-11-24');
    expect(dayInZone(instant, 'UTC')).toBe('2026-11-24');
    expect(dayInZone(new Date('2026-11-24T08:00:00Z'), 'America/Los_Angeles')).toBe('2026-11-24');
    expect(dayInZone(new Date('2026-11-24T07:59:59Z'), 'America/Los_Angeles')).toBe('2026-11-23');
  });

  it('finds where a day begins in a zone, across daylight saving and a skipped midnight', () => {
    expect(midnightInZone('2026-11-24', 'Asia/Shanghai')).toBe('2026-11-23T16:00:00.000Z');
    expect(midnightInZone('2026-11-24', 'America/Los_Angeles')).toBe('2026-11-24T08:00:00.000Z');
    expect(midnightInZone('2026-07-01', 'America/Los_Angeles')).toBe('2026-07-01T07:00:00.000Z');
    // Los Angeles springs forward at 02:00 and falls back at 02:00; each day still begins at its own midnight.
    expect(midnightInZone('2026-03-08', 'America/Los_Angeles')).toBe('2026-03-08T08:00:00.000Z');
    expect(midnightInZone('2026-11-02', 'America/Los_Angeles')).toBe('2026-11-02T08:00:00.000Z');
    // Santiago skips midnight when summer time begins: the day begins at 01:00.
    const skipped = midnightInZone('2026-09-06', 'America/Santiago');
    expect(dayInZone(new Date(skipped), 'America/Santiago')).toBe('2026-09-06');
    expect(dayInZone(new Date(Date.parse(skipped) - 1), 'America/Santiago')).toBe('2026-09-05');
    for (const zone of ['Asia/Shanghai', 'Europe/London', 'Pacific/Kiritimati', 'Asia/Kolkata', 'UTC']) {
      const start = midnightInZone('2026-03-29', zone);
      expect(dayInZone(new Date(start), zone)).toBe('2026-03-29');
      expect(dayInZone(new Date(Date.parse(start) - 1), zone)).toBe('2026-03-28');
    }
  });

  it('knows time zones by their IANA names', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
