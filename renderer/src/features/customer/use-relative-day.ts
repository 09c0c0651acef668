import { useTranslation } from 'react-i18next';
import { relativeDay } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';

/** Says a moment as the recall card does: today, yesterday, or how long ago from `now`. */
export function useRelativeDay(now: Date): (iso: string) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  const words = { today: t('dates.today'), yesterday: t('dates.yesterday') };
  return (iso) => relativeDay(iso, now, locale, words);
}
