import { useState } from 'react';
import { DuplicatesDialog, ImportDialog } from '../../app/dialogs';
import { useTranslation } from 'react-i18next';
import { CustomerRows } from './CustomerRows';
import { ListFilters, type ListView } from './ListFilters';
import { SegmentsBar } from './SegmentsBar';
import { useCustomerPages } from './use-customer-pages';
import { Welcome } from './Welcome';
import { GreetListButton } from '../greetings/GreetListButton';

/** The customer book's front page: who was here most recently, or whoever the filters pick. */
export function CustomerListPage({
  refreshKey,
  currency = 'CNY',
  onAddCustomer,
}: {
  refreshKey: number;
  currency?: string;
  /** Opens quick-add (the app's Ctrl+N). */
  onAddCustomer?: () => void;
}) {
  const { t } = useTranslation();
  const [view, setView] = useState<ListView>({ filter: {}, sort: 'recent' });
  const { data, wanted, needPage, reload } = useCustomerPages(view, refreshKey);
  const [importing, setImporting] = useState(false);
  const [deduping, setDeduping] = useState(false);

  if (data === null) return <p className="muted page-pad">{t('app.loading')}</p>;
  const { total, rows } = data;
  const filtered = Object.keys(view.filter).length > 0;
  return (
    <section className="page page-pad" aria-labelledby="list-title" aria-busy={data.generation !== wanted}>
      <header className="page-header">
        <h1 id="list-title">{t('list.title')}</h1>
        <span className="muted">
          {view.sort === 'recent' && !filtered ? `${t('list.subtitle')} · ` : ''}
          {t('list.count', { count: total })}
          {data.generation !== wanted && ` · ${t('list.updating')}`}
        </span>
        <span className="spacer" />
        {total > 0 && <GreetListButton filter={view.filter} count={total} />}
        <button type="button" className="button-quiet" onClick={() => setDeduping(true)}>
          {t('duplicates.open')}
        </button>
        <button type="button" className="button-quiet" onClick={() => setImporting(true)}>
          {t('importCsv.open')}
        </button>
      </header>
      <DuplicatesDialog open={deduping} currency={currency} onOpenChange={setDeduping} onMerged={reload} />
      <ImportDialog
        open={importing}
        onOpenChange={setImporting}
        onImported={(done) => {
          if (done) setImporting(false);
          reload();
        }}
      />
      {total === 0 && !filtered ? (
        <Welcome onImport={() => setImporting(true)} onAdd={onAddCustomer} />
      ) : (
        <>
          <ListFilters view={view} currency={currency} onChange={setView} />
          <SegmentsBar view={view} onApply={setView} />
        </>
      )}
      {total === 0 && !filtered ? null : total === 0 ? (
        <p className="empty">{filtered ? t('list.noMatch') : t('list.empty')}</p>
      ) : (
        // A new filter or order starts again at the top of the list.
        <CustomerRows key={JSON.stringify(view)} total={total} rows={rows} onNeedPage={needPage} currency={currency} />
      )}
    </section>
  );
}
