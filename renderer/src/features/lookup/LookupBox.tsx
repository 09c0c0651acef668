import { forwardRef, useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/locale-context';
import { LookupList } from './LookupList';
import { lookupOptions, type LookupOption, type NewCustomerSeed } from './lookup-options';
import { useLookupQuery } from './use-lookup-query';

export type { NewCustomerSeed } from './lookup-options';

interface Props {
  onOpen(customerId: string): void;
  onCreate(seed: NewCustomerSeed): void;
}

/**
 * The walk-in lookup: type anything remembered, arrows to choose, Enter to open, Esc to clear.
 * Each keystroke is measured to its paint (see use-lookup-query.ts).
 */
export const LookupBox = forwardRef<HTMLInputElement, Props>(function LookupBox({ onOpen, onCreate }, ref) {
  const { t } = useTranslation();
  const locale = useLocale();
  const listId = useId();
  const { query, result, active, setActive, ask } = useLookupQuery();
  // Enter pressed before the answer for what is typed came back: it opens that answer's first
  // choice when it arrives, never the previous query's.
  const enterWaiting = useRef(false);

  const q = query.trim();
  const fresh = result.query === q;
  // While the next answer is on its way the previous list stays, so the list does not blink
  // empty on every key.
  const options = lookupOptions(q, q === '' ? [] : result.hits, fresh, (seed) =>
    seed.phone !== '' ? t('lookup.newWithPhone', { phone: q }) : t('lookup.newWithName', { name: q }),
  );
  const open = q !== '' && options.length > 0;

  useEffect(() => {
    if (!enterWaiting.current || !fresh) return;
    enterWaiting.current = false;
    choose(options[0]);
  });

  function choose(option: LookupOption | undefined) {
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
      {open && <LookupList listId={listId} options={options} active={active} onChoose={choose} locale={locale} t={t} />}
    </div>
  );
});
