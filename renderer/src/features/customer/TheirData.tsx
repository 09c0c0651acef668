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

/** A customer's own request: to see everything held about them, or to be erased. */
export function TheirData({ customer }: { customer: Customer }) {
  const api = useApi();
  const call = useCall();
  const { say } = useStatus();
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const confirmation = deleteConfirmation(customer);

  async function download() {
    const record = await call(api['customers.everything']({ id: customer.id }));
    if (record === null) return;
    saveFile(`shuke-${customer.name || customer.id}.json`, JSON.stringify(record, null, 2), 'application/json');
  }

  async function erase() {
    const result = await call(api['customers.delete']({ id: customer.id, confirmName: typed }));
    if (result === null) return;
    say(t('details.deleted', { name: result.name }));
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
    </div>
  );
}
