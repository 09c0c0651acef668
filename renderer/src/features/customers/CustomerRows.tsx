import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '../../../../shared/contract';
import { formatMoney } from '../../../../shared/domain/money';
import { relativeDay } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';
import { hrefFor } from '../../app/use-route';

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
  const locale = useLocale();
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

  const words = { today: t('dates.today'), yesterday: t('dates.yesterday') };
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
                  <>
                    <span role="cell">
                      <a href={hrefFor({ name: 'customer', id: c.id })} className="customer-link">
                        {c.name || t('list.noName')}
                      </a>
                      {c.name !== '' && c.displayAddressAs !== c.name && <span className="muted"> · {c.displayAddressAs}</span>}
                      {c.tags.slice(0, 3).map((tag) => (
                        <span key={tag} className="chip chip-small">
                          {tag}
                        </span>
                      ))}
                    </span>
                    <span role="cell">{c.phone ?? ''}</span>
                    <span role="cell">
                      {c.tier !== null && <span className={`chip chip-small tier-${c.tier}`}>{t(`value.tiers.${c.tier}`)}</span>}
                      {c.stage !== null && <span className="muted"> {t(`value.stages.${c.stage}`)}</span>}
                    </span>
                    <span role="cell">
                      {c.spendInWindow === null || c.spendInWindow === 0 ? '' : formatMoney(c.spendInWindow, currency, locale)}
                    </span>
                    <span role="cell">
                      {c.lastVisitAt === null ? (
                        <span className="muted">{t('list.never')}</span>
                      ) : (
                        relativeDay(c.lastVisitAt, now, locale, words)
                      )}
                    </span>
                  </>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
