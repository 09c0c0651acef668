import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { relativeDay, type BookDay } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';
import { hrefFor, navigate } from '../../app/use-route';
import { DoneForm } from './DoneForm';

export interface CareAction {
  label: string;
  what: 'followUp' | 'promiseKept' | 'promiseBroken' | 'complaintCall' | 'greeted';
  entryId: string | null;
  defaultText: string;
}

interface Props {
  customerId: string;
  name: string;
  detail: ReactNode;
  lastContactAt: string | null;
  actions: CareAction[];
  onDone(action: CareAction, text: string): void;
  /** The book's today and zone, so "3 days ago" counts the shop's days. */
  book?: BookDay;
}

/** One thing to do today: Enter opens the customer, D starts "done" with the first action. */
export function CareItem({ customerId, name, detail, lastContactAt, actions, onDone, book }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [doing, setDoing] = useState<CareAction | null>(null);
  const words = { today: t('dates.today'), yesterday: t('dates.yesterday') };

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      navigate({ name: 'customer', id: customerId });
    } else if (event.key.toLowerCase() === 'd' && actions[0] !== undefined) {
      event.preventDefault();
      setDoing(actions[0]);
    }
  }

  return (
    <li className="care-item" tabIndex={0} onKeyDown={onKeyDown} aria-label={name}>
      <div className="care-main">
        <a className="care-name" href={hrefFor({ name: 'customer', id: customerId })} tabIndex={-1}>
          {name}
        </a>
        <span className="care-detail">{detail}</span>
        <span className="muted care-contact">
          {lastContactAt === null
            ? t('care.neverContacted')
            : t('care.lastContact', { when: relativeDay(lastContactAt, new Date(), locale, words, book) })}
        </span>
        <span className="care-actions">
          {actions.map((action) => (
            <button key={action.what} type="button" className="button-quiet" onClick={() => setDoing(action)}>
              {action.label}
            </button>
          ))}
        </span>
      </div>
      {doing !== null && (
        <DoneForm
          initial={doing.defaultText}
          onCancel={() => setDoing(null)}
          onDone={(text) => {
            onDone(doing, text);
            setDoing(null);
          }}
        />
      )}
    </li>
  );
}
