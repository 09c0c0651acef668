import fs from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { fromMinor, minorDigits } from '../../../shared/domain/money';
import { isMoney, type Cell, type CellKind, type Sheet } from './sheet';

const dayFormat = 'yyyy-mm-dd';

/** Excel's own day for "yyyy-mm-dd": midnight UTC, which exceljs turns into a whole serial number. */
function excelDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

function typed(kind: CellKind, cell: Cell): { value: ExcelJS.CellValue; numFmt?: string } {
  if (cell === null) return { value: null };
  if (isMoney(cell)) {
    const digits = minorDigits(cell.currency);
    return { value: fromMinor(cell.minor, cell.currency), numFmt: digits === 0 ? '0' : `0.${'0'.repeat(digits)}` };
  }
  if (kind === 'day' && typeof cell === 'string') return { value: excelDay(cell), numFmt: dayFormat };
  // Phones and birthdays are strings already: a string cell is text, never a number or a date.
  return { value: cell, numFmt: kind === 'phone' || kind === 'birthday' ? '@' : undefined };
}

/**
 * Streams a sheet into a new .xlsx file (never an existing one), a batch at a time, so a large
 * book is never held in memory whole: a bold, frozen header row, sensible column widths, and cells
 * typed as Excel keeps them. Answers the customers walked. On failure the file is closed and left
 * for the caller to remove.
 */
export async function writeXlsxSheet(file: string, sheet: Sheet): Promise<number> {
  const stream = fs.createWriteStream(file, { flags: 'wx' });
  let failure: unknown = null;
  stream.on('error', (error) => {
    failure ??= error;
  });
  await once(stream, 'open');
  try {
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
    book.creator = 'Shuke';
    const ws = book.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({ width: c.width, style: c.kind === 'phone' || c.kind === 'birthday' ? { numFmt: '@' } : {} }));
    const header = ws.addRow(sheet.columns.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    let customers = 0;
    for await (const { rows, customers: walked } of sheet.batches) {
      if (failure !== null) throw failure;
      for (const cells of rows) {
        const row = ws.addRow([]);
        cells.forEach((cell, i) => {
          const { value, numFmt } = typed(sheet.columns[i]?.kind ?? 'text', cell);
          if (value === null) return;
          const target = row.getCell(i + 1);
          target.value = value;
          if (numFmt !== undefined) target.numFmt = numFmt;
        });
        row.commit();
      }
      customers += walked;
      // Let the zip and the file catch up before the next batch, so rows do not pile up in memory.
      await new Promise((resolve) => setImmediate(resolve));
      if (stream.writableNeedDrain) await once(stream, 'drain');
    }
    ws.commit();
    await book.commit();
    if (failure !== null) throw failure;
    const fd = fs.openSync(file, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    return customers;
  } catch (error) {
    // The zip may still write to it; those late errors land in the listener above, not here.
    if (!stream.closed) await new Promise<void>((resolve) => stream.destroy().once('close', () => resolve()));
    throw error;
  }
}
