import type { CardRequest } from '../../../../shared/contract/cards.contract';
import { parseMoneyInput } from '../../../../shared/domain/money';

export type AskedMove = 'top_up' | 'pay' | 'earn' | 'redeem' | 'sell_punch';

/** The move dialog's fields as typed. */
export interface MoveDraft {
  amount: string;
  gift: string;
  kind: string;
  uses: string;
  validUntil: string;
}

/** The amount typed, in minor units for money and whole points otherwise; null when it does not read. */
export function typedAmount(asked: AskedMove, amount: string, currency: string): number | null {
  const isMoney = asked === 'top_up' || asked === 'pay' || asked === 'sell_punch';
  return isMoney ? parseMoneyInput(amount, currency) : /^\d+$/.test(amount.trim()) ? Number(amount.trim()) : null;
}

/** The call the fields ask for, or null while something it needs is missing or not a valid number. */
export function moveRequest(asked: AskedMove, draft: MoveDraft, typed: number | null): CardRequest | null {
  if (asked === 'sell_punch') {
    const count = Number(draft.uses);
    if (draft.kind.trim() === '' || !Number.isInteger(count) || count < 1) return null;
    return {
      kind: 'sell_punch',
      punchKind: draft.kind.trim(),
      uses: count,
      priceMinor: typed,
      validUntil: draft.validUntil === '' ? null : draft.validUntil,
    };
  }
  if (typed === null || typed <= 0) return null;
  if (asked === 'top_up') return { kind: 'top_up', principal: typed };
  if (asked === 'pay') return { kind: 'pay', amount: typed };
  if (asked === 'earn') return { kind: 'earn', points: typed };
  return { kind: 'redeem', points: typed, gift: draft.gift.trim() };
}
