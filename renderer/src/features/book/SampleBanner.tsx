import { useTranslation } from 'react-i18next';
import { useSwitchBook } from './use-switch-book';

/** Said on every page while the sample book is open, so that nobody takes it for their own. */
export function SampleBanner() {
  const { t } = useTranslation();
  const { switching, switchTo } = useSwitchBook();
  return (
    <div className="sample-banner" role="note" aria-label={t('sampleBook.banner')}>
      <span>{t('sampleBook.banner')}</span>
      <button type="button" className="button-primary" disabled={switching} onClick={() => void switchTo('real')}>
        {switching ? t('sampleBook.returning') : t('sampleBook.back')}
      </button>
    </div>
  );
}
