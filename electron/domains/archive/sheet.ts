/**
 * A table an export writes both as CSV and as .xlsx. Each column says what its values are, so each
 * format can write them the way a spreadsheet keeps them: phones and birthdays as text, days as
 * dates, counts and money as numbers.
 */
export type CellKind = 'text' | 'phone' | 'birthday' | 'day' | 'count' | 'money';

/** An amount in minor units and its currency (how many decimals it has). */
export interface Money {
  minor: number;
  currency: string;
}

/** A day cell holds "yyyy-mm-dd" (already in the shop's time zone); null is an empty cell. */
export type Cell = string | number | Money | null;

export interface SheetColumn {
  header: string;
  kind: CellKind;
  /** In characters, as spreadsheets measure columns (a Chinese character is about two). */
  width: number;
}

export interface Sheet {
  name: string;
  columns: SheetColumn[];
  /** The rows, a batch of customers at a time, with how many customers each batch walked. */
  batches: AsyncIterable<{ rows: Cell[][]; customers: number }>;
}

export function isMoney(cell: Cell): cell is Money {
  return typeof cell === 'object' && cell !== null;
}
