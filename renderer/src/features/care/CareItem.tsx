import { useState, type KeyboardEvent, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { CardReminder } from '../../../../shared/contract';
import { useTranslation } from 'react-i18next';
import { relativeDay, type BookDay } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';
import { hrefFor, navigate } from '../../app/use-route';
import { DoneForm } from './DoneForm';

/** Done with a line in the diary (followed up, greeted, called …). */
export interface DoneAction {
  kind: 'done';
  label: string;
  what: 'followUp' | 'promiseKept' | 'promiseBroken' | 'complaintCall' | 'greeted' | 'called';
  entryId: string | null;
  dateId?: string | null;
  /** A member-card reminder told to the customer. */
  card?: CardReminder;
  defaultText: string;
}

/** Off the list without a diary line: snoozed for some days, or not a regular. */
export interface SnoozeAction {
  kind: 'snooze';
  label: string;
  what: 'snoozed' | 'notRegular';
  entryId: string | null;
  days: number | null;
  card?: CardReminder;
}

export type CareAction = DoneAction | SnoozeAction;

/** Who an item is about, told apart from another 赵女士 by full name and phone ending. */
export interface CarePerson {
  customerId: string;
  customerName: string;
  displayAddressAs: string;
  phoneTail: string | null;
}

interface Props extends CarePerson {
  detail: ReactNode;
  lastContactAt: string | null;
  actions: CareAction[];
  /** Something more to do beside the actions (write a greeting for a date). */
  extra?: ReactNode;
  onDone(action: DoneAction, text: string): void;
  onSnooze(action: SnoozeAction): void;
  /** The book's today and zone, so "3 days ago" counts the shop's days. */
  book?: BookDay;
}

/** The letters that act on a focused item: D the first "done", S snooze, N not a regular. */
const keyFor = (action: CareAction, first: boolean) =>
  action.kind === 'done' ? (first ? 'd' : null) : action.what === 'snoozed' ? 's' : 'n';

export function CareItem({ detail, lastContactAt, actions, extra, onDone, onSnooze, book, ...person }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [doing, setDoing] = useState<DoneAction | null>(null);
  const words = { today: t('dates.today'), yesterday: t('dates.yesterday') };
  const firstDone = actions.find((a) => a.kind === 'done');

  function act(action: CareAction) {
    if (action.kind === 'done') setDoing(action);
    else onSnooze(action);
  }

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      navigate({ name: 'customer', id: person.customerId });
      return;
    }
    const action = actions.find((a) => keyFor(a, a === firstDone) === event.key.toLowerCase());
    if (action !== undefined) {
      event.preventDefault();
      act(action);
    }
  }

  return (
    <li className="care-item" tabIndex={0} onKeyDown={onKeyDown} aria-label={careName(person, t)} data-customer={person.customerId}>
      <div className="care-main">
        <a className="care-name" href={hrefFor({ name: 'customer', id: person.customerId })} tabIndex={-1}>
          <PersonName {...person} />
        </a>
        <span className="care-detail">{detail}</span>
        <span className="muted care-contact">
          {lastContactAt === null
            ? t('care.neverContacted')
            : t('care.lastContact', { when: relativeDay(lastContactAt, new Date(), locale, words, book) })}
        </span>
        <span className="care-actions">
          {actions.map((action) => {
            const key = keyFor(action, action === firstDone);
            return (
              <button
                key={action.what}
                type="button"
                className="button-quiet"
                aria-keyshortcuts={key?.toUpperCase()}
                onClick={() => act(action)}
              >
                {action.label}
                {key !== null && <kbd className="care-key">{key.toUpperCase()}</kbd>}
              </button>
            );
          })}
          {extra}
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

/** 王梓萱 · 王女士 · 尾号 1370, or the form of address alone for someone saved without a name. */
function careNameParts(person: CarePerson, t: TFunction): string[] {
  const parts = [person.customerName || person.displayAddressAs];
  if (person.customerName !== '' && person.displayAddressAs !== '' && person.displayAddressAs !== person.customerName)
    parts.push(person.displayAddressAs);
  if (person.phoneTail !== null) parts.push(t('care.phoneTail', { tail: person.phoneTail }));
  return parts;
}

export function careName(person: CarePerson, t: TFunction): string {
  return careNameParts(person, t).join(' · ');
}

function PersonName(person: CarePerson) {
  const { t } = useTranslation();
  const [name, ...rest] = careNameParts(person, t);
  return (
    <>
      <strong>{name}</strong>
      {rest.length > 0 && <span className="muted"> · {rest.join(' · ')}</span>}
    </>
  );
}
