import { dayInZone } from '../../../shared/domain/calendar-date';
import {
  balanceColumns,
  cardExportWords,
  ledgerColumns,
  withCurrency,
  type BalanceColumn,
  type LedgerColumn,
} from '../../../shared/domain/card-export-words';
import { groupBy } from '../../../shared/domain/group-by';
import type { Db } from '../../db/database';
import { cardHoldersPage, ledgerLinesOf, punchCardsOfMany, purseSumsOf } from '../cards/card-sheets.repository';
import type { SheetOptions } from './customer-sheet';
import type { Cell, CellKind, Sheet } from './sheet';

const balanceLayout: Record<BalanceColumn, { kind: CellKind; width: number }> = {
  number: { kind: 'phone', width: 14 },
  name: { kind: 'text', width: 16 },
  phone: { kind: 'phone', width: 18 },
  points: { kind: 'count', width: 9 },
  principal: { kind: 'money', width: 14 },
  bonus: { kind: 'money', width: 14 },
  total: { kind: 'money', width: 16 },
  punchCards: { kind: 'text', width: 36 },
  joinedOn: { kind: 'day', width: 12 },
};

const batchSize = 1000;

/**
 * Every card holder with their balances as the ledger sums them: points, stored value paid in,
 * bonus and the two together (in currency units, as numbers), each punch card with uses left and
 * its expiry, and when they joined. A batch of holders at a time, in customer id order.
 */
export function balancesSheet(db: Db, options: SheetOptions): Sheet {
  const words = cardExportWords[options.locale];
  async function* batches() {
    let after = '';
    for (;;) {
      const holders = await cardHoldersPage(db, after, batchSize);
      const last = holders.at(-1);
      if (last === undefined) return;
      after = last.customer_id;
      const ids = holders.map((h) => h.customer_id);
      const sums = groupBy(await purseSumsOf(db, ids), (s) => s.customer_id);
      const punches = groupBy(await punchCardsOfMany(db, ids), (p) => p.customer_id);
      const rows = holders.map((h) => {
        const mine = sums.get(h.customer_id) ?? [];
        const purse = (name: string) => mine.filter((s) => s.purse === name).reduce((n, s) => n + Number(s.balance), 0);
        const left = new Map(mine.filter((s) => s.purse === 'punch').map((s) => [s.punch_id, Number(s.balance)]));
        const money = (minor: number) => ({ minor, currency: options.currency });
        const punchText = (punches.get(h.customer_id) ?? [])
          .filter((p) => (left.get(p.id) ?? 0) > 0)
          .map((p) => words.punch(p.kind, left.get(p.id) ?? 0, p.uses, p.valid_until))
          .join(words.punchSeparator);
        const cells: Record<BalanceColumn, Cell> = {
          number: h.number,
          name: h.name,
          phone: h.phone,
          points: purse('points'),
          principal: money(purse('principal')),
          bonus: money(purse('bonus')),
          total: money(purse('principal') + purse('bonus')),
          punchCards: punchText === '' ? null : punchText,
          joinedOn: h.joined_on,
        };
        return balanceColumns.map((c) => cells[c]);
      });
      yield { rows, customers: holders.length };
    }
  }
  return {
    name: words.sheets.balances,
    columns: balanceColumns.map((c) => ({ header: withCurrency(words.balance[c], options.currency), ...balanceLayout[c] })),
    batches: batches(),
  };
}

const ledgerLayout: Record<LedgerColumn, { kind: CellKind; width: number }> = {
  date: { kind: 'day', width: 12 },
  time: { kind: 'text', width: 7 },
  what: { kind: 'text', width: 12 },
  purse: { kind: 'text', width: 16 },
  change: { kind: 'count', width: 12 },
  balanceAfter: { kind: 'count', width: 14 },
  reason: { kind: 'text', width: 20 },
  diaryLine: { kind: 'text', width: 44 },
};

function timeIn(at: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(at));
}

/**
 * One customer's ledger, oldest line first: when (the shop's day and time), what, which balance,
 * the change and the balance after (stored value in currency units, points and uses as counts),
 * the reason, and the line it wrote in the diary.
 */
export function ledgerSheet(db: Db, customerId: string, options: SheetOptions): Sheet {
  const words = cardExportWords[options.locale];
  async function* batches() {
    const lines = await ledgerLinesOf(db, customerId);
    const rows = lines.map((l) => {
      const amount = (n: number): Cell => (l.purse === 'principal' || l.purse === 'bonus' ? { minor: n, currency: options.currency } : n);
      const cells: Record<LedgerColumn, Cell> = {
        date: dayInZone(new Date(l.at), options.timeZone),
        time: timeIn(l.at, options.timeZone),
        what: words.kinds[l.kind],
        purse:
          l.purse === 'punch'
            ? `${words.purses.punch} ${l.punch_kind ?? ''}`.trim()
            : withCurrency(words.purses[l.purse], options.currency),
        change: amount(l.delta),
        balanceAfter: amount(l.balance_after),
        reason: l.reason,
        diaryLine: l.entry_text,
      };
      return ledgerColumns.map((c) => cells[c]);
    });
    yield { rows, customers: 1 };
  }
  return {
    name: words.sheets.ledger,
    columns: ledgerColumns.map((c) => ({ header: words.ledger[c], ...ledgerLayout[c] })),
    batches: batches(),
  };
}
