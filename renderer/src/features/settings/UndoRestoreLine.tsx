import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../../shared/contract';
import { useApi } from '../../api';
import { useLocale } from '../../app/locale-context';
import { shortDate, timeOfDay } from '../../app/i18n/format';
import { useCall } from '../../app/use-call';
import { reopenAt } from '../../app/reopen-page';

type LastRestore = NonNullable<CallOutput<'backup.status'>['lastRestore']>;

/** Right after a restore, Today says so and offers to put the book back as it was. */
export function UndoRestoreLine() {
  const { t } = useTranslation();
  const api = useApi();
  const call = useCall();
  const locale = useLocale();
  const [last, setLast] = useState<LastRestore | null>(null);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    let live = true;
    void call(api['backup.status']({})).then((status) => {
      if (live && status !== null) setLast(status.lastRestore);
    });
    return () => {
      live = false;
    };
  }, [api, call]);

  function undo() {
    setBusy(true);
    void call(api['backup.undoRestore']({})).then((result) => {
      setBusy(false);
      if (result === null) return;
      reopenAt({ name: 'today' });
    });
  }

  if (last === null) return null;
  const name = last.from.split(/[\\/]/).pop() ?? last.from;
  return (
    <p className="restore-undo" role="note">
      {t('restore.didRestore', { when: `${shortDate(last.at, locale)} ${timeOfDay(last.at)}`, file: name })}{' '}
      {asking ? (
        <>
          <span>{t('restore.undoConfirm')}</span>{' '}
          <button type="button" className="button-primary danger" disabled={busy} onClick={undo}>
            {t('restore.undoYes')}
          </button>{' '}
          <button type="button" className="button-quiet" disabled={busy} onClick={() => setAsking(false)}>
            {t('restore.undoNo')}
          </button>
        </>
      ) : (
        <button type="button" className="button-quiet" onClick={() => setAsking(true)}>
          {t('restore.undo')}
        </button>
      )}
    </p>
  );
}
