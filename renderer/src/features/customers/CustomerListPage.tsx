import { useEffect, useState } from 'react';
import { DuplicatesDialog } from '../duplicates/DuplicatesDialog';
import { ImportCsvDialog } from '../import/ImportCsvDialog';
import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '../../../../shared/contract';
import { useApi } from '../../api';
import { relativeDay } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';
import { hrefFor } from '../../app/use-route';
import { useCall } from '../../app/use-call';

/** The customer book's front page: who was here most recently. */
export function CustomerListPage({ refreshKey }: { refreshKey: number }) {
  const api = useApi();
  const call = useCall();
  const { t } = useTranslation();
  const locale = useLocale();
  const [items, setItems] = useState<CustomerSummary[] | null>(null);
  const [total, setTotal] = useState(0);
  const [importing, setImporting] = useState(false);
  const [deduping, setDeduping] = useState(false);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    void call(api['customers.list']({ limit: 200 })).then((page) => {
      if (!live || page === null) return;
      setItems(page.items);
      setTotal(page.total);
    });
    return () => {
      live = false;
    };
  }, [api, call, refreshKey, reload]);

  if (items === null) return <p className="muted page-pad">{t('app.loading')}</p>;
  const now = new Date();
  return (
    <section className="page page-pad" aria-labelledby="list-title">
      <header className="page-header">
        <h1 id="list-title">{t('list.title')}</h1>
        <span className="muted">
          {t('list.subtitle')} · {t('list.count', { count: total })}
        </span>
        <span className="spacer" />
        <button type="button" className="button-quiet" onClick={() => setDeduping(true)}>
          {t('duplicates.open')}
        </button>
        <button type="button" className="button-quiet" onClick={() => setImporting(true)}>
          {t('importCsv.open')}
        </button>
      </header>
      <DuplicatesDialog open={deduping} onOpenChange={setDeduping} onMerged={() => setReload((n) => n + 1)} />
      <ImportCsvDialog
        open={importing}
        onOpenChange={setImporting}
        onImported={() => {
          setImporting(false);
          setReload((n) => n + 1);
        }}
      />
      {items.length === 0 ? (
        <p className="empty">{t('list.empty')}</p>
      ) : (
        <table className="customer-table">
          <thead>
            <tr>
              <th>{t('list.name')}</th>
              <th>{t('list.phone')}</th>
              <th>{t('list.company')}</th>
              <th>{t('list.lastVisit')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <tr key={c.id}>
                <td>
                  <a href={hrefFor({ name: 'customer', id: c.id })} className="customer-link">
                    {c.name || c.phone}
                  </a>
                  {c.displayAddressAs !== c.name && <span className="muted"> · {c.displayAddressAs}</span>}
                  {c.tags.map((tag) => (
                    <span key={tag} className="chip chip-small">
                      {tag}
                    </span>
                  ))}
                </td>
                <td>{c.phone ?? ''}</td>
                <td>{c.company ?? ''}</td>
                <td>
                  {c.lastVisitAt === null ? (
                    <span className="muted">{t('list.never')}</span>
                  ) : (
                    relativeDay(c.lastVisitAt, now, locale, { today: t('dates.today'), yesterday: t('dates.yesterday') })
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
