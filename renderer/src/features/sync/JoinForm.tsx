import { useTranslation } from 'react-i18next';
import { JoinFields } from './JoinFields';
import type { SyncStatus } from './sync-words';

/** Not syncing yet: what it does, in two sentences, and the hub's address, this counter's name, and the hub's login if it has one. */
export function JoinForm({ status, onJoined }: { status: SyncStatus; onJoined(status: SyncStatus): void }) {
  const { t } = useTranslation();
  return (
    <section className="panel sync-join" aria-labelledby="sync-join-title">
      <h2 id="sync-join-title">{t('sync.joinTitle')}</h2>
      <p>{t('sync.intro')}</p>
      <p className="muted">{t('sync.introSafe')}</p>
      <JoinFields status={status} onJoined={onJoined} />
    </section>
  );
}
