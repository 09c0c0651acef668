import { forwardRef, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '../../../../shared/contract';
import { phoneTail } from '../../../../shared/domain/phone';
import { useApi } from '../../api';
import { relativeDay } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';

export interface NewCustomerSeed {
  name: string;
  phone: string;
}

interface Props {
  onOpen(customerId: string): void;
  onCreate(seed: NewCustomerSeed): void;
}

type Option = { kind: 'customer'; customer: CustomerSummary } | { kind: 'new'; seed: NewCustomerSeed; label: string };

function looksLikePhone(query: string): boolean {
  return /^[+\d][\d\s()-]{5,}$/.test(query.trim());
}

/** The walk-in lookup: type anything remembered, arrows to choose, Enter to open, Esc to clear. */
export const LookupBox = forwardRef<HTMLInputElement, Props>(function LookupBox({ onOpen, onCreate }, ref) {
  const api = useApi();
  const { t } = useTranslation();
  const locale = useLocale();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<CustomerSummary[]>([]);
  const [active, setActive] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const q = query.trim();
    if (q === '') {
      setHits([]);
      return;
    }
    latest.current += 1;
    const ticket = latest.current;
    void api['customers.list']({ query: q, limit: 8 }).then((result) => {
      if (ticket !== latest.current) return;
      setHits(result.ok ? result.value.items : []);
      setActive(0);
    });
  }, [api, query]);

  const q = query.trim();
  const options: Option[] = hits.map((customer) => ({ kind: 'customer', customer }));
  if (q !== '' && hits.length === 0) {
    const seed = looksLikePhone(q) ? { name: '', phone: q } : { name: q, phone: '' };
    options.push({
      kind: 'new',
      seed,
      label: seed.phone !== '' ? t('lookup.newWithPhone', { phone: q }) : t('lookup.newWithName', { name: q }),
    });
  }
  const open = q !== '';

  function choose(option: Option | undefined) {
    if (option === undefined) return;
    setQuery('');
    if (option.kind === 'customer') onOpen(option.customer.id);
    else onCreate(option.seed);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape') {
      setQuery('');
    }
  }

  const now = new Date();
  return (
    <div className="lookup">
      <input
        ref={ref}
        type="search"
        className="lookup-input"
        role="combobox"
        aria-label={t('lookup.label')}
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && options.length > 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('lookup.placeholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {open && (
        <ul className="lookup-list" role="listbox" id={listId} aria-label={t('lookup.label')}>
          {options.map((option, index) => (
            <li
              key={option.kind === 'customer' ? option.customer.id : 'new'}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'lookup-option active' : 'lookup-option'}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(option);
              }}
            >
              {option.kind === 'customer' ? (
                <>
                  <span className="lookup-name">{option.customer.name || option.customer.phone}</span>
                  {option.customer.displayAddressAs !== option.customer.name && (
                    <span className="muted">{option.customer.displayAddressAs}</span>
                  )}
                  {option.customer.phone !== null && <span className="muted">…{phoneTail(option.customer.phone.replace(/\D/g, ''))}</span>}
                  {option.customer.company !== null && <span className="muted">{option.customer.company}</span>}
                  {option.customer.lastVisitAt !== null && (
                    <span className="muted lookup-when">
                      {relativeDay(option.customer.lastVisitAt, now, locale, { today: t('dates.today'), yesterday: t('dates.yesterday') })}
                    </span>
                  )}
                </>
              ) : (
                <span className="lookup-new">＋ {option.label}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
