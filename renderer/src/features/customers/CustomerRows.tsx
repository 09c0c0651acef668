import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '../../../../shared/contract';
import { CustomerCells } from './CustomerCells';

const rowHeight = 44;
export const pageSize = 100;

interface Props {
  total: number;
  /** Rows loaded so far, by position; missing ones are fetched when they scroll into view. */
  rows: ReadonlyMap<number, CustomerSummary>;
  onNeedPage(page: number): void;
  currency: string;
}

/**
 * The list as a window onto all of it: only the rows in view exist in the page, so 100,000
 * customers scroll as smoothly as 100; pages of rows are asked for as they come into view.
 */
export function CustomerRows({ total, rows, onNeedPage, currency }: Props) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const [now] = useState(() => new Date());
  // TanStack Virtual hands back a mutable object by design; the React Compiler leaves this component alone.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 10,
    // jsdom (tests) has no layout; a real window measures itself.
    initialRect: { width: 900, height: 600 },
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    for (let page = Math.floor(first / pageSize); page <= Math.floor(last / pageSize); page += 1) {
      if (!rows.has(page * pageSize) && page * pageSize < total) onNeedPage(page);
    }
  }, [first, last, rows, total, onNeedPage]);

  return (
    <div className="customer-rows" role="table" aria-rowcount={total} aria-label={t('list.title')}>
      <div className="customer-row customer-row-head" role="row">
        <span role="columnheader">{t('list.name')}</span>
        <span role="columnheader">{t('list.phone')}</span>
        <span role="columnheader">{t('list.tier')}</span>
        <span role="columnheader">{t('list.spend')}</span>
        <span role="columnheader">{t('list.lastVisit')}</span>
      </div>
      <div ref={scroller} className="customer-rows-scroll">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const c = rows.get(item.index);
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                className="customer-row"
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: rowHeight, transform: `translateY(${item.start}px)` }}
              >
                {c === undefined ? (
                  <span role="cell" className="muted">
                    …
                  </span>
                ) : (
                  <CustomerCells c={c} currency={currency} now={now} />
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
