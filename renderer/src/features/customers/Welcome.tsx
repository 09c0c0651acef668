import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api';
import { useCall } from '../../app/use-call';
import { ProtectionOffer } from '../protection/ProtectionOffer';

/**
 * The first day: an empty book offers the ways in (a spreadsheet or a phone's contacts, or the
 * first customer by hand) and says where the book and its backups are kept, instead of a row of
 * filters over nothing.
 */
export function Welcome({ onImport, onAdd }: { onImport(): void; onAdd?: () => void }) {
  const api = useApi();
  const call = useCall();
  const { t } = useTranslation();
  const [dir, setDir] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void call(api['backup.status']({})).then((status) => {
      if (live && status !== null) setDir(status.dir);
    });
    return () => {
      live = false;
    };
  }, [api, call]);
  return (
    <section className="welcome" aria-label={t('welcome.title')}>
      <h2>{t('welcome.title')}</h2>
      <p>{t('welcome.intro')}</p>
      <div className="welcome-ways">
        <button type="button" className="button-primary" onClick={onImport}>
          {t('welcome.import')}
        </button>
        {onAdd !== undefined && (
          <button type="button" className="button-quiet" onClick={onAdd}>
            {t('welcome.add')} <kbd>Ctrl+N</kbd>
          </button>
        )}
      </div>
      <p className="muted">{t('welcome.importHint')}</p>
      <p className="muted">{dir === null ? t('welcome.whereNoDir') : t('welcome.where', { dir })}</p>
      <ProtectionOffer />
    </section>
  );
}
