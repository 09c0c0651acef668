import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../../shared/contract';
import { useApi } from '../../api';
import { useCall } from '../../app/use-call';
import { useStatus } from '../../app/status';
import { AppDialog, DialogClose } from '../../components/AppDialog';

export type HeldBackups = CallOutput<'backup.forgetCustomer'>;

/** Whether anything is left for the owner to decide after a delete: a copy that holds them, or one that cannot be read here. */
export function needsAttention(held: HeldBackups): boolean {
  return held.backups.some((b) => b.holds !== false);
}

interface Props {
  name: string;
  held: HeldBackups;
  onDone(): void;
}

/**
 * After a delete for good: the backups Shuke made earlier still hold the customer. The owner
 * chooses to rewrite them without the customer (each verified before it replaces the old copy),
 * or to keep them; copies that cannot be read here are named for the owner to delete by hand.
 */
export function BackupsStillHolding({ name, held, onDone }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const call = useCall();
  const { say } = useStatus();
  const [busy, setBusy] = useState(false);
  const holding = held.backups.filter((b) => b.holds === true);
  const unreadable = held.backups.filter((b) => b.holds === null);

  async function rewrite() {
    setBusy(true);
    const done = await call(api['backup.forgetCustomer']({ id: held.id, rewrite: true }));
    setBusy(false);
    if (done === null) return;
    const rewritten = done.backups.filter((b) => b.rewritten).length;
    say(t('forget.rewritten', { name, count: rewritten }));
    onDone();
  }

  return (
    <AppDialog open onOpenChange={(open) => (open || busy ? undefined : onDone())} title={t('forget.title', { name })} wide>
      {holding.length > 0 && (
        <>
          <p>{t('forget.intro', { name, count: holding.length })}</p>
          <ul className="file-list" aria-label={t('forget.holdingLabel')}>
            {holding.map((b) => (
              <li key={b.file}>{b.file}</li>
            ))}
          </ul>
        </>
      )}
      {unreadable.length > 0 && (
        <>
          <p>{t('forget.unreadable', { name, count: unreadable.length })}</p>
          <ul className="file-list" aria-label={t('forget.unreadableLabel')}>
            {unreadable.map((b) => (
              <li key={b.file}>{b.file}</li>
            ))}
          </ul>
        </>
      )}
      <div className="dialog-actions">
        <DialogClose className="button-quiet" disabled={busy}>
          {holding.length > 0 ? t('forget.keep') : t('forget.understood')}
        </DialogClose>
        {holding.length > 0 && (
          <button type="button" className="button-primary danger" disabled={busy} onClick={() => void rewrite()}>
            {busy ? t('forget.rewriting') : t('forget.rewrite', { count: holding.length, name })}
          </button>
        )}
      </div>
    </AppDialog>
  );
}
