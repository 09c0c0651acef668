import { useCallback, useEffect, useRef, useState } from 'react';
import type { CustomerSummary } from '../../../../shared/contract';
import { useApi } from '../../api';
import { useCall } from '../../app/use-call';
import { pageSize } from './CustomerRows';
import type { ListView } from './ListFilters';

export interface CustomerPages {
  generation: number;
  total: number;
  rows: ReadonlyMap<number, CustomerSummary>;
}

/**
 * The customer list a page at a time, as the rows scroll into view: the rows fetched so far under the
 * current filters, the generation being fetched, and a way to ask for a page or start again.
 */
export function useCustomerPages(view: ListView, refreshKey: number) {
  const api = useApi();
  const call = useCall();
  const [data, setData] = useState<CustomerPages | null>(null);
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

  return { data, wanted, needPage, reload: () => setReload((n) => n + 1) };
}
