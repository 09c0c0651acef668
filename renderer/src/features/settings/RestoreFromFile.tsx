import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { errorSchema } from '../../../../shared/contract/client';
import { useStatus } from '../../app/status';
import { errorText } from '../../app/error-text';

const replySchema = z.union([
  z.object({ ok: z.literal(true), value: z.object({ customers: z.int(), snapshot: z.string() }) }),
  z.object({ ok: z.literal(false), error: errorSchema }),
]);

/** Restore a backup chosen on this computer; the server checks it before anything changes. */
export function RestoreFromFile({ upload }: { upload: ((file: Blob) => Promise<unknown>) | null }) {
  const { t } = useTranslation();
  const { say } = useStatus();
  const [busy, setBusy] = useState(false);
  return (
    <section className="restore">
      <h3>{t('settings.restore')}</h3>
      <p className="muted">{t('settings.restoreHint')}</p>
      {upload === null ? (
        <p>{t('settings.restoreDesktop')}</p>
      ) : (
        <input
          type="file"
          accept=".sqlite,.db,application/vnd.sqlite3,application/octet-stream"
          aria-label={t('settings.restore')}
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file === undefined) return;
            setBusy(true);
            void upload(file)
              .then((raw) => {
                const reply = replySchema.safeParse(raw);
                if (!reply.success) say(t('errors.generic', { message: 'unexpected reply' }), { tone: 'error' });
                else if (reply.data.ok) {
                  say(t('settings.restored', { count: reply.data.value.customers, file: reply.data.value.snapshot }));
                  // The page may show a customer the restored book never had: start again from the list.
                  setTimeout(() => {
                    window.location.hash = '#/';
                    window.location.reload();
                  }, 1500);
                } else say(errorText(t, reply.data.error), { tone: 'error' });
              })
              .finally(() => setBusy(false));
          }}
        />
      )}
    </section>
  );
}
