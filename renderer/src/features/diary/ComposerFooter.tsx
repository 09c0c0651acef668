import { useTranslation } from 'react-i18next';
import { relativeDay } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';

interface Props {
  /** The last contact, once the owner is asked whether to reach out again so soon; else null. */
  warnedOfContactAt: string | null;
  problem: string | null;
  busy: boolean;
}

/** What the composer says before it saves (a recent contact, or what stops the save), and its save button. */
export function ComposerFooter({ warnedOfContactAt, problem, busy }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      {warnedOfContactAt !== null && (
        <p className="contact-warning" role="alert">
          {t('composer.contactedRecently', {
            when: relativeDay(warnedOfContactAt, new Date(), locale, { today: t('dates.today'), yesterday: t('dates.yesterday') }),
          })}
        </p>
      )}
      {problem !== null && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="composer-actions">
        <span className="muted">{t('composer.saveHint')}</span>
        <button type="submit" className="button-primary" disabled={busy}>
          {t('composer.save')}
        </button>
      </div>
    </>
  );
}
