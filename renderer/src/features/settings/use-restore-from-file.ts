import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, type RestoreUploader } from '../../api';
import { useStatus } from '../../app/status';
import { useCall } from '../../app/use-call';
import { errorText, refusalText } from '../../app/error-text';
import { reopenAt } from '../../app/reopen-page';
import { readUpload, splitChosen, uploadReplySchema } from './restore-upload';
import { useBackupOpening, type Opening } from './use-backup-opening';

/** Restoring from a chosen file, step by step; each step keeps the buttons off until it ends. */
export function useRestoreFromFile(upload: RestoreUploader | null) {
  const { t } = useTranslation();
  const { say } = useStatus();
  const api = useApi();
  const call = useCall();
  const [busy, setBusy] = useState(false);
  const { opening, asking, setAsking, inspected, look, stop } = useBackupOpening(upload !== null);

  async function busyWhile(work: () => Promise<void>) {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  }

  /** Browser mode's answer to an upload: its value, or the refusal said and null. */
  function uploaded(raw: unknown): { chosen?: string | undefined } | null {
    const reply = readUpload(raw);
    if (reply.ok) return reply.value;
    say(errorText(t, reply.error), { tone: 'error' });
    return null;
  }

  const chooseInDesktop = () =>
    busyWhile(async () => {
      const picked = await call(api['backup.choose']({}));
      if (picked?.chosen != null) await look({ chosen: picked.chosen });
    });

  const uploadFiles = (files: File[], sender: RestoreUploader) =>
    busyWhile(async () => {
      const { backup, keys } = splitChosen(files);
      if (backup === undefined) return;
      const chosen = uploaded(await sender.backup(backup, backup.name))?.chosen;
      if (chosen === undefined) return;
      if (keys !== undefined && uploaded(await sender.keys(keys, chosen)) === null) return;
      await look({ chosen });
    });

  const uploadKeys = (file: File, chosen: string, sender: RestoreUploader) =>
    busyWhile(async () => {
      const reply = uploadReplySchema.safeParse(await sender.keys(file, chosen));
      if (reply.success && !reply.data.ok) setAsking({ need: 'keys', problem: refusalText(t, reply.data.error) });
      else await look({ chosen });
    });

  const restore = (target: Opening) =>
    busyWhile(async () => {
      const result = await call(api['backup.restore'](target));
      stop();
      if (result === null) return;
      say(t('settings.restored', { count: result.customers, file: result.snapshot }));
      // The page may show a customer the restored book never had: start again from Today, which
      // offers to undo the restore.
      reopenAt({ name: 'today' });
    });

  const trySecret = (chosen: string, secret: string) => busyWhile(() => look({ chosen, secret }));

  return { busy, opening, asking, inspected, stop, chooseInDesktop, uploadFiles, uploadKeys, trySecret, restore };
}
