import type { UiLocale } from './salutation';

/** How an occasion that is not a festival is named in a batch's label and a draft's words. */
export const occasionWords: Record<
  UiLocale,
  { birthday: string; anniversary: string; winBack: string; theirPerson: (relation: string, name: string) => string }
> = {
  'zh-CN': {
    birthday: '生日',
    anniversary: '纪念日',
    winBack: '久未到店的问候',
    theirPerson: (relation, name) => (relation === '' ? name : `您${relation}${name}`),
  },
  'zh-TW': {
    birthday: '生日',
    anniversary: '紀念日',
    winBack: '久未到店的問候',
    theirPerson: (relation, name) => (relation === '' ? name : `您${relation}${name}`),
  },
  en: {
    birthday: 'birthday',
    anniversary: 'anniversary',
    winBack: 'we missed you',
    theirPerson: (_relation, name) => name,
  },
};
