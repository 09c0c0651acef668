import { Lunar, LunarMonth, LunarYear, Solar } from 'lunar-typescript';
import { daysBetween } from '../../../shared/domain/calendar-date';

export interface DateRule {
  calendar: 'solar' | 'lunar';
  year: number | null;
  month: number;
  day: number;
  leapMonth: boolean;
}

export interface Occurrence {
  on: string;
  /** Age or years together on that day, when the year is known. */
  years: number | null;
  inDays: number;
}

function ymd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function solarIn(rule: DateRule, year: number): string {
  // 29 February is kept on 28 February in common years, as most people celebrate it.
  const day = rule.month === 2 && rule.day === 29 && !isLeapYear(year) ? 28 : rule.day;
  return ymd(year, rule.month, day);
}

/**
 * The solar day of a lunar date in a given lunar year. A leap-month date falls in the ordinary
 * month in years without that leap month, and the 30th falls on the 29th in a short month:
 * the conventions families use for lunar birthdays.
 */
export function lunarToSolar(rule: Pick<DateRule, 'month' | 'day' | 'leapMonth'>, lunarYear: number): string {
  const leap = rule.leapMonth && LunarYear.fromYear(lunarYear).getLeapMonth() === rule.month;
  const month = leap ? -rule.month : rule.month;
  const length = LunarMonth.fromYm(lunarYear, month)?.getDayCount() ?? 29;
  const solar = Lunar.fromYmd(lunarYear, month, Math.min(rule.day, length)).getSolar();
  return ymd(solar.getYear(), solar.getMonth(), solar.getDay());
}

/** The next time a date comes round on or after `from` (a solar calendar day). */
export function nextOccurrence(rule: DateRule, from: string): Occurrence {
  const [fy, fm, fd] = from.split('-').map(Number);
  const fromYear = fy ?? 1970;
  if (rule.calendar === 'solar') {
    let year = fromYear;
    let on = solarIn(rule, year);
    if (on < from) {
      year += 1;
      on = solarIn(rule, year);
    }
    return { on, years: rule.year === null ? null : year - rule.year, inDays: daysBetween(from, on) };
  }
  const lunarNow = Solar.fromYmd(fromYear, fm ?? 1, fd ?? 1)
    .getLunar()
    .getYear();
  for (let lunarYear = lunarNow - 1; lunarYear <= lunarNow + 1; lunarYear += 1) {
    const on = lunarToSolar(rule, lunarYear);
    if (on >= from) return { on, years: rule.year === null ? null : lunarYear - rule.year, inDays: daysBetween(from, on) };
  }
  const on = lunarToSolar(rule, lunarNow + 2);
  return { on, years: rule.year === null ? null : lunarNow + 2 - rule.year, inDays: daysBetween(from, on) };
}

/** Month-and-day keys (month*100+day) that fall on the given solar days, in each calendar. */
export function monthDayKeys(days: string[]): { solar: number[]; lunar: number[] } {
  const solar = new Set<number>();
  const lunar = new Set<number>();
  for (const day of days) {
    const [y, m, d] = day.split('-').map(Number);
    const year = y ?? 1970;
    const month = m ?? 1;
    const date = d ?? 1;
    solar.add(month * 100 + date);
    if (month === 2 && date === 28 && !isLeapYear(year)) solar.add(229);
    const l = Solar.fromYmd(year, month, date).getLunar();
    const lunarMonth = Math.abs(l.getMonth());
    lunar.add(lunarMonth * 100 + l.getDay());
    const length = LunarMonth.fromYm(l.getYear(), l.getMonth())?.getDayCount() ?? 30;
    if (l.getDay() === 29 && length === 29) lunar.add(lunarMonth * 100 + 30);
  }
  return { solar: [...solar], lunar: [...lunar] };
}
