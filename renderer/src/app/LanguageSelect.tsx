import { useTranslation } from 'react-i18next';
import { uiLocales } from './i18n/i18n';

/** The interface language, each named in itself; the choice is remembered for the next start. */
export function LanguageSelect() {
  const { i18n } = useTranslation();
  return (
    <select
      aria-label="Language / 语言"
      className="lang-select"
      value={i18n.language}
      onChange={(e) => {
        window.localStorage.setItem('shuke.locale', e.target.value);
        void i18n.changeLanguage(e.target.value);
      }}
    >
      {uiLocales.map((l) => (
        <option key={l} value={l}>
          {l === 'zh-CN' ? '简体中文' : l === 'zh-TW' ? '繁體中文' : 'English'}
        </option>
      ))}
    </select>
  );
}
