import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api';
import { useStatus } from '../../app/status';
import { useFormCall } from '../../app/use-form-call';
import { PasswordField } from './PasswordField';
import type { SyncStatus } from './sync-words';

const fields = ['password'] as const;

/** Why the hub's password is asked for now: it no longer opens here, the hub refused the one held, or this computer keeps none across a restart. */
function reasonKey(status: SyncStatus) {
  if (status.passwordUnreadable) return 'sync.passwordUnreadable';
  if (status.passwordKept !== 'none') return 'sync.passwordRefused';
  return status.canKeepPassword ? 'sync.needsPassword' : 'sync.needsPasswordNoKeyring';
}

/** The hub wants its password (after a restart without a keyring, or the one held was refused): asked for here, saying why. */
export function PasswordForm({ status, onStatus }: { status: SyncStatus; onStatus(status: SyncStatus): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { say } = useStatus();
  const { run, problems } = useFormCall(fields);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);

  async function give(event: FormEvent) {
    event.preventDefault();
    if (password === '' || busy) return;
    setBusy(true);
    const next = await run(api['sync.password']({ password }));
    setBusy(false);
    if (next === null) return;
    setPassword('');
    say(t('sync.passwordGiven'));
    onStatus(next);
  }

  return (
    <form className="sync-form sync-password" onSubmit={(e) => void give(e)} aria-busy={busy} noValidate>
      <p className="protection-warning">{t(reasonKey(status))}</p>
      <PasswordField
        label={t('sync.hubPassword')}
        canKeep={status.canKeepPassword}
        problem={problems.password}
        value={password}
        onChange={setPassword}
        disabled={busy}
      />
      <div className="sync-actions">
        <button type="submit" className="button-primary" disabled={busy || password === ''}>
          {t('sync.givePassword')}
        </button>
      </div>
    </form>
  );
}
