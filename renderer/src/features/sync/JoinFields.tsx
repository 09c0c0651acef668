import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallInput } from '../../../../shared/contract';
import { useApi } from '../../api';
import { useStatus } from '../../app/status';
import { useFormCall } from '../../app/use-form-call';
import { useTeam } from '../team/use-team';
import { PasswordField } from './PasswordField';
import { SyncField } from './SyncField';
import type { SyncStatus } from './sync-words';

const fields = ['hub', 'deviceName', 'username', 'password'] as const;

/** The login goes only when given: a hub without one is asked nothing, and a blank name is no name. */
function joinInput(form: { hub: string; deviceName: string; username: string; password: string }): CallInput<'sync.join'> {
  const { hub, deviceName, username, password } = form;
  return { hub, deviceName, ...(username.trim() === '' ? {} : { username }), ...(password === '' ? {} : { password }) };
}

/**
 * Whether a typed address is another hub than the one joined, compared as the book keeps addresses
 * (no login in them, no trailing slash). Text that is no address is not: the book refuses it by field.
 */
export function isOtherHub(typed: string, current: string): boolean {
  try {
    const url = new URL(typed.trim());
    url.username = '';
    url.password = '';
    return url.toString().replace(/\/$/, '') !== current;
  } catch {
    return false;
  }
}

/** The join form's state: what is typed, whether it is busy, and whether it asks about another hub. */
function useJoinForm(status: SyncStatus, onJoined: (status: SyncStatus) => void) {
  const { t } = useTranslation();
  const api = useApi();
  const { say } = useStatus();
  const { run, problems } = useFormCall(fields);
  const current = status.joined ? status.hub : null;
  const [form, setForm] = useState({
    hub: current ?? '',
    deviceName: status.deviceName ?? '',
    username: status.username ?? '',
    password: '',
  });
  // Not joined yet: the counter's name as Settings has it, until something else is typed.
  const { team } = useTeam();
  const [nameTyped, setNameTyped] = useState(status.deviceName !== null);
  const shown = nameTyped ? form : { ...form, deviceName: team?.counterName ?? '' };
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  // A second Enter before the first answer must not join twice: state alone updates a render too late.
  const inFlight = useRef(false);

  async function join(replaceHub: boolean) {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    const input = joinInput(shown);
    const joined = await run(api['sync.join'](replaceHub ? { ...input, replaceHub: true } : input));
    inFlight.current = false;
    setBusy(false);
    setAsking(false);
    if (joined === null) return;
    say(t(replaceHub ? 'sync.changedHub' : 'sync.joined'));
    onJoined(joined);
  }

  return {
    form: shown,
    problems,
    busy,
    current,
    asking: asking && current !== null ? { from: current, to: form.hub.trim() } : null,
    // Another address typed while asked: the question was about the one before.
    set: (field: keyof typeof form) => (text: string) => {
      if (field === 'deviceName') setNameTyped(true);
      setForm((was) => ({ ...was, [field]: text }));
      if (field === 'hub') setAsking(false);
    },
    submit(event: FormEvent) {
      event.preventDefault();
      if (current !== null && isOtherHub(form.hub, current)) setAsking(true);
      else void join(false);
    },
    join,
    stay: () => setAsking(false),
  };
}

/**
 * The hub's address, this counter's name and the hub's login: to join, or (joined) to change them.
 * Another hub than the joined one is asked about first, saying what switching does.
 */
export function JoinFields({
  status,
  onJoined,
  onCancel,
}: {
  status: SyncStatus;
  onJoined(status: SyncStatus): void;
  /** Joined and changing: closes the form. */
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const { form, problems, busy, current, asking, set, submit, join, stay } = useJoinForm(status, onJoined);
  return (
    <form className="sync-form" onSubmit={submit} aria-busy={busy} noValidate>
      <SyncField
        label={t('sync.hub')}
        hint={t('sync.hubHint')}
        problem={problems.hub}
        value={form.hub}
        onChange={set('hub')}
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
        value={form.deviceName}
        onChange={set('deviceName')}
        placeholder={t('sync.deviceNamePlaceholder')}
        disabled={busy}
      />
      <SyncField
        label={t('sync.username')}
        problem={problems.username}
        value={form.username}
        onChange={set('username')}
        autoComplete="off"
        disabled={busy}
      />
      <PasswordField
        label={t(current === null ? 'sync.password' : 'sync.passwordSameHub')}
        canKeep={status.canKeepPassword}
        problem={problems.password}
        value={form.password}
        onChange={set('password')}
        disabled={busy}
      />
      <JoinActions
        asking={asking}
        busy={busy}
        joining={current === null}
        onSwitch={() => void join(true)}
        onStay={stay}
        {...(onCancel === undefined ? {} : { onCancel })}
      />
    </form>
  );
}

/** The form's buttons, or while asked about another hub, what switching does and "Yes" / "No". */
function JoinActions({
  asking,
  busy,
  joining,
  onSwitch,
  onStay,
  onCancel,
}: {
  asking: { from: string; to: string } | null;
  busy: boolean;
  joining: boolean;
  onSwitch(): void;
  onStay(): void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  if (asking !== null)
    return (
      <div className="sync-confirm" role="group" aria-label={t('sync.changeHub')}>
        <p>{t('sync.changeConfirm', { old: asking.from, new: asking.to })}</p>
        <button type="button" className="button-primary" disabled={busy} onClick={onSwitch}>
          {t('sync.changeYes')}
        </button>
        <button type="button" className="button-quiet" disabled={busy} onClick={onStay}>
          {t('sync.changeNo')}
        </button>
      </div>
    );
  return (
    <div className="sync-actions">
      <button type="submit" className="button-primary" disabled={busy}>
        {t(joining ? 'sync.join' : 'sync.saveChange')}
      </button>
      {onCancel !== undefined && (
        <button type="button" className="button-quiet" disabled={busy} onClick={onCancel}>
          {t('sync.changeCancel')}
        </button>
      )}
      {busy && <span aria-live="polite">{t('sync.joining')}</span>}
    </div>
  );
}
