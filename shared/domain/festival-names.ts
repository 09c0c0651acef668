import type { UiLocale } from './salutation';

/** The festivals a shop can greet on (their dates: electron/domains/greetings/festivals.ts). */
export const festivalKeys = [
  'spring_festival',
  'lantern',
  'dragon_boat',
  'qixi',
  'mid_autumn',
  'double_ninth',
  'new_year',
  'womens_day',
  'mothers_day',
  'fathers_day',
  'teachers_day',
  'christmas',
  'valentines',
  'thanksgiving',
] as const;
export type FestivalKey = (typeof festivalKeys)[number];

/** Which festivals a new book greets on, by its language; the shop turns each on or off. */
export const festivalsByLanguage: Record<'zh' | 'en', readonly FestivalKey[]> = {
  // Chinese books greet on every festival but the two Western ones only English books keep.
  zh: festivalKeys.filter((key) => key !== 'valentines' && key !== 'thanksgiving'),
  en: ['new_year', 'valentines', 'mothers_day', 'fathers_day', 'thanksgiving', 'christmas'],
};

export const festivalNames: Record<UiLocale, Record<FestivalKey, string>> = {
  'zh-CN': {
    spring_festival: '春节',
    lantern: '元宵节',
    dragon_boat: '端午节',
    qixi: '七夕',
    mid_autumn: '中秋节',
    double_ninth: '重阳节',
    new_year: '元旦',
    womens_day: '妇女节',
    mothers_day: '母亲节',
    fathers_day: '父亲节',
    teachers_day: '教师节',
    christmas: '圣诞节',
    valentines: '情人节',
    thanksgiving: '感恩节',
  },
  'zh-TW': {
    spring_festival: '春節',
    lantern: '元宵節',
    dragon_boat: '端午節',
    qixi: '七夕',
    mid_autumn: '中秋節',
    double_ninth: '重陽節',
    new_year: '元旦',
    womens_day: '婦女節',
    mothers_day: '母親節',
    fathers_day: '父親節',
    teachers_day: '教師節',
    christmas: '聖誕節',
    valentines: '情人節',
    thanksgiving: '感恩節',
  },
  en: {
    spring_festival: 'Chinese New Year',
    lantern: 'the Lantern Festival',
    dragon_boat: 'the Dragon Boat Festival',
    qixi: 'Qixi',
    mid_autumn: 'the Mid-Autumn Festival',
    double_ninth: 'the Double Ninth Festival',
    new_year: 'New Year',
    womens_day: "Women's Day",
    mothers_day: "Mother's Day",
    fathers_day: "Father's Day",
    teachers_day: "Teachers' Day",
    christmas: 'Christmas',
    valentines: "Valentine's Day",
    thanksgiving: 'Thanksgiving',
  },
};
