import type { TFunction } from 'i18next';
import type { ImportantDate } from '../../../../shared/contract';
import { lunarLabel } from '../../../../shared/domain/lunar-names';
import type { UiLocale } from '../../../../shared/domain/salutation';
import { format } from 'date-fns';
import { dayLabel } from '../../app/i18n/format';

/** A lunar day in the page's language: 农历八月十五, 農曆八月十五, lunar month 8, day 15. */
export function lunarDay(month: number, day: number, leap: boolean, locale: UiLocale): string {
  return locale === 'en' ? `lunar month ${month}${leap ? ' (leap)' : ''}, day ${day}` : lunarLabel(month, day, leap, locale === 'zh-TW');
}

/** "小宝's birthday · 农历八月十五 → 25 Sep 2026 · turns 8 · in 5 days" as parts the UI lays out. */
export function describeDate(date: ImportantDate, t: TFunction, locale: UiLocale) {
  const what =
    date.kind === 'custom' ? (date.label ?? '') : `${t(`dateKinds.${date.kind}`)}${date.label !== null ? ` · ${date.label}` : ''}`;
  const rule =
    date.calendar === 'lunar'
      ? lunarDay(date.month, date.day, date.leapMonth, locale)
      : locale === 'en'
        ? // "25 Nov", never "25/11" or "11/25", which readers take two ways (2000 is a leap year, for 29 Feb).
          format(new Date(2000, date.month - 1, date.day), 'd MMM')
        : `${date.month}月${date.day}日`;
  const years =
    date.next.years === null
      ? null
      : date.kind === 'birthday'
        ? t('care.turns', { count: date.next.years })
        : t('care.years', { count: date.next.years });
  return {
    who: date.personName,
    what,
    rule,
    on: dayLabel(date.next.on, locale),
    years,
    when: t('care.inDays', { count: date.next.inDays }),
  };
}
