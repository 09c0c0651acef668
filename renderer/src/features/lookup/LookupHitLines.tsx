import type { TFunction } from 'i18next';
import type { LookupHit } from '../../../../shared/contract';
import type { UiLocale } from '../../../../shared/domain/salutation';
import { relativeDay, shortDate } from '../../app/i18n/format';

function purchaseWhat(purchase: NonNullable<LookupHit['lastPurchase']>): string {
  return [purchase.item, purchase.colour, purchase.size].filter(Boolean).join(' · ');
}

export interface DayWords {
  today: string;
  yesterday: string;
}

/**
 * One customer in the lookup's list: name, phone tail, last visit, why they matched and their last
 * purchase. It takes t and the locale from the list rather than its own hooks, so a keystroke that
 * brings new rows mounts nothing that subscribes.
 */
export function LookupHitLines({
  hit,
  now,
  words,
  locale,
  t,
}: {
  hit: LookupHit;
  now: Date;
  words: DayWords;
  locale: UiLocale;
  t: TFunction;
}) {
  return (
    <>
      <span className="lookup-main">
        <span className="lookup-name">{hit.name || hit.displayAddressAs}</span>
        {hit.displayAddressAs !== hit.name && <span className="muted">{hit.displayAddressAs}</span>}
        {hit.phoneTail !== null && <span className="muted">…{hit.phoneTail}</span>}
        {hit.lastVisitAt !== null && <span className="muted lookup-when">{relativeDay(hit.lastVisitAt, now, locale, words)}</span>}
      </span>
      <span className="lookup-sub">
        {hit.reason.kind !== 'name' && (
          <span className="lookup-reason">{t(`lookup.reason.${hit.reason.kind}`, { text: hit.reason.text })}</span>
        )}
        {hit.lastPurchase !== null && (
          <span className="muted">
            {purchaseWhat(hit.lastPurchase)} · {shortDate(hit.lastPurchase.occurredAt, locale)}
          </span>
        )}
      </span>
    </>
  );
}
