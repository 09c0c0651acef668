import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProtectionStatus } from '../../../../shared/contract';
import { useApi } from '../../api';
import { errorText } from '../../app/error-text';
import { useCountdown, waitText } from './retry-wait';

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
  const api = useApi();
  const { t } = useTranslation();
  const hintId = useId();
  const field = useRef<HTMLInputElement>(null);
  const [secret, setSecret] = useState('');
  // What the book said after this screen's own try, else what the shell knows.
  const [learned, setLearned] = useState<ProtectionStatus | null>(null);
  const known = learned ?? status;
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const countdown = useCountdown(known?.retryAt);
  const wait = countdown.seconds;
  const failed = known?.failedAttempts ?? 0;

  useEffect(() => {
    if (!locking && wait === 0) field.current?.focus();
  }, [locking, wait]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || wait > 0) return;
    if (secret === '') {
      setProblem(t('serverMessages.passcodeNeeded'));
      return;
    }
    setBusy(true);
    const result = await api['protection.unlock']({ secret });
    if (result.ok) {
      setSecret('');
      onUnlocked(result.value);
      return;
    }
    // The count and the wait are the book's: ask it rather than guess from the refusal.
    const after = await api['protection.status']({});
    setBusy(false);
    if (after.ok) {
      setLearned(after.value);
      countdown.sync();
    }
    setProblem(after.ok && after.value.failedAttempts > failed ? null : errorText(t, result.error));
    // A long recovery code with one slip is corrected, not typed again: keep it, selected.
    field.current?.select();
  }

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
