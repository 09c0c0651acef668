import type { TFunction } from 'i18next';
import type { CallOutput } from '../../../../shared/contract';

export type LedgerLine = CallOutput<'cards.ledger'>['items'][number];

/** A ledger amount in its purse's unit (money, points or uses), signed for a change and bare for a balance. */
export function ledgerAmount(t: TFunction, money: (minor: number) => string, line: LedgerLine, n: number, signed: boolean): string {
  const sign = signed ? (n < 0 ? '-' : '+') : '';
  const size = signed ? Math.abs(n) : n;
  if (line.purse === 'principal' || line.purse === 'bonus') return `${sign}${money(size)}`;
  if (line.purse === 'points') return `${sign}${t('cardLedger.pointsCount', { count: size })}`;
  return `${sign}${t('cardLedger.uses', { count: size })}`;
}

/** What happened, and to which balance where the kind alone does not say it (a top-up's paid-in and bonus lines). */
export function ledgerWhat(t: TFunction, punchKind: ReadonlyMap<string, string>, line: LedgerLine): string {
  const kind = t(`cardLedger.kinds.${line.kind}`);
  if (line.purse === 'punch') return `${kind} · ${punchKind.get(line.punchId ?? '') ?? t('cardLedger.purses.punch')}`;
  if (line.purse === 'points' && (line.kind === 'earn' || line.kind === 'redeem' || line.kind === 'expire')) return kind;
  return `${kind} · ${t(`cardLedger.purses.${line.purse}`)}`;
}
