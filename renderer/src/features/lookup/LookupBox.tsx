import { forwardRef, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LookupHit } from '../../../../shared/contract';
import { useApi } from '../../api';
import { relativeDay, shortDate } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';

export interface NewCustomerSeed {
  name: string;
  phone: string;
}

interface Props {
  onOpen(customerId: string): void;
  onCreate(seed: NewCustomerSeed): void;
}

type Option = { kind: 'customer'; hit: LookupHit } | { kind: 'new'; seed: NewCustomerSeed; label: string };

function looksLikePhone(query: string): boolean {
  return /^[+\d][\d\s()-]{5,}$/.test(query.trim());
}

/**
 * The walk-in lookup: type anything remembered, arrows to choose, Enter to open, Esc to clear.
 * Each keystroke marks the page's timeline, and the frame after its results render is measured
 * ("lookup:paint"), so the bench can report keystroke-to-paint as the user sees it.
 */
export const LookupBox = forwardRef<HTMLInputElement, Props>(function LookupBox({ onOpen, onCreate }, ref) {
  const api = useApi();
  const { t } = useTranslation();
  const locale = useLocale();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<{ query: string; hits: LookupHit[]; ticket: number }>({ query: '', hits: [], ticket: 0 });
  const [active, setActive] = useState(0);
  const latest = useRef(0);
  // Enter pressed before the answer for what is typed came back: it opens that answer's first
  // choice when it arrives, never the previous query's.
  const enterWaiting = useRef(false);

  // The call leaves from the input event itself, not an effect after the next paint: a frame
  // sooner on a busy machine, and the measure starts where the owner's key did.
  function ask(text: string) {
    setQuery(text);
    latest.current += 1;
    const ticket = latest.current;
    const q = text.trim();
    if (q === '') return;
    performance.mark(`lookup:input:${ticket}`);
    void api.lookup({ query: q, limit: 8 }).then((reply) => {
      if (ticket !== latest.current) return;
      setResult({ query: q, hits: reply.ok ? reply.value.hits : [], ticket });
      setActive(0);
    });
  }

  useLayoutEffect(() => {
    if (result.ticket === 0) return;
    const mark = `lookup:input:${result.ticket}`;
    requestAnimationFrame(() => {
      if (performance.getEntriesByName(mark).length > 0) performance.measure('lookup:paint', mark);
    });
  }, [result]);

  const q = query.trim();
  const fresh = result.query === q;
  // While the next answer is on its way the previous list stays, so the list does not blink
  // empty on every key.
  const hits = q === '' ? [] : result.hits;
  const options: Option[] = hits.map((hit) => ({ kind: 'customer', hit }));
  if (q !== '' && fresh && hits.length === 0) {
    const seed = looksLikePhone(q) ? { name: '', phone: q } : { name: q, phone: '' };
    options.push({
      kind: 'new',
      seed,
      label: seed.phone !== '' ? t('lookup.newWithPhone', { phone: q }) : t('lookup.newWithName', { name: q }),
    });
  }
  const open = q !== '' && options.length > 0;

  useEffect(() => {
    if (!enterWaiting.current || !fresh) return;
    enterWaiting.current = false;
    choose(options[0]);
  });

  function choose(option: Option | undefined) {
    if (option === undefined) return;
    ask('');
    if (option.kind === 'customer') onOpen(option.hit.customerId);
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
      if (q !== '' && !fresh) enterWaiting.current = true;
      else choose(options[active]);
    } else if (event.key === 'Escape') {
      enterWaiting.current = false;
      ask('');
    }
  }

  const now = new Date();
  const words = { today: t('dates.today'), yesterday: t('dates.yesterday') };
  return (
    <div className="lookup">
      <input
        ref={ref}
        type="search"
        className="lookup-input"
        role="combobox"
        aria-label={t('lookup.label')}
        aria-expanded={open}
        aria-busy={q !== '' && !fresh}
        aria-controls={listId}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('lookup.placeholder')}
        value={query}
        onChange={(e) => ask(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {open && (
        <ul className="lookup-list" role="listbox" id={listId} aria-label={t('lookup.label')}>
          {options.map((option, index) => (
            <li
              key={option.kind === 'customer' ? option.hit.customerId : 'new'}
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
                  <span className="lookup-main">
                    <span className="lookup-name">{option.hit.name || option.hit.displayAddressAs}</span>
                    {option.hit.displayAddressAs !== option.hit.name && <span className="muted">{option.hit.displayAddressAs}</span>}
                    {option.hit.phoneTail !== null && <span className="muted">…{option.hit.phoneTail}</span>}
                    {option.hit.lastVisitAt !== null && (
                      <span className="muted lookup-when">{relativeDay(option.hit.lastVisitAt, now, locale, words)}</span>
                    )}
                  </span>
                  <span className="lookup-sub">
                    {option.hit.reason.kind !== 'name' && (
                      <span className="lookup-reason">
                        {t(`lookup.reason.${option.hit.reason.kind}`, { text: option.hit.reason.text })}
                      </span>
                    )}
                    {option.hit.lastPurchase !== null && (
                      <span className="muted">
                        {[option.hit.lastPurchase.item, option.hit.lastPurchase.colour, option.hit.lastPurchase.size]
                          .filter(Boolean)
                          .join(' · ')}{' '}
                        · {shortDate(option.hit.lastPurchase.occurredAt, locale)}
                      </span>
                    )}
                  </span>
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
