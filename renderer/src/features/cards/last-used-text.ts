import type { TFunction } from 'i18next';
import type { RecallCardFacts } from '../../../../shared/contract/card-counter.contract';

/** What the card was last used for: a payment, a punch of a kind, or points redeemed. */
export function lastUsedWhat(t: TFunction, money: (minor: number) => string, last: NonNullable<RecallCardFacts['lastUsed']>): string {
  return last.kind === 'pay'
    ? t('cardCounter.used.pay', { amount: money(last.amount) })
    : last.kind === 'punch'
      ? t('cardCounter.used.punch', { kind: last.punchKind ?? '', count: last.amount })
      : t('cardCounter.used.redeem', { points: last.amount });
}
