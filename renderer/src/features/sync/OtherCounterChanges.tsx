import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api';
import { useCall } from '../../app/use-call';
import { ConflictItem } from './ConflictList';
import type { SyncConflict } from './sync-words';

/**
 * On a customer's page: what another counter wrote about them that lost to a newer change (or any
 * other open conflict about them), each with "keep" and "use the other counter's". Nothing when
 * there is nothing: a book that does not sync never shows it.
 */
export function OtherCounterChanges({ customerId, onChanged }: { customerId: string; onChanged(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const call = useCall();
  const [items, setItems] = useState<SyncConflict[]>([]);

  useEffect(() => {
    let live = true;
    void call(api['sync.changesOf']({ customerId })).then((found) => {
      if (live && found !== null) setItems(found.items);
    });
    return () => {
      live = false;
    };
  }, [api, call, customerId]);

  if (items.length === 0) return null;
  return (
    <section className="panel sync-conflicts" aria-labelledby="other-counter-title">
      <h2 id="other-counter-title">{t('sync.changedElsewhere')}</h2>
      <p className="muted">{t('sync.changedElsewhereHint')}</p>
      <ul className="sync-conflict-list">
        {items.map((conflict) => (
          <ConflictItem
            key={conflict.id}
            conflict={conflict}
            onCustomerPage
            onItems={(all) => {
              setItems(all.filter((i) => i.customerId === customerId));
              onChanged();
            }}
          />
        ))}
      </ul>
    </section>
  );
}
