import { useTranslation } from 'react-i18next';
import type { RestoreUploader } from '../../api';
import { RestoreConfirm } from './RestoreConfirm';
import { ProtectedBackupDialog } from './ProtectedBackupDialog';
import { useRestoreFromFile } from './use-restore-from-file';

/**
 * Restore a backup chosen on this computer: in the desktop app in its own file dialog, in browser
 * mode by upload; checked and shown beside the book, then confirmed. The page never names a path:
 * it holds only the id the app gave the chosen file. A protected backup from elsewhere first asks
 * for its passcode or recovery code (and, in browser mode, its key file).
 */
export function RestoreFromFile({ upload }: { upload: RestoreUploader | null }) {
  const { t } = useTranslation();
  const { busy, opening, asking, inspected, stop, chooseInDesktop, uploadFiles, uploadKeys, trySecret, restore } =
    useRestoreFromFile(upload);

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
          onSecret={(secret) => void trySecret(opening.chosen, secret)}
          onCancel={stop}
        />
      )}
      {inspected !== null && opening !== null && (
        <RestoreConfirm inspected={inspected} busy={busy} onCancel={stop} onConfirm={() => void restore(opening)} />
      )}
    </section>
  );
}
