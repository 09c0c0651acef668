import { movementRows } from './movement-rows';
import type { CallOutput, ParsedInput } from '../../../shared/contract';
import { cardRulesSchema, type CardRequest, type CardRules, type MemberCard } from '../../../shared/contract/cards.contract';
import {
  apply,
  bonusFor,
  emptyBalances,
  type Balances,
  type Purse,
  type Request,
  type Shortfall,
} from '../../../shared/domain/card-ledger';
import { cardLineText, type CardLine } from '../../../shared/domain/card-words';
import { formatMoney } from '../../../shared/domain/money';
import type { MessageKey } from '../../../shared/domain/messages';
import { AppError, notFound } from '../../api/app-error';
import type { ServiceContext } from '../../api/context';
import type { Db } from '../../db/database';
import { newId } from '../../db/new-id';
import { findCustomer } from '../customers/customers.repository';
import { writeEntry } from '../diary/entries.service';
import { defaultCurrency, bookToday } from '../settings/settings.service';
import { readSettings, writeSetting } from '../settings/settings.repository';
import * as repo from './cards.repository';
import type { PunchCardRow } from './cards.table';

const rulesKey = 'cards.rules';
/** The day the points expiry rule in force was chosen: points on a card before it count from it. */
export const expirySinceKey = 'cards.pointsExpirySince';
const defaultRules: CardRules = cardRulesSchema.parse({ pointsPerUnit: 1, tierMultipliers: {}, bonusTiers: [] });

export const purseWords: Record<Purse | 'value', MessageKey> = {
  points: 'pursePoints',
  principal: 'pursePrincipal',
  bonus: 'purseBonus',
  value: 'purseValue',
  punch: 'pursePunch',
};

export async function loadCardRules(db: Db): Promise<CardRules> {
  const raw = (await readSettings(db)).get(rulesKey);
  if (raw === undefined) return defaultRules;
  const parsed = cardRulesSchema.safeParse(JSON.parse(raw));
  return parsed.success ? parsed.data : defaultRules;
}

/**
 * The card's balances from its ledger: each purse's sum. A purse whose newest line recorded another
 * balance than the sum is refused, never silently fixed: the owner is told which card.
 */
export async function balancesOf(db: Db, customerId: string, name: string): Promise<Balances> {
  const balances = emptyBalances();
  for (const t of await repo.purseTotals(db, customerId)) {
    const summed = Number(t.summed);
    if (summed !== t.recorded)
      throw AppError.saying('INTERNAL', 'cardMismatch', {
        name,
        purseKey: purseWords[t.purse],
        purse: t.purse,
        recorded: t.recorded,
        summed,
      });
    if (t.purse === 'punch') balances.punches[t.punch_id ?? ''] = summed;
    else balances[t.purse] = summed;
  }
  return balances;
}

function view(
  customerId: string,
  card: { number: string | null; joined_on: string },
  b: Balances,
  punches: PunchCardRow[],
  currency: string,
): MemberCard {
  return {
    customerId,
    number: card.number,
    joinedOn: card.joined_on,
    points: b.points,
    value: { principal: b.principal, bonus: b.bonus, total: b.principal + b.bonus },
    punchCards: punches.map((p) => ({
      id: p.id,
      kind: p.kind,
      uses: p.uses,
      remaining: b.punches[p.id] ?? 0,
      priceMinor: p.price_minor,
      validUntil: p.valid_until,
      soldAt: p.sold_at,
    })),
    currency,
  };
}

export async function cardOf(db: Db, customerId: string, name: string): Promise<MemberCard | null> {
  const card = await repo.findCard(db, customerId);
  if (card === undefined) return null;
  return view(customerId, card, await balancesOf(db, customerId, name), await repo.punchCardsOf(db, customerId), await defaultCurrency(db));
}

export async function customerName(db: Db, customerId: string): Promise<string> {
  const customer = await findCustomer(db, customerId);
  if (customer === undefined) throw notFound('customer');
  return customer.name;
}

async function ensureCard(db: Db, customerId: string, number: string | null, joinedOn: string, now: string): Promise<void> {
  if ((await repo.findCard(db, customerId)) !== undefined) return;
  if (number !== null) {
    const holder = await repo.cardWithNumber(db, number);
    if (holder !== undefined)
      throw AppError.saying('CONFLICT', 'cardNumberTaken', { number, name: await customerName(db, holder.customer_id) });
  }
  await repo.insertCard(db, { customer_id: customerId, number, joined_on: joinedOn, created_at: now });
}

/** The refusal of a movement that would take a purse below zero, saying what it holds. */
export function shortfallRefusal({ purse, available, asked }: Shortfall, currency: string): AppError {
  const amount = (n: number) => (purse === 'points' || purse === 'punch' ? String(n) : formatMoney(n, currency));
  return AppError.saying('INVALID_INPUT', 'cardShortfall', {
    purseKey: purseWords[purse],
    purse,
    available: amount(available),
    asked: amount(asked),
  });
}

export async function getCard(ctx: ServiceContext, input: ParsedInput<'cards.get'>): Promise<CallOutput<'cards.get'>> {
  const name = await customerName(ctx.db, input.customerId);
  return { card: await cardOf(ctx.db, input.customerId, name) };
}

export async function openCard(ctx: ServiceContext, input: ParsedInput<'cards.open'>): Promise<MemberCard> {
  return ctx.db.transaction().execute(async (trx) => {
    const name = await customerName(trx, input.customerId);
    const joinedOn = input.joinedOn ?? (await bookToday(trx, ctx.now())).today;
    await ensureCard(trx, input.customerId, input.number === '' ? null : input.number, joinedOn, ctx.now().toISOString());
    const card = await cardOf(trx, input.customerId, name);
    if (card === null) throw notFound('customer');
    return card;
  });
}

/** The punch card a request names, refused when it is not one of this customer's. */
function ownedPunchCard(punches: PunchCardRow[], id: string): PunchCardRow {
  const found = punches.find((p) => p.id === id);
  if (found === undefined) throw AppError.saying('NOT_FOUND', 'punchCardUnknown');
  return found;
}

/** The punch card a use names, refused when it is another customer's or has expired. */
function punchCard(punches: PunchCardRow[], id: string, today: string): PunchCardRow {
  const found = ownedPunchCard(punches, id);
  if (found.valid_until !== null && found.valid_until < today)
    throw AppError.saying('INVALID_INPUT', 'punchCardExpired', { day: found.valid_until });
  return found;
}

/** The ledger request a counter request makes, with what its diary line says once applied. */
function planOf(
  request: CardRequest,
  rules: CardRules,
  punches: PunchCardRow[],
  today: string,
): { ledger: Request; punch?: { id: string; kind: string; uses: number; price: number | null; validUntil: string | null } } {
  switch (request.kind) {
    case 'earn':
    case 'redeem':
      return { ledger: { kind: request.kind, points: request.points } };
    case 'top_up':
      return { ledger: { kind: 'top_up', principal: request.principal, bonus: bonusFor(request.principal, rules.bonusTiers) } };
    case 'pay':
      return { ledger: { kind: 'pay', amount: request.amount } };
    case 'sell_punch': {
      const id = newId();
      return {
        ledger: { kind: 'sell_punch', punchId: id, count: request.uses },
        punch: { id, kind: request.punchKind, uses: request.uses, price: request.priceMinor, validUntil: request.validUntil },
      };
    }
    case 'punch':
      punchCard(punches, request.punchId, today);
      return { ledger: { kind: 'punch', punchId: request.punchId, count: request.uses } };
    case 'refund':
      return { ledger: { kind: 'refund' } };
    case 'correction':
      // An expired punch card can still be corrected: only whose it is matters.
      if (request.purse === 'punch') ownedPunchCard(punches, request.punchId ?? '');
      return {
        ledger: {
          kind: 'correction',
          purse: request.purse,
          punchId: request.purse === 'punch' ? request.punchId : null,
          delta: request.delta,
        },
      };
  }
}

function lineOf(request: CardRequest, ledger: Request, before: Balances, after: Balances, punchKind: string): CardLine {
  switch (request.kind) {
    case 'earn':
      return { kind: 'earn', points: request.points, balance: after.points };
    case 'redeem':
      return { kind: 'redeem', points: request.points, gift: request.gift, balance: after.points };
    case 'top_up':
      return {
        kind: 'top_up',
        principal: request.principal,
        bonus: ledger.kind === 'top_up' ? ledger.bonus : 0,
        balance: after.principal + after.bonus,
      };
    case 'pay':
      return { kind: 'pay', amount: request.amount, balance: after.principal + after.bonus };
    case 'sell_punch':
      return { kind: 'sell_punch', punchKind: request.punchKind, uses: request.uses, price: request.priceMinor };
    case 'punch':
      return { kind: 'punch', punchKind, uses: request.uses, remaining: after.punches[request.punchId] ?? 0 };
    case 'refund':
      return { kind: 'refund', principal: before.principal, bonus: before.bonus };
    case 'correction':
      return { kind: 'correction', what: request.purse, delta: request.delta, reason: request.reason };
  }
}

/**
 * One movement on a card, in one transaction: the balances read from the ledger, the rules applied
 * (the bonus of a top-up), the lines written with the balance after each, and a line in the
 * diary. Refused, it writes nothing and says what the card holds.
 */
export async function moveCard(ctx: ServiceContext, input: ParsedInput<'cards.move'>): Promise<CallOutput<'cards.move'>> {
  return ctx.db.transaction().execute(async (trx) => {
    const name = await customerName(trx, input.customerId);
    const now = ctx.now();
    const { today } = await bookToday(trx, now);
    await ensureCard(trx, input.customerId, null, today, now.toISOString());
    const currency = await defaultCurrency(trx);
    const before = await balancesOf(trx, input.customerId, name);
    const punches = await repo.punchCardsOf(trx, input.customerId);
    const plan = planOf(input.request, await loadCardRules(trx), punches, today);
    const applied = apply(before, plan.ledger);
    // A refund of an empty card would write a movement of nothing and a diary line saying ¥0.
    if (applied.ok && applied.lines.length === 0 && input.request.kind === 'refund')
      throw AppError.saying('INVALID_INPUT', 'cardNothingToRefund');
    if (!applied.ok) throw shortfallRefusal(applied.shortfall, currency);
    if (plan.punch !== undefined)
      await repo.insertPunchCard(trx, {
        id: plan.punch.id,
        customer_id: input.customerId,
        kind: plan.punch.kind,
        uses: plan.punch.uses,
        price_minor: plan.punch.price,
        valid_until: plan.punch.validUntil,
        sold_at: now.toISOString(),
      });
    const request = input.request;
    const punchKind = request.kind === 'punch' ? (punches.find((p) => p.id === request.punchId)?.kind ?? '') : '';
    const line = cardLineText(lineOf(input.request, plan.ledger, before, applied.balances, punchKind), ctx.locale, currency);
    const entryId = await writeEntry(trx, now, {
      customerId: input.customerId,
      kind: input.request.kind === 'punch' ? 'service' : 'note',
      text: line,
      lines: [],
      details: null,
    });
    const rows = movementRows(applied.lines, {
      customerId: input.customerId,
      at: now.toISOString(),
      entryId,
      reason:
        input.request.kind === 'correction'
          ? input.request.reason
          : input.request.kind === 'redeem' && input.request.gift !== ''
            ? input.request.gift
            : null,
    });
    await repo.insertMovements(trx, rows);
    const movementId = rows[0]?.movement_id ?? newId();
    const card = await cardOf(trx, input.customerId, name);
    if (card === null) throw notFound('customer');
    return { card, movementId, entryId, line };
  });
}

export async function cardLedger(ctx: ServiceContext, input: ParsedInput<'cards.ledger'>): Promise<CallOutput<'cards.ledger'>> {
  await customerName(ctx.db, input.customerId);
  const rows = await repo.movementsOf(ctx.db, input.customerId, input.limit);
  return {
    items: rows.map((r) => ({
      id: r.id,
      movementId: r.movement_id,
      purse: r.purse,
      punchId: r.punch_id,
      kind: r.kind,
      delta: r.delta,
      balanceAfter: r.balance_after,
      at: r.at,
      entryId: r.entry_id,
      reason: r.reason,
    })),
  };
}

export async function cardRules(ctx: ServiceContext): Promise<CardRules> {
  return loadCardRules(ctx.db);
}

export async function setCardRules(ctx: ServiceContext, input: ParsedInput<'cards.setRules'>): Promise<CardRules> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await loadCardRules(trx);
    // A new expiry rule starts counting today for points already on cards: it never takes them away at once.
    if (before.pointsExpiry !== input.pointsExpiry)
      await writeSetting(trx, expirySinceKey, input.pointsExpiry === 'never' ? '' : (await bookToday(trx, ctx.now())).today);
    await writeSetting(trx, rulesKey, JSON.stringify(input));
    return loadCardRules(trx);
  });
}
