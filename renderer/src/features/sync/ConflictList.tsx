import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api';
import { useLocale } from '../../app/locale-context';
import { useStatus } from '../../app/status';
import { useCall } from '../../app/use-call';
import { hrefFor } from '../../app/use-route';
import { fieldLabel, fieldValue, type SyncConflict } from './sync-words';

/** What two counters changed at once, each settled here with one click, for every counter. */
export function ConflictList({ items, onItems }: { items: SyncConflict[]; onItems(items: SyncConflict[]): void }) {
  const { t } = useTranslation();
  return (
    <section className="panel sync-conflicts" aria-labelledby="sync-conflicts-title">
      <h2 id="sync-conflicts-title">{t('sync.conflictsTitle')}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('sync.nothingToSettle')}</p>
      ) : (
        <>
          <p className="muted">{t('sync.conflictsHint')}</p>
          <ul className="sync-conflict-list">
            {items.map((conflict) => (
              <ConflictItem key={conflict.id} conflict={conflict} onItems={onItems} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** One conflict with its two buttons; on a customer's own page (`onCustomerPage`) without naming them again. */
export function ConflictItem({
  conflict,
  onItems,
  onCustomerPage = false,
}: {
  conflict: SyncConflict;
  onItems(items: SyncConflict[]): void;
  onCustomerPage?: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const api = useApi();
  const call = useCall();
  const { say } = useStatus();
  const [busy, setBusy] = useState(false);
  // An id the conflict's own (which may hold spaces) cannot break in aria-labelledby.
  const titleId = useId();
  const who = conflict.customerName ?? t('sync.noName');

  async function settle(choice: 'kept' | 'took_other') {
    if (busy) return;
    setBusy(true);
    const next = await call(api['sync.settle']({ id: conflict.id, choice }));
    setBusy(false);
    if (next === null) return;
    say(t('sync.settled'));
    onItems(next.items);
  }

  return (
    <li className="sync-conflict">
      <article aria-labelledby={titleId} aria-busy={busy}>
        {onCustomerPage ? (
          <h3 id={titleId} className="muted">
            {t(`sync.kinds.${conflict.kind}`)}
          </h3>
        ) : (
          <h3 id={titleId}>
            {conflict.customerId === null ? who : <a href={hrefFor({ name: 'customer', id: conflict.customerId })}>{who}</a>}
            {' · '}
            <span className="muted">{t(`sync.kinds.${conflict.kind}`)}</span>
          </h3>
        )}
        {conflict.fields.length > 0 && (
          <table className="sync-fields">
            <thead>
              <tr>
                <th scope="col">{t('sync.field')}</th>
                <th scope="col">{t('sync.kept')}</th>
                <th scope="col">{t('sync.other')}</th>
              </tr>
            </thead>
            <tbody>
              {conflict.fields.map((f) => (
                <tr key={f.field}>
                  <th scope="row">{fieldLabel(t, f.field)}</th>
                  <td>{fieldValue(t, locale, f.field, f.kept)}</td>
                  <td>{fieldValue(t, locale, f.field, f.other)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {conflict.otherDeleted && <p className="protection-note">{t('sync.otherDeleted')}</p>}
        <div className="sync-actions">
          <button type="button" className="button-quiet" disabled={busy} onClick={() => void settle('kept')}>
            {t('sync.keep')}
          </button>
          <button type="button" className="button-quiet" disabled={busy} onClick={() => void settle('took_other')}>
            {t('sync.takeOther')}
          </button>
        </div>
      </article>
    </li>
  );
}
