import { useCallback, useEffect, useRef, useState } from 'react';
import { DuplicatesDialog, ImportDialog } from '../../app/dialogs';
import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '../../../../shared/contract';
import { useApi } from '../../api';
import { CustomerRows, pageSize } from './CustomerRows';
import { ListFilters, type ListView } from './ListFilters';
import { SegmentsBar } from './SegmentsBar';
import { Welcome } from './Welcome';
import { useCall } from '../../app/use-call';
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
  const api = useApi();
  const call = useCall();
  const { t } = useTranslation();
  const [view, setView] = useState<ListView>({ filter: {}, sort: 'recent' });
  const [data, setData] = useState<{ generation: number; total: number; rows: ReadonlyMap<number, CustomerSummary> } | null>(null);
  const [importing, setImporting] = useState(false);
  const [deduping, setDeduping] = useState(false);
  const [reload, setReload] = useState(0);
  // Pages asked for under the current filters; a new filter starts a new generation.
  const asked = useRef(new Set<number>());
  const generation = useRef(0);
  // The generation being fetched; while it differs from the one shown, the list says it is updating
  // (after a large import the first page waits for the day's values, seconds on a big book).
  const [wanted, setWanted] = useState(0);

  const fetchPage = useCallback(
    async (page: number, mine: number) => {
      asked.current.add(page);
      const result = await call(api['customers.list']({ limit: pageSize, offset: page * pageSize, filter: view.filter, sort: view.sort }));
      if (result === null || mine !== generation.current) return;
      setData((before) => {
        // The first page of new filters replaces the rows; later pages add to them.
        const next = new Map(before?.generation === mine ? before.rows : []);
        result.items.forEach((item, i) => next.set(page * pageSize + i, item));
        return { generation: mine, total: result.total, rows: next };
      });
    },
    [api, call, view],
  );

  useEffect(() => {
    generation.current += 1;
    setWanted(generation.current);
    asked.current = new Set();
    void fetchPage(0, generation.current);
  }, [fetchPage, refreshKey, reload]);

  const needPage = useCallback(
    (page: number) => {
      if (!asked.current.has(page)) void fetchPage(page, generation.current);
    },
    [fetchPage],
  );

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
      <DuplicatesDialog open={deduping} currency={currency} onOpenChange={setDeduping} onMerged={() => setReload((n) => n + 1)} />
      <ImportDialog
        open={importing}
        onOpenChange={setImporting}
        onImported={(done) => {
          if (done) setImporting(false);
          setReload((n) => n + 1);
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
