import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api';
import { useStatus } from '../../app/status';
import { useFormCall } from '../../app/use-form-call';
import { SyncField } from './SyncField';
import type { SyncStatus } from './sync-words';

const fields = ['password'] as const;

/** After a restart the hub's password is gone (never written to disk): asked for again, here. */
export function PasswordForm({ onStatus }: { onStatus(status: SyncStatus): void }) {
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
      <p className="protection-warning">{t('sync.needsPassword')}</p>
      <SyncField
        label={t('sync.hubPassword')}
        hint={t('sync.passwordHint')}
        problem={problems.password}
        value={password}
        onChange={setPassword}
        type="password"
        autoComplete="off"
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
