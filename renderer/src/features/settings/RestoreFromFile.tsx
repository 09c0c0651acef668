import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { errorSchema } from '../../../../shared/contract/client';
import { useApi, type RestoreUploader } from '../../api';
import { useStatus } from '../../app/status';
import { useCall } from '../../app/use-call';
import { errorText, refusalText } from '../../app/error-text';
import { RestoreConfirm, type Inspected } from './RestoreConfirm';
import { ProtectedBackupDialog, type Asking } from './ProtectedBackupDialog';
import { reopenAt } from '../../app/reopen-page';

const uploadReplySchema = z.union([
  // A staged backup is answered with its chosen-file id; a staged key file with nothing more.
  z.object({ ok: z.literal(true), value: z.object({ chosen: z.string().optional() }).loose() }),
  z.object({ ok: z.literal(false), error: errorSchema }),
]);

/** A backup being opened: its chosen-file id, and the passcode it opened with, kept for the restore itself. */
interface Opening {
  chosen: string;
  secret?: string;
}

/** The first file that is not a key file is the backup; a `.keys.json` chosen with it comes along. */
function splitChosen(files: File[]): { backup: File | undefined; keys: File | undefined } {
  return { backup: files.find((f) => !f.name.endsWith('.json')), keys: files.find((f) => f.name.endsWith('.json')) };
}

/**
 * Restore a backup chosen on this computer: in the desktop app in its own file dialog, in browser
 * mode by upload; checked and shown beside the book, then confirmed. The page never names a path:
 * it holds only the id the app gave the chosen file. A protected backup from elsewhere first asks
 * for its passcode or recovery code (and, in browser mode, its key file).
 */
export function RestoreFromFile({ upload }: { upload: RestoreUploader | null }) {
  const { t } = useTranslation();
  const { say } = useStatus();
  const api = useApi();
  const call = useCall();
  const [busy, setBusy] = useState(false);
  const [opening, setOpening] = useState<Opening | null>(null);
  const [asking, setAsking] = useState<Asking | null>(null);
  const [inspected, setInspected] = useState<Inspected | null>(null);

  function stop() {
    setOpening(null);
    setAsking(null);
    setInspected(null);
  }

  async function look(next: Opening) {
    setOpening(next);
    const result = await api['backup.inspect'](next.secret === undefined ? { chosen: next.chosen } : next);
    if (result.ok) {
      setAsking(null);
      setInspected(result.value);
      return;
    }
    const { key } = result.error;
    if (key === 'backupKeysMissing' && upload !== null) setAsking({ need: 'keys' });
    else if (key === 'backupNeedsSecret') setAsking({ need: 'secret' });
    else if (key === 'passcodeWrong' && next.secret !== undefined) setAsking({ need: 'secret', problem: refusalText(t, result.error) });
    else {
      stop();
      say(errorText(t, result.error), { tone: 'error' });
    }
  }

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
    const reply = uploadReplySchema.safeParse(raw);
    if (reply.success && reply.data.ok) return reply.data.value;
    const error =
      reply.success && !reply.data.ok ? reply.data.error : { code: 'INTERNAL' as const, message: '', key: 'replyNotUnderstood' };
    say(errorText(t, error), { tone: 'error' });
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

  return (
    <section className="restore">
      <h3>{t('settings.restore')}</h3>
      <p className="muted">{t('settings.restoreHint')}</p>
      {upload === null ? (
        <button type="button" className="button-quiet" disabled={busy} onClick={() => void chooseInDesktop()}>
          {t('settings.chooseBackup')}
        </button>
      ) : (
        <input
          type="file"
          multiple
          accept=".sqlite,.db,.json,application/vnd.sqlite3,application/octet-stream,application/json"
          aria-label={t('settings.restore')}
          disabled={busy}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            void uploadFiles(files, upload);
          }}
        />
      )}
      {asking !== null && opening !== null && (
        <ProtectedBackupDialog
          asking={asking}
          busy={busy}
          onKeys={(file) => upload !== null && void uploadKeys(file, opening.chosen, upload)}
          onSecret={(secret) => void busyWhile(() => look({ chosen: opening.chosen, secret }))}
          onCancel={stop}
        />
      )}
      {inspected !== null && opening !== null && (
        <RestoreConfirm inspected={inspected} busy={busy} onCancel={stop} onConfirm={() => void restore(opening)} />
      )}
    </section>
  );
}
