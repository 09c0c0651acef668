import type { Db } from '../../db/database';
import { findCustomer } from '../customers/customers.repository';
import { clearBackgroundFailure, recordBackgroundFailure } from '../settings/background-failure';
import { runBookCheck } from '../value/values-pass';
import { cardsNotAddingUp } from './cards.repository';

/**
 * Checks the cards of a book that was just opened, in the values worker where there is one: on a
 * book with a million ledger lines the sums take the better part of a second, which the counter's
 * first lookup must not wait for. Failures are said through `onError` (the log).
 */
export function checkCardsAside(db: Db, onError: (error: unknown) => void): Promise<void> {
  return runBookCheck(db, (open) => checkCards(open, new Date()), onError);
}

/**
 * When a book opens, and each day: every card's purses must add up (the newest line's balance equals the sum of
 * its lines). A card that does not is reported on Today and in the log, naming the customer, and
 * is never "fixed" here: the ledger is what the owner and the customer agreed on, and a movement
 * on that card is refused until it is looked at.
 */
export async function checkCards(db: Db, now: Date): Promise<string[]> {
  const wrong = await cardsNotAddingUp(db);
  if (wrong.length === 0) {
    await clearBackgroundFailure(db, 'cards');
    return [];
  }
  const said = await Promise.all(
    wrong
      .slice(0, 5)
      .map(async (w) => `${(await findCustomer(db, w.customer_id))?.name ?? w.customer_id}: ${w.purse} ${w.recorded} ≠ ${w.summed}`),
  );
  await recordBackgroundFailure(db, { what: 'cards', at: now.toISOString(), reason: `${wrong.length}: ${said.join('; ')}` });
  return said;
}
