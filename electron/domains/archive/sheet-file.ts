import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withTextFile } from './export-file';
import type { Sheet } from './sheet';
import { writeCsvSheet } from './sheet-csv';
import { writeXlsxSheet } from './sheet-xlsx';

/**
 * A small sheet (one customer's ledger, a batch of greetings) written the way the book's exports
 * are (typed cells, a byte order mark in CSV) into a temporary file and handed back whole, so the
 * page can save it as a download or through the app's save dialog.
 */
export async function sheetBytes(sheet: Sheet, format: 'xlsx' | 'csv'): Promise<Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-sheet-'));
  try {
    const file = path.join(dir, 'sheet');
    if (format === 'xlsx') await writeXlsxSheet(file, sheet);
    else await withTextFile(file, (out) => writeCsvSheet(out, sheet));
    return fs.readFileSync(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** What a file may be called on every system: a name without path or reserved characters. */
export const safeFileName = (name: string, otherwise: string) => name.replace(/[\\/:*?"<>|\r\n\t]/g, '').trim() || otherwise;
