import { describe, expect, it } from 'vitest';
import { addMonths, localDayOf, localMidnight } from '../../../shared/domain/calendar-date';

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
});
