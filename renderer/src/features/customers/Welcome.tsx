import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api';
import { useCall } from '../../app/use-call';
import { useSwitchBook } from '../book/use-switch-book';
import { ProtectionOffer } from '../protection/ProtectionOffer';

/**
 * The first day: an empty book offers the ways in (a spreadsheet or a phone's contacts, or the
 * first customer by hand) and says where the book and its backups are kept, instead of a row of
 * filters over nothing; a sample book, kept apart, lets them look around first.
 */
export function Welcome({ onImport, onAdd }: { onImport(): void; onAdd?: () => void }) {
  const api = useApi();
  const call = useCall();
  const { t } = useTranslation();
  const [dir, setDir] = useState<string | null>(null);
  const [sampleAvailable, setSampleAvailable] = useState(false);
  const { switching, switchTo } = useSwitchBook();
  useEffect(() => {
    let live = true;
    void call(api['backup.status']({})).then((status) => {
      if (live && status !== null) setDir(status.dir);
    });
    void call(api['book.status']({})).then((status) => {
      if (live && status !== null) setSampleAvailable(status.sampleAvailable);
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
      {sampleAvailable && (
        <p className="welcome-sample">
          <button type="button" className="button-quiet" disabled={switching} onClick={() => void switchTo('sample')}>
            {switching ? t('sampleBook.opening') : t('sampleBook.open')}
          </button>{' '}
          <span className="muted">{t('sampleBook.hint')}</span>
        </p>
      )}
      <p className="muted">{dir === null ? t('welcome.whereNoDir') : t('welcome.where', { dir })}</p>
      <ProtectionOffer />
    </section>
  );
}
