/**
 * The greetings Shuke drafts before an owner writes their own: per occasion and language, several
 * wordings a line, and only sentences whose facts the book holds (see greeting-drafts.ts). Nothing
 * here promises a gift, a discount or an event the shop did not announce.
 */
import type { FestivalKey } from './festival-names';
import type { Slot, Template } from './greeting-drafts';
import type { UiLocale } from './salutation';

export const occasionKinds = ['festival', 'birthday', 'person_birthday', 'anniversary', 'custom', 'win_back'] as const;
export type OccasionKind = (typeof occasionKinds)[number];

interface Words {
  greet: Slot;
  /** The line for a festival, by festival; `{occasion}` for the shop's own occasions. */
  festival: Record<FestivalKey, Slot>;
  custom: Slot;
  birthday: Slot;
  personBirthday: Slot;
  anniversary: Slot;
  winBack: Slot;
  purchase: Slot;
  like: Slot;
  promise: Slot;
  thanks: Slot;
  signOff: Slot;
}

const zhCN: Words = {
  greet: ['{address}，您好！', '{address}：', '亲爱的{address}，'],
  festival: {
    spring_festival: ['新春快乐，万事如意！', '祝您新年大吉，阖家安康！', '新的一年，祝您身体健康、事事顺心！'],
    lantern: ['元宵节快乐，团团圆圆！', '祝您元宵佳节阖家团圆、甜甜蜜蜜！'],
    dragon_boat: ['端午安康！', '祝您端午安康，万事顺遂！'],
    qixi: ['七夕快乐，愿您甜甜蜜蜜！', '祝您七夕快乐！'],
    mid_autumn: ['中秋快乐，月圆人团圆！', '祝您中秋佳节阖家团圆、幸福安康！', '又到中秋，祝您和家人花好月圆！'],
    double_ninth: ['重阳节快乐，祝家中长辈身体健康！', '重阳佳节，祝您和家人安康长寿！'],
    new_year: ['元旦快乐！新的一年万事顺意！', '祝您新年快乐，一切顺利！'],
    womens_day: ['节日快乐！愿您永远美丽自信！', '祝您妇女节快乐，每天都开开心心！'],
    mothers_day: ['母亲节快乐！', '祝您和家里的妈妈母亲节快乐、健康平安！'],
    fathers_day: ['父亲节快乐！', '祝您和家里的爸爸父亲节快乐、身体健康！'],
    teachers_day: ['教师节到了，祝您和家里的老师们节日快乐！', '教师节快乐！'],
    christmas: ['圣诞快乐！', '祝您圣诞快乐，平安喜乐！'],
    valentines: ['情人节快乐！', '祝您情人节甜甜蜜蜜！'],
    thanksgiving: ['感恩节快乐！', '感恩节到了，谢谢您一路的照顾！'],
  },
  custom: ['{occasion}，想着跟您说一声。', '{occasion}到了，特地来问候您。'],
  birthday: ['生日快乐！', '今天是您的生日，祝您生日快乐！', '祝您生日快乐，新的一岁万事顺意！'],
  personBirthday: ['听说今天是{person}的生日，替我们道一声生日快乐！', '今天是{person}的生日，祝{person}生日快乐、天天开心！'],
  anniversary: ['今天是您的纪念日，祝您和家人幸福美满！', '纪念日快乐，愿日子越过越甜！'],
  winBack: ['好久没见到您了，最近一切都好吗？', '有阵子没见，挺惦记您的，最近好吗？'],
  purchase: [
    '上次您选的{purchase}，用着还满意吗？',
    '不知道上次的{purchase}合不合心意？',
    '很高兴上次的{pleased}合您心意。',
    '听说上次的{pleased}您用着满意，我们也很开心。',
  ],
  like: ['记得您喜欢{like}，有合适的会第一时间告诉您。', '知道您喜欢{like}，一直帮您留意着。'],
  promise: ['上次答应您的“{promise}”，已经办好了。'],
  thanks: ['感谢您一直以来的支持！', '谢谢您一直以来的照顾。', '有空常来坐坐。'],
  signOff: ['—— {shop} {signature}', '—— {signature}', '—— {shop}'],
};

const zhTW: Words = {
  greet: ['{address}，您好！', '{address}：', '親愛的{address}，'],
  festival: {
    spring_festival: ['新春快樂，萬事如意！', '祝您新年大吉，闔家安康！', '新的一年，祝您身體健康、事事順心！'],
    lantern: ['元宵節快樂，團團圓圓！', '祝您元宵佳節闔家團圓、甜甜蜜蜜！'],
    dragon_boat: ['端午安康！', '祝您端午安康，萬事順遂！'],
    qixi: ['七夕快樂，願您甜甜蜜蜜！', '祝您七夕快樂！'],
    mid_autumn: ['中秋快樂，月圓人團圓！', '祝您中秋佳節闔家團圓、幸福安康！', '又到中秋，祝您和家人花好月圓！'],
    double_ninth: ['重陽節快樂，祝家中長輩身體健康！', '重陽佳節，祝您和家人安康長壽！'],
    new_year: ['元旦快樂！新的一年萬事順意！', '祝您新年快樂，一切順利！'],
    womens_day: ['節日快樂！願您永遠美麗自信！', '祝您婦女節快樂，每天都開開心心！'],
    mothers_day: ['母親節快樂！', '祝您和家裡的媽媽母親節快樂、健康平安！'],
    fathers_day: ['父親節快樂！', '祝您和家裡的爸爸父親節快樂、身體健康！'],
    teachers_day: ['教師節到了，祝您和家裡的老師們節日快樂！', '教師節快樂！'],
    christmas: ['聖誕快樂！', '祝您聖誕快樂，平安喜樂！'],
    valentines: ['情人節快樂！', '祝您情人節甜甜蜜蜜！'],
    thanksgiving: ['感恩節快樂！', '感恩節到了，謝謝您一路的照顧！'],
  },
  custom: ['{occasion}，想著跟您說一聲。', '{occasion}到了，特地來問候您。'],
  birthday: ['生日快樂！', '今天是您的生日，祝您生日快樂！', '祝您生日快樂，新的一歲萬事順意！'],
  personBirthday: ['聽說今天是{person}的生日，替我們道一聲生日快樂！', '今天是{person}的生日，祝{person}生日快樂、天天開心！'],
  anniversary: ['今天是您的紀念日，祝您和家人幸福美滿！', '紀念日快樂，願日子越過越甜！'],
  winBack: ['好久沒見到您了，最近一切都好嗎？', '有陣子沒見，挺惦記您的，最近好嗎？'],
  purchase: [
    '上次您選的{purchase}，用著還滿意嗎？',
    '不知道上次的{purchase}合不合心意？',
    '很高興上次的{pleased}合您心意。',
    '聽說上次的{pleased}您用著滿意，我們也很開心。',
  ],
  like: ['記得您喜歡{like}，有合適的會第一時間告訴您。', '知道您喜歡{like}，一直幫您留意著。'],
  promise: ['上次答應您的「{promise}」，已經辦好了。'],
  thanks: ['感謝您一直以來的支持！', '謝謝您一直以來的照顧。', '有空常來坐坐。'],
  signOff: ['—— {shop} {signature}', '—— {signature}', '—— {shop}'],
};

const en: Words = {
  greet: ['Dear {address},', 'Hello {address},', 'Hi {address},'],
  festival: {
    spring_festival: ['Happy Chinese New Year! Wishing you health and luck.', 'Wishing you a prosperous New Year!'],
    lantern: ['Happy Lantern Festival!', 'Wishing you a bright Lantern Festival!'],
    dragon_boat: ['Happy Dragon Boat Festival!', 'Wishing you a healthy Dragon Boat Festival!'],
    qixi: ['Happy Qixi!', 'Wishing you a sweet Qixi!'],
    mid_autumn: ['Happy Mid-Autumn Festival!', 'Wishing you and your family a happy Mid-Autumn Festival under a full moon.'],
    double_ninth: ['Happy Double Ninth Festival!', 'Wishing your elders good health this Double Ninth.'],
    new_year: ['Happy New Year!', 'Wishing you all the best for the new year!'],
    womens_day: ["Happy Women's Day!", "Wishing you a wonderful Women's Day!"],
    mothers_day: ["Happy Mother's Day!", "Wishing you and the mothers in your family a lovely Mother's Day!"],
    fathers_day: ["Happy Father's Day!", "Wishing you and the fathers in your family a great Father's Day!"],
    teachers_day: ["Happy Teachers' Day!", "Wishing the teachers in your family a happy Teachers' Day!"],
    christmas: ['Merry Christmas!', 'Wishing you a merry Christmas and a peaceful holiday!'],
    valentines: ["Happy Valentine's Day!", "Wishing you a lovely Valentine's Day!"],
    thanksgiving: ['Happy Thanksgiving!', 'Happy Thanksgiving, and thank you for coming by all year.'],
  },
  custom: ['{occasion} is here, and we wanted to say hello.', 'With {occasion} coming, we thought of you.'],
  birthday: ['Happy birthday!', 'Wishing you a very happy birthday!', 'Happy birthday, and all the best for the year ahead!'],
  personBirthday: ["We hear it is {person}'s birthday: please wish them a happy birthday from us!", 'Happy birthday to {person}!'],
  anniversary: ['Happy anniversary!', 'Wishing you a happy anniversary!'],
  winBack: ['It has been a while since we saw you. We hope all is well!', 'We have missed you. How have you been?'],
  purchase: [
    'How is the {purchase} working out for you?',
    'We hope you are enjoying the {purchase}.',
    'We are so glad the {pleased} turned out well for you.',
    'It was good to hear you are happy with the {pleased}.',
  ],
  like: ['We remember you like {like}, and we will tell you when something suits you.', 'We keep an eye out for {like} for you.'],
  promise: ['What we promised you ("{promise}") is done.'],
  thanks: ['Thank you for your support!', 'Thank you for coming by.', 'Do drop in any time.'],
  signOff: ['— {signature}, {shop}', '— {signature}', '— {shop}'],
};

const words: Record<UiLocale, Words> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

/** The built-in template for an occasion in a language; a festival names which. */
export function builtInTemplate(kind: OccasionKind, locale: UiLocale, festival: FestivalKey | null = null): Template {
  const w = words[locale];
  const wish: Record<OccasionKind, Slot> = {
    festival: festival === null ? w.custom : w.festival[festival],
    custom: w.custom,
    birthday: w.birthday,
    person_birthday: w.personBirthday,
    anniversary: w.anniversary,
    win_back: w.winBack,
  };
  // A win-back leans on what they bought and like; a festival greeting stays short.
  const facts: Slot[] = kind === 'win_back' ? [w.purchase, w.like, w.promise] : kind === 'festival' ? [w.like] : [w.purchase, w.like];
  return [w.greet, wish[kind], ...facts, w.thanks, w.signOff];
}
