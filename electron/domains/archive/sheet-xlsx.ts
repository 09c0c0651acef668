import fs from 'node:fs';
import { once } from 'node:events';
import type ExcelJS from 'exceljs';
import { loadExcelJs } from './exceljs-module';
import { fromMinor, minorDigits } from '../../../shared/domain/money';
import { isMoney, type Cell, type CellKind, type Sheet } from './sheet';

/** Excel's own day for "yyyy-mm-dd": midnight UTC, which exceljs turns into a whole serial number. */
function excelDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** Each kind's cell format, set once on its column (a cell takes its column's unless it says otherwise). */
const columnFormats: Record<CellKind, string | undefined> = {
  text: undefined,
  phone: '@',
  birthday: '@',
  day: 'yyyy-mm-dd',
  count: undefined,
  money: '0.00',
};

const moneyFormat = (digits: number) => (digits === 0 ? '0' : `0.${'0'.repeat(digits)}`);

function typed(kind: CellKind, cell: Cell): { value: ExcelJS.CellValue; numFmt?: string } {
  if (cell === null) return { value: null };
  if (isMoney(cell)) {
    const numFmt = moneyFormat(minorDigits(cell.currency));
    return { value: fromMinor(cell.minor, cell.currency), numFmt: numFmt === columnFormats.money ? undefined : numFmt };
  }
  // Phones and birthdays are strings already: a string cell is text, never a number or a date.
  return { value: kind === 'day' && typeof cell === 'string' ? excelDay(cell) : cell };
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
    const ExcelJS = await loadExcelJs();
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
    book.creator = 'Shuke';
    const ws = book.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => {
      const numFmt = columnFormats[c.kind];
      return { width: c.width, style: numFmt === undefined ? {} : { numFmt } };
    });
    const header = ws.addRow(sheet.columns.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    let customers = 0;
    for await (const { rows, customers: walked } of sheet.batches) {
      if (failure !== null) throw failure;
      for (const cells of rows) {
        const values = cells.map((cell, i) => typed(sheet.columns[i]?.kind ?? 'text', cell));
        const row = ws.addRow(values.map((v) => v.value));
        values.forEach(({ numFmt }, i) => {
          if (numFmt !== undefined) row.getCell(i + 1).numFmt = numFmt;
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
