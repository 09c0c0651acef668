import type { TFunction } from 'i18next';
import type { CustomerValue } from '../../../../shared/contract';
import { formatMoney } from '../../../../shared/domain/money';

type Reason = CustomerValue['tierWhy'];

/** One line saying why a label was given, in the reader's language ("top 20% by spend…"). */
export function reasonText(t: TFunction, reason: Reason, currency: string, locale: string): string {
  const money = (minor: number) => formatMoney(minor, currency, locale);
  switch (reason.rule) {
    case 'growth':
    case 'decline':
      return t(`value.why.${reason.rule}`, { recent: money(reason.recent), earlier: money(reason.earlier) });
    case 'relationship': {
      // Enough visits but not loyal means they have stopped coming (at risk or lost), not that they came rarely.
      const away = !reason.loyal && reason.visits >= reason.loyalVisits;
      const kind = reason.big
        ? reason.loyal
          ? 'partner'
          : away
            ? 'functionalAway'
            : 'functional'
        : reason.loyal
          ? 'emotional'
          : away
            ? 'driftingAway'
            : 'drifting';
      return t(`value.why.${kind}`, { visits: reason.visits, loyalVisits: reason.loyalVisits });
    }
    default:
      return t(`value.why.${reason.rule}`, { ...reason });
  }
}
