import { punchKindOfHeader, type ImportField } from '../../../shared/domain/import-columns';
import type { ImportProblem } from '../../../shared/domain/import-problems';
import { readCountCell, readMoneyCell, type CellReading } from '../../../shared/domain/money-cell';

/** A member card an imported row opens: its number and the balances another system says it holds. */
export interface CardDraft {
  number: string | null;
  points: number;
  principal: number;
  bonus: number;
  /** Each punch card with uses left; a null kind is named by the book's language (计次). */
  punches: { kind: string | null; count: number }[];
}

const hasCard = (c: CardDraft) => c.number !== null || c.points > 0 || c.principal > 0 || c.bonus > 0 || c.punches.some((p) => p.count > 0);

/**
 * The card columns of one row: the card, or the problems of cells that cannot be held exactly
 * (negative, not a number, more decimals than the currency has); null when the file has no card
 * columns. A row whose card cells are all empty or zero opens no card.
 */
export function readCardCells(
  cells: readonly string[],
  columns: readonly (ImportField | null)[],
  headers: readonly string[],
  moneyDigits: number,
): { card: CardDraft | null; problems: ImportProblem[] } | null {
  if (!columns.some((c) => c?.startsWith('card') === true)) return null;
  const card: CardDraft = { number: null, points: 0, principal: 0, bonus: 0, punches: [] };
  const problems: ImportProblem[] = [];
  const take = (value: string, reading: CellReading, kind: 'cardMoney' | 'cardCount'): number => {
    if (reading.ok) return reading.value;
    problems.push({ kind: reading.negative ? 'cardNegative' : kind, value });
    return 0;
  };
  let kindOfRow: string | null = null;
  const counts: { header: string; count: number }[] = [];
  cells.forEach((raw, column) => {
    const value = (raw ?? '').trim();
    const field = columns[column];
    if (value === '') return;
    if (field === 'cardNumber') card.number = value.slice(0, 40);
    else if (field === 'cardPoints') card.points += take(value, readCountCell(value), 'cardCount');
    else if (field === 'cardPrincipal') card.principal += take(value, readMoneyCell(value, moneyDigits), 'cardMoney');
    else if (field === 'cardBonus') card.bonus += take(value, readMoneyCell(value, moneyDigits), 'cardMoney');
    else if (field === 'cardPunchKind') kindOfRow = value.slice(0, 40);
    else if (field === 'cardPunches') counts.push({ header: headers[column] ?? '', count: take(value, readCountCell(value), 'cardCount') });
  });
  card.punches = counts.filter((c) => c.count > 0).map((c) => ({ kind: punchKindOfHeader(c.header) ?? kindOfRow, count: c.count }));
  return { card: problems.length === 0 && hasCard(card) ? card : null, problems };
}
