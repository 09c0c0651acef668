import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProtectionStatus } from '../../../../shared/contract';
import { useApi } from '../../api';
import { errorText } from '../../app/error-text';
import { useCountdown } from './retry-wait';

/**
 * One try at unlocking: the secret typed, and after a wrong one the book's own count of failed
 * tries and its wait, counted down here. The field takes the focus whenever a try may be made.
 */
export function useUnlock(status: ProtectionStatus | null, locking: boolean, onUnlocked: (status: ProtectionStatus) => void) {
  const api = useApi();
  const { t } = useTranslation();
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

  return { field, secret, setSecret, problem, busy, wait, failed, submit };
}
