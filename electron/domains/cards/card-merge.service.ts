import { movementRows } from './movement-rows';
import { z } from 'zod';
import type { ArchiveCustomer } from '../../../shared/contract/archive.schema';
import { apply, type Applied, type Balances } from '../../../shared/domain/card-ledger';
import { cardStoryText, type CardAmounts } from '../../../shared/domain/card-story-words';
import { formatMoney } from '../../../shared/domain/money';
import type { UiLocale } from '../../../shared/domain/salutation';
import { AppError } from '../../api/app-error';
import type { Db } from '../../db/database';
import { newId } from '../../db/new-id';
import { findEntries } from '../entries/entries.repository';
import { writeEntry } from '../diary/entries.service';
import { defaultCurrency } from '../settings/settings.service';
import { deleteCard, setCardJoinedOn, setCardNumber } from './card-transfers.repository';
import { cardWithNumber, findCard, insertCard, insertCardRows, insertMovements, insertPunchCard, punchCardsOf } from './cards.repository';
import { balancesOf, purseWords } from './cards.service';

/** What undoing a merge needs of its card part, kept in the merge's undo record. */
export const cardMergeUndoSchema = z.object({
  /** The diary line the merge wrote on the survivor. */
  entryId: z.string(),
  /** The survivor had no card: the merge gave them one. */
  created: z.boolean(),
  /** The other's card number, taken by a survivor whose card had none. */
  numberTaken: z.string().nullable(),
  /** The survivor card's join day before the merge took the other's earlier one. */
  joinedOnBefore: z.string().nullable(),
  points: z.int(),
  principal: z.int(),
  bonus: z.int(),
  /** Each punch card brought over, as the survivor's own copy. */
  punches: z.array(z.object({ punchId: z.string(), kind: z.string(), count: z.int() })),
});
export type CardMergeUndo = z.infer<typeof cardMergeUndoSchema>;

interface Side {
  id: string;
  name: string;
}

const amountsOf = (u: Pick<CardMergeUndo, 'points' | 'principal' | 'bonus' | 'punches'>, sign: 1 | -1) => ({
  points: sign * u.points,
  principal: sign * u.principal,
  bonus: sign * u.bonus,
  punches: u.punches.map((p) => ({ punchId: p.punchId, count: sign * p.count })),
});

/** What the other's card brings to a merge, for the plan shown before it: null when they have none. */
export async function cardToMerge(db: Db, other: Side): Promise<CardPlan | null> {
  const card = await findCard(db, other.id);
  if (card === undefined) return null;
  const b = await balancesOf(db, other.id, other.name);
  const punches = (await punchCardsOf(db, other.id)).flatMap((p) =>
    (b.punches[p.id] ?? 0) > 0 ? [{ kind: p.kind, count: b.punches[p.id] ?? 0 }] : [],
  );
  return { number: card.number, points: b.points, principal: b.principal, bonus: b.bonus, punches };
}

export interface CardPlan {
  number: string | null;
  points: number;
  principal: number;
  bonus: number;
  punches: { kind: string; count: number }[];
}

/** Writes a merge movement's lines on the survivor's card with its diary line, in the caller's transaction. */
async function writeMergeLines(trx: Db, customerId: string, applied: Applied & { ok: true }, text: string, now: Date): Promise<string> {
  const entryId = await writeEntry(trx, now, { customerId, kind: 'note', text, lines: [], details: null });
  await insertMovements(trx, movementRows(applied.lines, { customerId, at: now.toISOString(), entryId, reason: text }));
  return entryId;
}

/**
 * The other customer's card, merged into the survivor's, inside the merge's transaction and before
 * the other is deleted. The ledger is never edited, so the other's lines cannot move: they go with
 * the other (the undo record keeps them, and their diary lines move to the survivor with the rest
 * of the diary), and the survivor's card gets 'merge' lines bringing every purse the other held —
 * points, principal and bonus apart, and each punch card with uses left as a punch card of the
 * survivor's own (kind, uses, price, expiry and day sold kept) — so the survivor's balance is the
 * sum of their own ledger and nothing the customer owned is lost. The survivor keeps their card
 * number; one without takes the other's; the other's number is written in the diary line. Null
 * when the other had no card.
 */
export async function mergeCardInto(trx: Db, survivor: Side, other: Side, now: Date, locale: UiLocale): Promise<CardMergeUndo | null> {
  const otherCard = await findCard(trx, other.id);
  if (otherCard === undefined) return null;
  const theirs = await balancesOf(trx, other.id, other.name);
  const mine = await balancesOf(trx, survivor.id, survivor.name);
  const punches = (await punchCardsOf(trx, other.id)).filter((p) => (theirs.punches[p.id] ?? 0) > 0);
  // The other's card goes first, so that its number is free for a survivor who has none.
  await deleteCard(trx, other.id);
  const myCard = await findCard(trx, survivor.id);
  const at = now.toISOString();
  let numberTaken: string | null = null;
  let joinedOnBefore: string | null = null;
  if (myCard === undefined) {
    numberTaken = otherCard.number;
    await insertCard(trx, { customer_id: survivor.id, number: otherCard.number, joined_on: otherCard.joined_on, created_at: at });
  } else {
    if (myCard.number === null && otherCard.number !== null) {
      numberTaken = otherCard.number;
      await setCardNumber(trx, survivor.id, otherCard.number);
    }
    if (otherCard.joined_on < myCard.joined_on) {
      joinedOnBefore = myCard.joined_on;
      await setCardJoinedOn(trx, survivor.id, otherCard.joined_on);
    }
  }
  const copies = punches.map((p) => ({ row: { ...p, id: newId(), customer_id: survivor.id }, count: theirs.punches[p.id] ?? 0 }));
  for (const c of copies) await insertPunchCard(trx, c.row);
  const undo: Omit<CardMergeUndo, 'entryId'> = {
    created: myCard === undefined,
    numberTaken,
    joinedOnBefore,
    points: theirs.points,
    principal: theirs.principal,
    bonus: theirs.bonus,
    punches: copies.map((c) => ({ punchId: c.row.id, kind: c.row.kind, count: c.count })),
  };
  const applied = apply(mine, { kind: 'merge', ...amountsOf(undo, 1) });
  const amounts: CardAmounts = { ...undo, punches: undo.punches };
  const text = cardStoryText({ kind: 'merge', from: other.name, number: otherCard.number, amounts }, locale, await defaultCurrency(trx));
  // Merge lines only add, so they cannot fall short; an empty card brings nothing but its diary line.
  const entryId = applied.ok
    ? await writeMergeLines(trx, survivor.id, applied, text, now)
    : await writeEntry(trx, now, { customerId: survivor.id, kind: 'note', text, lines: [], details: null });
  return { ...undo, entryId };
}

/** The first purse an undone merge would take below zero, for the refusal. */
function shortfallOf(mine: Balances, undo: CardMergeUndo): Applied {
  return apply(mine, { kind: 'merge', ...amountsOf(undo, -1) });
}

/**
 * Undoes the card part of a merge, inside the unmerge's transaction and after the other customer
 * is back: the survivor's card gets 'merge' lines taking back what came in (with a diary line
 * saying so), the number and join day it took are put back unless changed since, and the other's
 * card, punch cards and ledger come back exactly as they were stored. Refused, with what is left,
 * when the survivor has since used part of what came in: giving back less would lose it, and more
 * would take the survivor below zero.
 */
export async function unmergeCard(
  trx: Db,
  undo: CardMergeUndo,
  survivor: Side,
  other: Side & { record: Pick<ArchiveCustomer, 'card' | 'punchCards' | 'cardMovements'> },
  now: Date,
  locale: UiLocale,
): Promise<void> {
  const mine = await balancesOf(trx, survivor.id, survivor.name);
  const applied = shortfallOf(mine, undo);
  const currency = await defaultCurrency(trx);
  if (!applied.ok) {
    const { purse, available, asked } = applied.shortfall;
    const amount = (n: number) => (purse === 'points' || purse === 'punch' ? String(n) : formatMoney(n, currency));
    throw AppError.saying('CONFLICT', 'mergeUndoCardSpent', {
      name: other.name,
      purseKey: purseWords[purse],
      purse,
      available: amount(available),
      asked: amount(asked),
    });
  }
  if (applied.lines.length > 0) {
    const amounts: CardAmounts = { ...undo, punches: undo.punches };
    await writeMergeLines(trx, survivor.id, applied, cardStoryText({ kind: 'unmerge', to: other.name, amounts }, locale, currency), now);
  }
  const myCard = await findCard(trx, survivor.id);
  if (myCard !== undefined && undo.numberTaken !== null && myCard.number === undo.numberTaken) await setCardNumber(trx, survivor.id, null);
  if (myCard !== undefined && undo.joinedOnBefore !== null && myCard.joined_on === other.record.card?.joined_on)
    await setCardJoinedOn(trx, survivor.id, undo.joinedOnBefore);
  const card = other.record.card;
  if (card === null) return;
  // A number someone else has taken since stays theirs; a diary line deleted for good since is not linked.
  const numberHolder = card.number === null ? undefined : await cardWithNumber(trx, card.number);
  const linked = [...new Set(other.record.cardMovements.flatMap((m) => (m.entry_id === null ? [] : [m.entry_id])))];
  const entries = new Set((await findEntries(trx, linked)).map((e) => e.id));
  await insertCardRows(trx, {
    cards: [{ ...card, number: numberHolder === undefined ? card.number : null }],
    punchCards: other.record.punchCards,
    movements: other.record.cardMovements.map((m) => ({
      ...m,
      entry_id: m.entry_id !== null && entries.has(m.entry_id) ? m.entry_id : null,
    })),
  });
}
