import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallInput } from '../../../../shared/contract';
import { useApi } from '../../api';
import { useStatus } from '../../app/status';
import { useFormCall } from '../../app/use-form-call';
import { useTeam } from '../team/use-team';
import { SyncField } from './SyncField';
import type { SyncStatus } from './sync-words';

const fields = ['hub', 'deviceName', 'username', 'password'] as const;

/** The login goes only when given: a hub without one is asked nothing, and a blank name is no name. */
function joinInput(form: { hub: string; deviceName: string; username: string; password: string }): CallInput<'sync.join'> {
  const { hub, deviceName, username, password } = form;
  return { hub, deviceName, ...(username.trim() === '' ? {} : { username }), ...(password === '' ? {} : { password }) };
}

/** Not syncing yet: what it does, in two sentences, and the hub's address, this counter's name, and the hub's login if it has one. */
export function JoinForm({ onJoined }: { onJoined(status: SyncStatus): void }) {
  const { t } = useTranslation();
  return (
    <section className="panel sync-join" aria-labelledby="sync-join-title">
      <h2 id="sync-join-title">{t('sync.joinTitle')}</h2>
      <p>{t('sync.intro')}</p>
      <p className="muted">{t('sync.introSafe')}</p>
      <JoinFields onJoined={onJoined} />
    </section>
  );
}

function JoinFields({ onJoined }: { onJoined(status: SyncStatus): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { say } = useStatus();
  const { run, problems } = useFormCall(fields);
  const [hub, setHub] = useState('');
  // The counter's name as Settings has it, until something else is typed.
  const { team } = useTeam();
  const [typedName, setDeviceName] = useState<string | null>(null);
  const deviceName = typedName ?? team?.counterName ?? '';
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  // A second Enter before the first answer must not join twice: state alone updates a render too late.
  const inFlight = useRef(false);

  async function join(event: FormEvent) {
    event.preventDefault();
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    const joined = await run(api['sync.join'](joinInput({ hub, deviceName, username, password })));
    inFlight.current = false;
    setBusy(false);
    if (joined === null) return;
    say(t('sync.joined'));
    onJoined(joined);
  }

  return (
    <form className="sync-form" onSubmit={(e) => void join(e)} aria-busy={busy} noValidate>
      <SyncField
        label={t('sync.hub')}
        hint={t('sync.hubHint')}
        problem={problems.hub}
        value={hub}
        onChange={setHub}
        type="url"
        inputMode="url"
        placeholder="https://nas.local:6984/shop"
        autoComplete="off"
        spellCheck={false}
        disabled={busy}
      />
      <SyncField
        label={t('sync.deviceName')}
        problem={problems.deviceName}
        value={deviceName}
        onChange={setDeviceName}
        placeholder={t('sync.deviceNamePlaceholder')}
        disabled={busy}
      />
      <SyncField
        label={t('sync.username')}
        problem={problems.username}
        value={username}
        onChange={setUsername}
        autoComplete="off"
        disabled={busy}
      />
      <SyncField
        label={t('sync.password')}
        hint={t('sync.passwordHint')}
        problem={problems.password}
        value={password}
        onChange={setPassword}
        type="password"
        autoComplete="off"
        disabled={busy}
      />
      <div className="sync-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {t('sync.join')}
        </button>
        {busy && <span aria-live="polite">{t('sync.joining')}</span>}
      </div>
    </form>
  );
}
