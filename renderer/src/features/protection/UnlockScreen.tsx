import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProtectionStatus } from '../../../../shared/contract';
import { waitText } from './retry-wait';
import { useUnlock } from './use-unlock';

interface Props {
  status: ProtectionStatus | null;
  /** The lock was asked for and the book has not answered yet. */
  locking: boolean;
  onUnlocked(status: ProtectionStatus): void;
}

/**
 * All the page shows while the book is locked: one field for the passcode or the recovery code,
 * and after a wrong one how many tries went wrong and how long until the next is taken.
 */
export function UnlockScreen({ status, locking, onUnlocked }: Props) {
  const { t } = useTranslation();
  const hintId = useId();
  const { field, secret, setSecret, problem, busy, wait, failed, submit } = useUnlock(status, locking, onUnlocked);

  return (
    <main className="unlock" aria-labelledby={`${hintId}-title`}>
      <form className="unlock-card" onSubmit={(e) => void submit(e)} noValidate>
        <span className="brand-mark">熟客</span>
        <h1 id={`${hintId}-title`}>{locking ? t('protection.locking') : t('protection.lockedTitle')}</h1>
        {!locking && (
          <>
            <label className="field">
              <span>{t('protection.secretLabel')}</span>
              <input
                ref={field}
                type="password"
                autoComplete="off"
                value={secret}
                disabled={busy}
                aria-describedby={`${hintId}-hint`}
                aria-invalid={problem !== null || failed > 0}
                onChange={(e) => setSecret(e.target.value)}
              />
            </label>
            <p id={`${hintId}-hint`} className="muted">
              {t('protection.secretHint')}
            </p>
            {(failed > 0 || problem !== null) && (
              <p className="form-problem" role="alert">
                {problem ?? t('protection.wrongSecret', { count: failed })}
              </p>
            )}
            {wait > 0 && (
              <p className="unlock-wait" aria-live="polite">
                {t('protection.retryIn', { wait: waitText(t, wait) })}
              </p>
            )}
            <button type="submit" className="button-primary" disabled={busy || wait > 0}>
              {t('protection.unlock')}
            </button>
          </>
        )}
      </form>
    </main>
  );
}
