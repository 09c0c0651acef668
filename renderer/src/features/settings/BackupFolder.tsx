import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api';
import { useStatus } from '../../app/status';
import { useCall } from '../../app/use-call';

/** Where backups go: beside the book by default, or a folder the shop chooses (a USB stick). */
export function BackupFolder() {
  const api = useApi();
  const call = useCall();
  const { say } = useStatus();
  const { t } = useTranslation();
  const [current, setCurrent] = useState<string | null>(null);
  const [typed, setTyped] = useState('');

  useEffect(() => {
    let live = true;
    void call(api['backup.status']({})).then((s) => {
      if (live && s !== null) setCurrent(s.dir);
    });
    return () => {
      live = false;
    };
  }, [api, call]);

  async function choose(dir: string | null) {
    const status = await call(api['backup.setFolder']({ dir }));
    if (status === null) return;
    setCurrent(status.dir);
    setTyped('');
    say(t('settings.folderSaved', { dir: status.dir ?? '' }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (typed.trim() !== '') void choose(typed.trim());
  }

  return (
    <section className="restore">
      <h3>{t('settings.backupFolder')}</h3>
      <p className="muted">{t('settings.backupFolderHint')}</p>
      <p>
        <code>{current ?? ''}</code>
      </p>
      <form className="small-form" onSubmit={submit}>
        <input
          aria-label={t('settings.backupFolder')}
          placeholder={current ?? ''}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />
        <button type="submit" className="button-quiet">
          {t('settings.useFolder')}
        </button>
        <button type="button" className="button-quiet" onClick={() => void choose(null)}>
          {t('settings.defaultFolder')}
        </button>
      </form>
    </section>
  );
}
