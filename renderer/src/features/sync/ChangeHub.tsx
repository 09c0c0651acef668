import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JoinFields } from './JoinFields';
import type { SyncStatus } from './sync-words';

/** Joined: "Change hub…" opens the join form filled in as joined; another hub is asked about before it is used. */
export function ChangeHub({ status, onStatus }: { status: SyncStatus; onStatus(status: SyncStatus): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <div className="sync-actions">
        <button type="button" className="button-quiet" onClick={() => setOpen(true)}>
          {t('sync.changeHub')}
        </button>
      </div>
    );
  return (
    <section className="sync-change" aria-labelledby="sync-change-title">
      <h3 id="sync-change-title">{t('sync.changeTitle')}</h3>
      <JoinFields
        status={status}
        onCancel={() => setOpen(false)}
        onJoined={(next) => {
          setOpen(false);
          onStatus(next);
        }}
      />
    </section>
  );
}
