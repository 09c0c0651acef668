import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackgroundFailure } from '../../../../shared/contract';
import { relativeDay, shortDate, timeOfDay, type BookDay } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';

/** A nudge while there is no backup of the last 7 days; otherwise a quiet line saying when. */
export function BackupLine({ lastAt, book, onBackup }: { lastAt: string | null; book: BookDay; onBackup(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [now] = useState(() => new Date());
  const stale = lastAt === null || now.getTime() - Date.parse(lastAt) > 7 * 86_400_000;
  const words = { today: t('dates.today'), yesterday: t('dates.yesterday') };
  return (
    <p className={stale ? 'backup-nudge' : 'backup-ok muted'} role="note">
      {lastAt === null ? t('care.backupNever') : t('care.backupAt', { when: relativeDay(lastAt, now, locale, words, book) })}{' '}
      <button type="button" className="button-quiet" onClick={onBackup}>
        {t('care.backupNow')}
      </button>
    </p>
  );
}

/** Background work (the daily values, a backup's helper) that failed: said where the owner looks each morning. */
export function BackgroundFailureLine({ failure }: { failure: BackgroundFailure }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <p className="backup-nudge" role="alert">
      {t('care.backgroundFailed', {
        what: t(`care.backgroundWhat.${failure.what}`),
        when: `${shortDate(failure.at, locale)} ${timeOfDay(failure.at)}`,
        reason: failure.reason,
      })}
    </p>
  );
}
