import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { bulkImport, importDrafts } from '../electron/domains/archive/import-csv.service';
import { readTable } from '../electron/domains/archive/csv-rows';
import { readXlsxTable } from '../electron/domains/archive/xlsx-read';
import { prepareBook } from '../electron/domains/maintenance/book-maintenance.service';
import { openBook } from '../electron/db/open-book';
import { lookup } from '../electron/domains/search/lookup.service';
import { previousReadXlsxTable } from './previous/xlsx-read';
import { previousCellText } from './previous/cell-text';
import { previousStreamedXlsxTable } from './previous/xlsx-stream-read';
import { previousBulkImport, sampleCsv } from './csv-import';

const workbooks = new Map<number, Uint8Array>();

/** The same rows as the CSV bench's, as a workbook a shop would keep: phones typed as numbers. */
async function sampleWorkbook(rows: number): Promise<Uint8Array> {
  const made = workbooks.get(rows);
  if (made !== undefined) return made;
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('客户');
  const lines = sampleCsv(rows).trimEnd().split('\r\n');
  lines.forEach((line, i) => {
    const cells = line.split(',');
    sheet.addRow(i === 0 ? cells : cells.map((cell, k) => (k === 1 ? Number(cell) : cell)));
  });
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  workbooks.set(rows, bytes);
  return bytes;
}

/**
 * Imports an .xlsx of `rows` generated rows into a fresh book, reading it with `reader` (the
 * current streaming one unless the bench asks for the previous): the seconds until the import
 * answered, and whether a lookup then finds the last row's customer by phone tail.
 */
export async function xlsxImportSeconds(
  rows: number,
  reader: (bytes: Uint8Array) => Promise<string[][]> = readXlsxTable,
  bulk = bulkImport,
): Promise<{ seconds: number; searchable: boolean }> {
  const bytes = await sampleWorkbook(rows);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-bench-xlsx-'));
  const book = await openBook(path.join(dir, 'shuke.sqlite'));
  await prepareBook(book.db);
  const started = performance.now();
  const table = readTable(await reader(bytes));
  await importDrafts(book.db, table.rows, new Date(), {}, bulk);
  const seconds = (performance.now() - started) / 1000;
  const last = table.rows[table.rows.length - 1];
  const tail = (last?.phones[0] ?? '').slice(-4);
  const ctx = { db: book.db, now: () => new Date(), locale: 'zh-CN' as const };
  const searchable = tail !== '' && (await lookup(ctx, { query: tail, limit: 50 })).hits.some((h) => h.name === last?.name);
  await book.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return { seconds, searchable };
}

export const previousXlsxReader = previousReadXlsxTable;

/** The import as it was before the sheet's XML was read by our own scan: exceljs's streaming reader, each number cell formatted afresh, references checked. */
export const previousStreamedXlsx = (rows: number) =>
  xlsxImportSeconds(rows, (bytes) => previousStreamedXlsxTable(bytes, undefined, previousCellText), previousBulkImport);
