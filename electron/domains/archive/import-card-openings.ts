import { movementRows } from '../cards/movement-rows';
import { apply, emptyBalances } from '../../../shared/domain/card-ledger';
import { cardStoryText, unnamedPunchKind } from '../../../shared/domain/card-story-words';
import type { ImportProblem } from '../../../shared/domain/import-problems';
import type { UiLocale } from '../../../shared/domain/salutation';
import type { Db } from '../../db/database';
import { newId } from '../../db/new-id';
import { findCustomers } from '../customers/customers.repository';
import { findCard, insertCard, insertMovements, insertPunchCard } from '../cards/cards.repository';
import { cardsWithLedger, holdersOfNumbers, setCardNumber } from '../cards/card-transfers.repository';
import { writeEntry } from '../diary/entries.service';
import { bookToday } from '../settings/settings.service';
import type { RowDraft } from './csv-rows';

/** A row with a card and whom it goes to: a customer already in the book, or null for one the import adds. */
export interface CardTarget {
  draft: RowDraft;
  customerId: string | null;
}

/**
 * What stops a row's card from opening, by row number, checked against the book and the rows
 * before it: a card number another customer holds (in the book or earlier in the file), and a
 * customer already in the book whose card has movements. An opening balance is only ever the
 * first fact of a card: added to a ledger that already holds a balance it would count that
 * balance twice (importing the same file again would double every card), so such a row is
 * refused, never summed. A customer with a card but no movements yet takes the opening, and the
 * row's card number if the card has none; another number than the card's is refused.
 */
export async function cardOpeningProblems(db: Db, targets: readonly CardTarget[]): Promise<Map<number, ImportProblem[]>> {
  const withCard = targets.filter((t) => t.draft.card !== undefined);
  const problems = new Map<number, ImportProblem[]>();
  if (withCard.length === 0) return problems;
  const say = (row: number, problem: ImportProblem) => problems.set(row, [...(problems.get(row) ?? []), problem]);
  const numbers = [...new Set(withCard.flatMap((t) => (t.draft.card?.number == null ? [] : [t.draft.card.number])))];
  const ids = [...new Set(withCard.flatMap((t) => (t.customerId === null ? [] : [t.customerId])))];
  const [holders, cards, customers] = await Promise.all([holdersOfNumbers(db, numbers), cardsWithLedger(db, ids), findCustomers(db, ids)]);
  const cardOf = new Map(cards.map((c) => [c.customer_id, c]));
  const nameOf = new Map(customers.map((c) => [c.id, c.name]));
  const numbersTaken = new Set<string>();
  const openedFor = new Set<string>();
  for (const { draft, customerId } of withCard) {
    const number = draft.card?.number ?? null;
    if (number !== null) {
      const holder = holders.get(number);
      if (numbersTaken.has(number) || (holder !== undefined && holder !== customerId))
        say(draft.row, { kind: 'cardNumberTaken', value: number });
      numbersTaken.add(number);
    }
    if (customerId === null) continue;
    const card = cardOf.get(customerId);
    if (openedFor.has(customerId) || (card !== undefined && card.moved > 0))
      say(draft.row, { kind: 'cardHasLedger', value: nameOf.get(customerId) ?? '' });
    else if (card !== undefined && card.number !== null && number !== null && card.number !== number)
      say(draft.row, { kind: 'cardNumberOther', value: card.number });
    openedFor.add(customerId);
  }
  return problems;
}

/**
 * Opens each row's card with its balances as 'opening' movements, inside the import's transaction:
 * the card (or the number on a card that had none), a punch card per count, the ledger lines with
 * their balance after, and one diary line saying where the balances came from. Rows were checked
 * by cardOpeningProblems first. Returns how many cards were opened or given balances.
 */
export async function writeCardOpenings(
  trx: Db,
  openings: readonly { customerId: string; draft: RowDraft }[],
  now: Date,
  locale: UiLocale,
  currency: string,
): Promise<number> {
  const at = now.toISOString();
  const { today } = await bookToday(trx, now);
  let opened = 0;
  for (const { customerId, draft } of openings) {
    const card = draft.card;
    if (card === undefined) continue;
    const existing = await findCard(trx, customerId);
    if (existing === undefined) await insertCard(trx, { customer_id: customerId, number: card.number, joined_on: today, created_at: at });
    else if (existing.number === null && card.number !== null) await setCardNumber(trx, customerId, card.number);
    const punches = card.punches.map((p) => ({ id: newId(), kind: p.kind ?? unnamedPunchKind(locale), count: p.count }));
    for (const p of punches)
      await insertPunchCard(trx, {
        id: p.id,
        customer_id: customerId,
        kind: p.kind,
        uses: p.count,
        price_minor: null,
        valid_until: null,
        sold_at: at,
      });
    const applied = apply(emptyBalances(), {
      kind: 'opening',
      points: card.points,
      principal: card.principal,
      bonus: card.bonus,
      punches: punches.map((p) => ({ punchId: p.id, count: p.count })),
    });
    opened += 1;
    if (!applied.ok || applied.lines.length === 0) continue;
    const text = cardStoryText({ kind: 'opening', number: card.number, amounts: { ...card, punches } }, locale, currency);
    // Read from a file, not written at a counter: unsigned, like the rest of an import.
    const entryId = await writeEntry(trx, now, { customerId, kind: 'note', text, lines: [], details: null }, 'none');
    await insertMovements(trx, movementRows(applied.lines, { customerId, at, entryId, reason: null }));
  }
  return opened;
}
