import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api';
import { useStatus } from '../../app/status';
import { useCall } from '../../app/use-call';

/**
 * Where backups go: beside the book by default, or a folder the shop chooses (a USB stick) in the
 * desktop app's own folder dialog. Browser mode's page cannot choose one: it is set when browser
 * mode is started (--backups), and the page can only go back to the default.
 */
export function BackupFolder({ canChoose }: { canChoose: boolean }) {
  const api = useApi();
  const call = useCall();
  const { say } = useStatus();
  const { t } = useTranslation();
  const [current, setCurrent] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void call(api['backup.status']({})).then((s) => {
      if (live && s !== null) setCurrent(s.dir);
    });
    return () => {
      live = false;
    };
  }, [api, call]);

  async function set(folder: 'choose' | 'default') {
    const status = await call(api['backup.setFolder']({ folder }));
    if (status === null) return;
    // A cancelled folder dialog changes nothing, and says nothing.
    if (status.dir !== current) say(t('settings.folderSaved', { dir: status.dir ?? '' }));
    setCurrent(status.dir);
  }

  return (
    <section className="restore">
      <h3>{t('settings.backupFolder')}</h3>
      <p className="muted">{t('settings.backupFolderHint')}</p>
      <p>
        <code>{current ?? ''}</code>
      </p>
      {!canChoose && <p className="muted">{t('settings.backupFolderBrowser')}</p>}
      <div className="small-form">
        {canChoose && (
          <button type="button" className="button-quiet" onClick={() => void set('choose')}>
            {t('settings.chooseFolder')}
          </button>
        )}
        <button type="button" className="button-quiet" onClick={() => void set('default')}>
          {t('settings.defaultFolder')}
        </button>
      </div>
    </section>
  );
}
