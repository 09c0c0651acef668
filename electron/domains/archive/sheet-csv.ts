import { csvCell, csvRow, csvTextCell, utf8Bom } from '../../../shared/domain/csv';
import { fromMinor, minorDigits } from '../../../shared/domain/money';
import type { TextFile } from './export-file';
import { isMoney, type Cell, type CellKind, type Sheet } from './sheet';

/**
 * One cell for Excel, WPS and LibreOffice. Phones and solar birthdays are written as ="…" text
 * formulas so that no spreadsheet turns 13800138000 into 1.38E+10, drops a leading 0 or reads
 * 03-12 as a date (see csvTextCell); every other text keeps the formula guard. Days stay
 * yyyy-mm-dd, which every spreadsheet reads as a date; money has its currency's decimals.
 */
export function sheetCsvCell(kind: CellKind, cell: Cell): string {
  if (cell === null) return '';
  // A number cannot carry a formula: -5.00 stays a negative number, unguarded.
  if (isMoney(cell)) return fromMinor(cell.minor, cell.currency).toFixed(minorDigits(cell.currency));
  if (typeof cell === 'number') return String(cell);
  if (kind === 'phone' || kind === 'birthday') return csvTextCell(cell);
  return csvCell(cell);
}

/** Writes a sheet as CSV with a byte order mark (so Excel reads UTF-8); answers the customers walked. */
export async function writeCsvSheet(out: TextFile, sheet: Sheet): Promise<number> {
  out.write(utf8Bom + csvRow(sheet.columns.map((c) => c.header)));
  let customers = 0;
  for await (const { rows, customers: walked } of sheet.batches) {
    out.write(rows.map((row) => `${row.map((cell, i) => sheetCsvCell(sheet.columns[i]?.kind ?? 'text', cell)).join(',')}\r\n`).join(''));
    customers += walked;
  }
  return customers;
}
