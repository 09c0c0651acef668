import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLocale } from '../../../../shared/domain/salutation';
import { en } from '../../locales/en';
import { zhCN } from '../../locales/zh-CN';
import { zhTW } from '../../locales/zh-TW';

export const uiLocales: readonly UiLocale[] = ['zh-CN', 'zh-TW', 'en'];

/** Maps any BCP 47 tag to one of ours: zh-Hant, zh-HK and zh-TW read Traditional. */
export function pickLocale(tag: string | null | undefined): UiLocale {
  if (tag === null || tag === undefined || tag === '') return 'zh-CN';
  if (/^zh[-_](TW|HK|MO|Hant)/i.test(tag)) return 'zh-TW';
  if (/^zh/i.test(tag)) return 'zh-CN';
  return 'en';
}

/** Browser mode's --lang (a meta tag), then the user's choice, then the system language. */
export function initialLocale(): UiLocale {
  const meta = document.querySelector('meta[name="shuke-lang"]')?.getAttribute('content');
  if (meta !== null && meta !== undefined && meta !== '') return pickLocale(meta);
  const chosen = window.localStorage.getItem('shuke.locale');
  if (chosen !== null) return pickLocale(chosen);
  return pickLocale(navigator.language);
}

export function createI18n(locale: UiLocale): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'en',
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN }, 'zh-TW': { translation: zhTW } },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
