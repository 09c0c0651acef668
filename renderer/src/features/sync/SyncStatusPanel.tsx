import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../../shared/domain/result';
import { useApi } from '../../api';
import { useLocale } from '../../app/locale-context';
import { useStatus } from '../../app/status';
import { useCall } from '../../app/use-call';
import { refusalText } from '../../app/error-text';
import { ChangeHub } from './ChangeHub';
import { PasswordForm } from './PasswordForm';
import { stateLines, syncedWhen, type SyncStatus } from './sync-words';

/** Joined: where this counter syncs, how it stands against the hub, and "Sync now" / "Stop syncing". */
export function SyncStatusPanel({ status, onStatus }: { status: SyncStatus; onStatus(status: SyncStatus): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const words = { today: t('dates.today'), yesterday: t('dates.yesterday') };
  return (
    <section className="panel sync-status" aria-labelledby="sync-status-title" aria-busy={status.running}>
      <h2 id="sync-status-title">{t('sync.statusTitle')}</h2>
      <div className="sync-state" aria-live="polite">
        {stateLines(t, status).map((line) => (
          <p key={line} className={status.inSync === true && !status.running && status.waiting === 0 ? 'sync-ok' : undefined}>
            {line}
          </p>
        ))}
      </div>
      {status.lastError !== null && (
        <p className="form-problem" role="alert">
          {t('sync.lastError', { error: refusalText(t, status.lastError) })}
        </p>
      )}
      {/* A hub that no longer lets this counter in (its password changed, or it was removed from the team) takes nothing from the book. */}
      {status.lastError?.code === 'UNAUTHORIZED' && <p>{t('sync.refusedKeepsBook')}</p>}
      <dl className="sync-facts">
        <dt>{t('sync.hubLabel')}</dt>
        <dd>
          <code>{status.hub ?? ''}</code>
        </dd>
        <dt>{t('sync.deviceLabel')}</dt>
        <dd>{status.deviceName ?? ''}</dd>
        <dt>{t('sync.lastSynced')}</dt>
        <dd>{status.lastSyncedAt === null ? t('sync.never') : syncedWhen(status.lastSyncedAt, new Date(), locale, words)}</dd>
        <dt>{t('sync.waitingLabel')}</dt>
        <dd>{status.waiting}</dd>
      </dl>
      {status.plainHttp && <p className="protection-note">{t('sync.plainHttp')}</p>}
      {status.passwordKept !== 'none' && !status.needsPassword && (
        <p className="muted">{t(status.passwordKept === 'sealed' ? 'sync.passwordSealedNote' : 'sync.passwordThisRunNote')}</p>
      )}
      {status.needsPassword && <PasswordForm status={status} onStatus={onStatus} />}
      <SyncActions running={status.running} onStatus={onStatus} />
      <ChangeHub status={status} onStatus={onStatus} />
    </section>
  );
}

/** "Sync now", once however often it is clicked, and "Stop syncing", asked about first. */
function SyncActions({ running, onStatus }: { running: boolean; onStatus(status: SyncStatus): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const call = useCall();
  const { say } = useStatus();
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  // A double click lands before React re-renders the disabled button: the ref refuses the second at once.
  const inFlight = useRef(false);

  async function once(pending: () => Promise<Result<SyncStatus>>, done: string) {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    const next = await call(pending());
    inFlight.current = false;
    setBusy(false);
    if (next === null) return;
    say(done);
    onStatus(next);
  }

  return (
    <div className="sync-actions" aria-busy={busy}>
      <button
        type="button"
        className="button-primary"
        disabled={busy || running}
        onClick={() => void once(() => api['sync.now']({}), t('sync.synced'))}
      >
        {busy && !asking ? t('sync.running') : t('sync.syncNow')}
      </button>
      {asking ? (
        <span className="sync-confirm" role="group" aria-label={t('sync.leave')}>
          <span>{t('sync.leaveConfirm')}</span>
          <button
            type="button"
            className="button-primary danger"
            disabled={busy}
            onClick={() => void once(() => api['sync.leave']({}), t('sync.left'))}
          >
            {t('sync.leaveYes')}
          </button>
          <button type="button" className="button-quiet" disabled={busy} onClick={() => setAsking(false)}>
            {t('sync.leaveNo')}
          </button>
        </span>
      ) : (
        <button type="button" className="button-quiet danger" disabled={busy} onClick={() => setAsking(true)}>
          {t('sync.leave')}
        </button>
      )}
    </div>
  );
}
