import type { TFunction } from 'i18next';
import type { UiLocale } from '../../../../shared/domain/salutation';
import { LookupHitLines, type DayWords } from './LookupHitLines';
import type { LookupOption } from './lookup-options';

/** The lookup's choices, the active one marked; a press chooses without taking the focus from the input. */
export function LookupList({
  listId,
  options,
  active,
  onChoose,
  locale,
  t,
}: {
  listId: string;
  options: LookupOption[];
  active: number;
  onChoose: (option: LookupOption) => void;
  locale: UiLocale;
  t: TFunction;
}) {
  const now = new Date();
  const words: DayWords = { today: t('dates.today'), yesterday: t('dates.yesterday') };
  return (
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
            onChoose(option);
          }}
        >
          {option.kind === 'customer' ? (
            <LookupHitLines hit={option.hit} now={now} words={words} locale={locale} t={t} />
          ) : (
            <span className="lookup-new">＋ {option.label}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
