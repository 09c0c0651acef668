import { movementRows } from './movement-rows';
import type { CallOutput, ParsedInput } from '../../../shared/contract';
import type { RecallCardFacts } from '../../../shared/contract/card-counter.contract';
import { apply, pointsFor, type Balances } from '../../../shared/domain/card-ledger';
import { cardLineText } from '../../../shared/domain/card-words';
import { formatMoney, minorDigits } from '../../../shared/domain/money';
import { AppError } from '../../api/app-error';
import type { ServiceContext } from '../../api/context';
import type { Db } from '../../db/database';
import { addEntry, loadEntry, writeEntry } from '../diary/entries.service';
import { bookToday, defaultCurrency } from '../settings/settings.service';
import { customerValue } from '../value/value.service';
import { cardGlance, type PurseGlance } from './card-counter.repository';
import { balancesOf, cardOf, customerName, loadCardRules, shortfallRefusal } from './cards.service';
import * as repo from './cards.repository';

interface Used {
  at: string;
  id: string;
  movementId: string;
  kind: 'pay' | 'punch' | 'redeem';
  delta: number;
}

const newer = (a: Used, b: Used) => (a.at === b.at ? a.id > b.id : a.at > b.at);

/** The newest use across the purses; a payment's amount is what its lines took from principal and bonus together. */
function lastUsedOf(rows: PurseGlance[]): RecallCardFacts['lastUsed'] {
  const used = rows.flatMap((r) => (r.used === null ? [] : [{ row: r, used: JSON.parse(r.used) as Used }]));
  let newest: (typeof used)[number] | undefined;
  for (const u of used) if (newest === undefined || newer(u.used, newest.used)) newest = u;
  if (newest === undefined) return null;
  const { movementId, kind, at } = newest.used;
  const amount = used.filter((u) => u.used.movementId === movementId).reduce((sum, u) => sum - u.used.delta, 0);
  return { kind, amount, punchKind: newest.row.punch_kind, at };
}

/** The member card for the recall card, from one indexed statement; null without a card. */
export async function recallCard(db: Db, customerId: string, today: string, currency: string): Promise<RecallCardFacts | null> {
  const rows = await cardGlance(db, customerId);
  const first = rows[0];
  if (first === undefined) return null;
  const balance = (purse: PurseGlance['purse']) => rows.find((r) => r.purse === purse)?.balance ?? 0;
  return {
    number: first.number,
    points: balance('points'),
    valueMinor: balance('principal') + balance('bonus'),
    currency,
    punchCards: rows
      .filter((r) => r.purse === 'punch' && r.punch_id !== null)
      .map((r) => ({
        id: r.punch_id ?? '',
        kind: r.punch_kind ?? '',
        uses: r.uses ?? 0,
        remaining: r.balance ?? 0,
        validUntil: r.valid_until,
        expired: r.valid_until !== null && r.valid_until < today,
      })),
    lastUsed: lastUsedOf(rows),
  };
}

/** A purchase's total in the book's currency; lines in another currency count for nothing on the card. */
function totalInBook(lines: ParsedInput<'entries.add'>['lines'], currency: string): number {
  return lines.reduce((sum, l) => {
    if ((l.currency ?? currency) !== currency) return sum;
    return sum + (l.amountMinor ?? (l.unitPriceMinor === null ? 0 : l.unitPriceMinor * l.quantity));
  }, 0);
}

/**
 * Points on the part not paid from the balance: money put on the card already earned its top-up
 * bonus, so spending it earns nothing again (the shop's "储值消费不积分"). The customer's tier is read
 * before the purchase is written, so the preview and the saved points agree.
 */
async function pointsOn(db: Db, customerId: string, cashMinor: number, currency: string, today: string): Promise<number> {
  const rules = await loadCardRules(db);
  const tier = (await customerValue(db, customerId, today))?.tier ?? null;
  return pointsFor(
    cashMinor,
    { perUnit: rules.pointsPerUnit, minorPerUnit: 10 ** minorDigits(currency), tierMultipliers: rules.tierMultipliers },
    tier,
  );
}

export async function quotePurchase(ctx: ServiceContext, input: ParsedInput<'cards.quote'>): Promise<CallOutput<'cards.quote'>> {
  const name = await customerName(ctx.db, input.customerId);
  const currency = await defaultCurrency(ctx.db);
  if ((await repo.findCard(ctx.db, input.customerId)) === undefined)
    return { member: false, availableMinor: 0, cashMinor: input.totalMinor, points: 0, currency };
  const balances = await balancesOf(ctx.db, input.customerId, name);
  const cashMinor = Math.max(0, input.totalMinor - input.payMinor);
  const { today } = await bookToday(ctx.db, ctx.now());
  return {
    member: true,
    availableMinor: balances.principal + balances.bonus,
    cashMinor,
    points: await pointsOn(ctx.db, input.customerId, cashMinor, currency, today),
    currency,
  };
}

/** The ledger lines of paying and earning, applied one after the other; a refusal throws before anything is written. */
function planPurchase(before: Balances, payMinor: number, points: number, currency: string) {
  const steps = [
    ...(payMinor > 0 ? [{ kind: 'pay' as const, amount: payMinor }] : []),
    ...(points > 0 ? [{ kind: 'earn' as const, points }] : []),
  ];
  let balances = before;
  return steps.map((request) => {
    const applied = apply(balances, request);
    if (!applied.ok) throw shortfallRefusal(applied.shortfall, currency);
    balances = applied.balances;
    return { request, lines: applied.lines, after: balances };
  });
}

/**
 * A member's purchase, in one transaction: the entry, the payment from the balance and the points,
 * with the card's lines written into the purchase entry itself (one story, one entry; each ledger
 * line points at it). A customer without a card saves the entry as any other.
 */
export async function purchase(ctx: ServiceContext, input: ParsedInput<'cards.purchase'>): Promise<CallOutput<'cards.purchase'>> {
  const { entry: draft, payMinor } = input;
  const hasCard = (await repo.findCard(ctx.db, draft.customerId)) !== undefined;
  if (!hasCard || draft.kind !== 'purchase') {
    if (payMinor > 0) throw AppError.saying('INVALID_INPUT', 'cardPayNeedsCard');
    return { entry: await addEntry(ctx, draft), card: null, points: 0, lines: [] };
  }
  return ctx.db.transaction().execute(async (trx) => {
    const name = await customerName(trx, draft.customerId);
    const now = ctx.now();
    const currency = await defaultCurrency(trx);
    const total = totalInBook(draft.lines, currency);
    if (payMinor > total)
      throw AppError.saying('INVALID_INPUT', 'cardPayOverTotal', {
        asked: formatMoney(payMinor, currency),
        total: formatMoney(total, currency),
      });
    const { today } = await bookToday(trx, now);
    const points = await pointsOn(trx, draft.customerId, total - payMinor, currency, today);
    const steps = planPurchase(await balancesOf(trx, draft.customerId, name), payMinor, points, currency);
    const lines = steps.map((s) =>
      cardLineText(
        s.request.kind === 'pay'
          ? { kind: 'pay', amount: s.request.amount, balance: s.after.principal + s.after.bonus }
          : { kind: 'earn', points: s.request.points, balance: s.after.points },
        ctx.locale,
        currency,
      ),
    );
    const text = [draft.text.trim(), ...lines].filter((t) => t !== '').join('\n');
    const entryId = await writeEntry(trx, now, { ...draft, text });
    await repo.insertMovements(
      trx,
      steps.flatMap((s) => movementRows(s.lines, { customerId: draft.customerId, at: now.toISOString(), entryId, reason: null })),
    );
    return { entry: await loadEntry(trx, entryId), card: await cardOf(trx, draft.customerId, name), points, lines };
  });
}
