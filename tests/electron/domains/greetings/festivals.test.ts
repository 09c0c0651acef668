import { describe, expect, it } from 'vitest';
import { festivalDay, festivalsBetween } from '../../../../electron/domains/greetings/festivals';
import type { FestivalKey } from '../../../../shared/domain/festival-names';

// Published calendars (中华人民共和国国务院办公厅 holiday notices, Hong Kong Observatory lunar
// tables, timeanddate.com for the Western holidays), 2024–2030.
const published: Record<string, string[]> = {
  spring_festival: ['2024-02-10', '2025-01-29', '2026-02-17', '2027-02-06', '2028-01-26', '2029-02-13', '2030-02-03'],
  lantern: ['2024-02-24', '2025-02-12', '2026-03-03', '2027-02-20', '2028-02-09', '2029-02-27', '2030-02-17'],
  dragon_boat: ['2024-06-10', '2025-05-31', '2026-06-19', '2027-06-09', '2028-05-28', '2029-06-16', '2030-06-05'],
  qixi: ['2024-08-10', '2025-08-29', '2026-08-19', '2027-08-08', '2028-08-26', '2029-08-16', '2030-08-05'],
  mid_autumn: ['2024-09-17', '2025-10-06', '2026-09-25', '2027-09-15', '2028-10-03', '2029-09-22', '2030-09-12'],
  double_ninth: ['2024-10-11', '2025-10-29', '2026-10-18', '2027-10-08', '2028-10-26', '2029-10-16', '2030-10-05'],
  mothers_day: ['2024-05-12', '2025-05-11', '2026-05-10', '2027-05-09', '2028-05-14', '2029-05-13', '2030-05-12'],
  fathers_day: ['2024-06-16', '2025-06-15', '2026-06-21', '2027-06-20', '2028-06-18', '2029-06-17', '2030-06-16'],
  thanksgiving: ['2024-11-28', '2025-11-27', '2026-11-26', '2027-11-25', '2028-11-23', '2029-11-22', '2030-11-28'],
};

describe('festival days', () => {
  for (const [key, days] of Object.entries(published))
    it(`${key} 2024–2030 as published`, () => {
      expect(days.map((_, i) => festivalDay(key as FestivalKey, 2024 + i))).toEqual(days);
    });

  it('fixed solar days stay put', () => {
    expect(festivalDay('womens_day', 2027)).toBe('2027-03-08');
    expect(festivalDay('teachers_day', 2026)).toBe('2026-09-10');
    expect(festivalDay('christmas', 2030)).toBe('2030-12-25');
  });

  it('lists the festivals in a window, across a year end, in date order', () => {
    expect(festivalsBetween(['christmas', 'new_year', 'spring_festival', 'mid_autumn'], '2026-12-03', '2027-02-10')).toEqual([
      { key: 'christmas', on: '2026-12-25' },
      { key: 'new_year', on: '2027-01-01' },
      { key: 'spring_festival', on: '2027-02-06' },
    ]);
  });
});
