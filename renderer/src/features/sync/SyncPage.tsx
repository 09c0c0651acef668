import { useTranslation } from 'react-i18next';
import { ConflictList } from './ConflictList';
import { JoinForm } from './JoinForm';
import { SyncStatusPanel } from './SyncStatusPanel';
import { useSync } from './use-sync';

/** Several counters sharing one book through the shop's hub: join it, see how it stands, settle what two counters changed at once. */
export function SyncPage() {
  const { t } = useTranslation();
  const { status, setStatus, conflicts, setConflicts } = useSync();

  if (status === null) return <p className="muted page-pad">{t('app.loading')}</p>;
  return (
    <div className="sync-page page-pad">
      <h1>{t('sync.title')}</h1>
      {status.joined ? (
        <>
          <SyncStatusPanel status={status} onStatus={setStatus} />
          <ConflictList items={conflicts} onItems={setConflicts} />
        </>
      ) : (
        <JoinForm status={status} onJoined={setStatus} />
      )}
    </div>
  );
}
