import type { FestivalKey } from '../../../shared/domain/festival-names';
import { lunarToSolar } from '../care/occurrence';

/**
 * The festivals a shop greets its customers on. Chinese books get the traditional lunar festivals
 * and the solar days Chinese shops mark; English books get the holidays their customers keep.
 * Each is a rule, so any year's date is computed (lunar ones through the lunar calendar library
 * the book's lunar birthdays already use) rather than looked up in a table that runs out.
 */
type Rule =
  | { calendar: 'lunar'; month: number; day: number }
  | { calendar: 'solar'; month: number; day: number }
  /** The nth given weekday (0 Sunday) of a month: Mother's Day is the 2nd Sunday of May. */
  | { calendar: 'weekday'; month: number; weekday: number; nth: number };

const rules: Record<FestivalKey, Rule> = {
  spring_festival: { calendar: 'lunar', month: 1, day: 1 },
  lantern: { calendar: 'lunar', month: 1, day: 15 },
  dragon_boat: { calendar: 'lunar', month: 5, day: 5 },
  qixi: { calendar: 'lunar', month: 7, day: 7 },
  mid_autumn: { calendar: 'lunar', month: 8, day: 15 },
  double_ninth: { calendar: 'lunar', month: 9, day: 9 },
  new_year: { calendar: 'solar', month: 1, day: 1 },
  womens_day: { calendar: 'solar', month: 3, day: 8 },
  mothers_day: { calendar: 'weekday', month: 5, weekday: 0, nth: 2 },
  fathers_day: { calendar: 'weekday', month: 6, weekday: 0, nth: 3 },
  teachers_day: { calendar: 'solar', month: 9, day: 10 },
  christmas: { calendar: 'solar', month: 12, day: 25 },
  valentines: { calendar: 'solar', month: 2, day: 14 },
  thanksgiving: { calendar: 'weekday', month: 11, weekday: 4, nth: 4 },
};

const pad = (n: number) => String(n).padStart(2, '0');

function nthWeekday(year: number, month: number, weekday: number, nth: number): string {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const day = 1 + ((weekday - firstWeekday + 7) % 7) + 7 * (nth - 1);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * The solar day a festival falls on in a year. For a lunar festival the year is the lunar year
 * that begins in that solar year, so 春节 2027 is 2027-02-06 and 中秋 2026 is 2026-09-25.
 */
export function festivalDay(key: FestivalKey, year: number): string {
  const rule = rules[key];
  switch (rule.calendar) {
    case 'lunar':
      return lunarToSolar({ month: rule.month, day: rule.day, leapMonth: false }, year);
    case 'solar':
      return `${year}-${pad(rule.month)}-${pad(rule.day)}`;
    case 'weekday':
      return nthWeekday(year, rule.month, rule.weekday, rule.nth);
  }
}

/** The festivals among `keys` falling in [from, to] (solar days, inclusive), in date order. */
export function festivalsBetween(keys: readonly FestivalKey[], from: string, to: string): { key: FestivalKey; on: string }[] {
  const firstYear = Number(from.slice(0, 4));
  const lastYear = Number(to.slice(0, 4));
  const found: { key: FestivalKey; on: string }[] = [];
  for (let year = firstYear; year <= lastYear; year += 1)
    for (const key of keys) {
      const on = festivalDay(key, year);
      if (on >= from && on <= to) found.push({ key, on });
    }
  return found.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}
