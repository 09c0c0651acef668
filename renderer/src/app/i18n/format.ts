import { differenceInCalendarDays, format, formatDistanceStrict, type Locale } from 'date-fns';
import { enUS, zhCN, zhTW } from 'date-fns/locale';
import { dayInZone, localDayOf } from '../../../../shared/domain/calendar-date';
import type { UiLocale } from '../../../../shared/domain/salutation';

const dateLocales: Record<UiLocale, Locale> = { en: enUS, 'zh-CN': zhCN, 'zh-TW': zhTW };

export function dateLocale(locale: UiLocale): Locale {
  return dateLocales[locale];
}

/** The book's today in its time zone, as the server says (Today's answer, settings.get). */
export interface BookDay {
  today: string;
  timeZone: string;
}

/**
 * "today", "yesterday", "12 days ago" / "12 天前", "3 months ago". Given the book's day, the days
 * are counted in the shop's time zone from the book's today, not from this browser's clock.
 */
export function relativeDay(iso: string, now: Date, locale: UiLocale, words: { today: string; yesterday: string }, book?: BookDay): string {
  if (book !== undefined) {
    // Both ends as noon UTC of their calendar days: the distance is then whole days, whatever the zones.
    const noon = (day: string) => new Date(`${day}T12:00:00Z`);
    return relativeDay(noon(dayInZone(new Date(iso), book.timeZone)).toISOString(), noon(book.today), locale, words);
  }
  const date = new Date(iso);
  const days = differenceInCalendarDays(now, date);
  if (days === 0) return words.today;
  if (days === 1) return words.yesterday;
  if (days > 1 && days < 45) {
    return formatDistanceStrict(date, now, { unit: 'day', addSuffix: true, locale: dateLocale(locale) });
  }
  return formatDistanceStrict(date, now, { addSuffix: true, locale: dateLocale(locale), roundingMethod: 'floor' });
}

/** A diary heading: "Tuesday, 24 November 2026" / "2026年11月24日 星期二". */
export function dayHeading(iso: string, locale: UiLocale): string {
  const pattern = locale === 'en' ? 'EEEE, d MMMM yyyy' : 'yyyy年M月d日 EEEE';
  return format(new Date(iso), pattern, { locale: dateLocale(locale) });
}

export function shortDate(iso: string, locale: UiLocale): string {
  return format(new Date(iso), locale === 'en' ? 'd MMM yyyy' : 'yyyy年M月d日', { locale: dateLocale(locale) });
}

export function timeOfDay(iso: string): string {
  return format(new Date(iso), 'HH:mm');
}

/** Value for <input type="datetime-local"> in the user's time zone. */
export function toLocalInput(date: Date): string {
  return format(date, "yyyy-MM-dd'T'HH:mm");
}

export function fromLocalInput(value: string): string | null {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Today's calendar day where the user is, as "2026-11-24". */
export function localToday(now = new Date()): string {
  return localDayOf(now);
}

/** A calendar day ("2026-11-24") in the user's words: "24 Nov 2026" / "2026年11月24日". */
export function dayLabel(day: string, locale: UiLocale): string {
  const [y, m, d] = day.split('-').map(Number);
  return format(new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1), locale === 'en' ? 'd MMM yyyy' : 'yyyy年M月d日', { locale: dateLocale(locale) });
}
