import { saveFile } from '../../components/save-file';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../shared/contract';
import { useApi } from '../../api';
import { useStatus } from '../../app/status';
import { navigate } from '../../app/use-route';
import { useCall } from '../../app/use-call';
import { PlainFileNote } from '../protection/PlainFileNote';
import { deleteConfirmation } from '../../../../shared/domain/delete-confirmation';
import { BackupsStillHolding, needsAttention, type HeldBackups } from './BackupsStillHolding';

/** A customer's own request: to see everything held about them, or to be erased. */
export function TheirData({ customer }: { customer: Customer }) {
  const api = useApi();
  const call = useCall();
  const { say } = useStatus();
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [held, setHeld] = useState<{ name: string; copies: HeldBackups } | null>(null);
  const confirmation = deleteConfirmation(customer);

  async function download() {
    const record = await call(api['customers.everything']({ id: customer.id }));
    if (record === null) return;
    saveFile(`shuke-${customer.name || customer.id}.json`, JSON.stringify(record, null, 2), 'application/json');
  }

  async function erase() {
    const result = await call(api['customers.delete']({ id: customer.id, confirmName: typed }));
    if (result === null) return;
    // The customer is gone from the book; older copies are the owner's next decision (issue 14, item 6).
    const copies = await call(api['backup.forgetCustomer']({ id: customer.id, rewrite: false }));
    if (copies !== null && needsAttention(copies)) {
      say(t('details.deletedCopiesLeft', { name: result.name }));
      setHeld({ name: result.name, copies });
      return;
    }
    say(t('details.deletedEverywhere', { name: result.name }));
    navigate({ name: 'customers' });
  }

  return (
    <div className="span-2 their-data">
      <span className="muted">{t('details.theirData')}</span>
      <button type="button" className="button-quiet" onClick={() => void download()}>
        {t('details.download')}
      </button>
      <PlainFileNote />
      {!confirming ? (
        <button type="button" className="button-quiet danger" onClick={() => setConfirming(true)}>
          {t('details.deleteForGood')}
        </button>
      ) : (
        <span className="confirm-delete">
          <span>{t('details.confirmDelete', { name: confirmation })}</span>
          <input aria-label={t('details.confirmLabel')} value={typed} onChange={(e) => setTyped(e.target.value)} />
          <button type="button" className="button-primary danger" disabled={typed.trim() !== confirmation} onClick={() => void erase()}>
            {t('details.deleteNow')}
          </button>
        </span>
      )}
      {held !== null && (
        <BackupsStillHolding
          name={held.name}
          held={held.copies}
          onDone={() => {
            setHeld(null);
            navigate({ name: 'customers' });
          }}
        />
      )}
    </div>
  );
}
