import type { UiLocale } from './salutation';

/** How an occasion that is not a festival is named in a batch's label and a draft's words. */
export const occasionWords: Record<
  UiLocale,
  {
    birthday: string;
    anniversary: string;
    winBack: string;
    theirPerson: (relation: string, name: string) => string;
    /** A quarter's occasion in words: 久未到店的问候（2026年第4季度）. */
    quarterLabel: (name: string, year: number, quarter: number) => string;
  }
> = {
  'zh-CN': {
    birthday: '生日',
    anniversary: '纪念日',
    winBack: '久未到店的问候',
    theirPerson: (relation, name) => (relation === '' ? name : `您${relation}${name}`),
    quarterLabel: (name, year, q) => `${name}（${year}年第${q}季度）`,
  },
  'zh-TW': {
    birthday: '生日',
    anniversary: '紀念日',
    winBack: '久未到店的問候',
    theirPerson: (relation, name) => (relation === '' ? name : `您${relation}${name}`),
    quarterLabel: (name, year, q) => `${name}（${year}年第${q}季）`,
  },
  en: {
    birthday: 'birthday',
    anniversary: 'anniversary',
    winBack: 'we missed you',
    theirPerson: (_relation, name) => name,
    quarterLabel: (name, year, q) => `${name} (Q${q} ${year})`,
  },
};

/** The SMS file's sheet and headers: what an SMS service's upload page expects to see. */
export const smsSheetWords: Record<UiLocale, { sheet: string; phone: string; name: string; text: string; file: string }> = {
  'zh-CN': { sheet: '问候短信', phone: '手机', name: '姓名', text: '短信内容', file: '问候短信' },
  'zh-TW': { sheet: '問候簡訊', phone: '手機', name: '姓名', text: '簡訊內容', file: '問候簡訊' },
  en: { sheet: 'Greetings', phone: 'Phone', name: 'Name', text: 'Message', file: 'greetings' },
};
