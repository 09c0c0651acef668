import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { contract } from '../../../../shared/contract';
import { errorSchema } from '../../../../shared/contract/client';
import { useApi } from '../../api';
import { useStatus } from '../../app/status';
import { useCall } from '../../app/use-call';
import { errorText } from '../../app/error-text';
import { RestoreConfirm, type Inspected } from './RestoreConfirm';
import { reopenAt } from '../../app/reopen-page';

const replySchema = z.union([
  z.object({ ok: z.literal(true), value: contract['backup.inspect'].output }),
  z.object({ ok: z.literal(false), error: errorSchema }),
]);

/**
 * Restore a backup chosen on this computer: in the desktop app in its own file dialog, in browser
 * mode by upload; checked and shown beside the book, then confirmed. The page never names a path:
 * it holds only the id the app gave the chosen file.
 */
export function RestoreFromFile({ upload }: { upload: ((file: Blob, name?: string) => Promise<unknown>) | null }) {
  const { t } = useTranslation();
  const { say } = useStatus();
  const api = useApi();
  const call = useCall();
  const [busy, setBusy] = useState(false);
  const [inspected, setInspected] = useState<Inspected | null>(null);

  async function chooseInDesktop() {
    setBusy(true);
    const picked = await call(api['backup.choose']({}));
    const seen = picked?.chosen == null ? null : await call(api['backup.inspect']({ chosen: picked.chosen }));
    setBusy(false);
    if (seen !== null) setInspected(seen);
  }

  async function restore(chosen: string) {
    setBusy(true);
    const result = await call(api['backup.restore']({ chosen }));
    setBusy(false);
    setInspected(null);
    if (result === null) return;
    say(t('settings.restored', { count: result.customers, file: result.snapshot }));
    // The page may show a customer the restored book never had: start again from Today, which
    // offers to undo the restore.
    reopenAt({ name: 'today' });
  }

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
          accept=".sqlite,.db,application/vnd.sqlite3,application/octet-stream"
          aria-label={t('settings.restore')}
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file === undefined) return;
            setBusy(true);
            void upload(file, file.name)
              .then((raw) => {
                const reply = replySchema.safeParse(raw);
                if (!reply.success) say(t('errors.generic', { message: 'unexpected reply' }), { tone: 'error' });
                else if (reply.data.ok) setInspected(reply.data.value);
                else say(errorText(t, reply.data.error), { tone: 'error' });
              })
              .finally(() => setBusy(false));
          }}
        />
      )}
      {inspected !== null && (
        <RestoreConfirm
          inspected={inspected}
          busy={busy}
          onCancel={() => setInspected(null)}
          onConfirm={() => void restore(inspected.chosen)}
        />
      )}
    </section>
  );
}
