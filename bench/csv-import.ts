import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bulkImport, importCsv } from '../electron/domains/archive/import-csv.service';
import { prepareBook } from '../electron/domains/maintenance/book-maintenance.service';
import { openBook } from '../electron/db/open-book';
import { createRandom } from '../electron/cli/demo/random';
import * as words from '../electron/cli/demo/vocabulary';

/** A spreadsheet as a shop keeps it: Chinese headers, names, phones, birthdays, notes. */
export function sampleCsv(rows: number, seed = 1): string {
  const random = createRandom(seed);
  const lines = ['姓名,手机,性别,生日,地址,备注,喜好'];
  for (let i = 0; i < rows; i += 1) {
    const name = random.pick(words.surnamesSimplified) + random.pick(words.givenSimplified);
    const phone = `1${random.pick(['3', '5', '8'])}${String(random.int(0, 999_999_999)).padStart(9, '0')}`;
    const birthday = random.chance(0.5)
      ? `${random.int(1950, 2005)}/${random.int(1, 12)}/${random.int(1, 28)}`
      : random.chance(0.5)
        ? `农历八月十五`
        : '';
    lines.push(
      `${name},${phone},${random.pick(['男', '女', ''])},${birthday},上海市,${random.pick(words.noteLines)},${random.pick(words.likes)}`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The import as it was before it left its own references unchecked, for the bench's previous figure. */
export const previousBulkImport = { ...bulkImport, checkReferences: true };

/**
 * Imports `rows` generated rows into a fresh book (encrypted with `key` when given): the seconds until the import answered, and the
 * seconds of the WAL checkpoint the import leaves for just after (timed here, not in the import).
 */
export async function csvImportSeconds(
  rows: number,
  key?: Buffer,
  bulk = bulkImport,
): Promise<{ seconds: number; checkpointSeconds: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-bench-import-'));
  // With a key, the new book is encrypted from its first page, as a protected book's is.
  const book = await openBook(path.join(dir, 'shuke.sqlite'), key === undefined ? {} : { key });
  await prepareBook(book.db);
  const text = sampleCsv(rows);
  const started = performance.now();
  await importCsv(book.db, text, undefined, new Date(), {}, bulk);
  const seconds = (performance.now() - started) / 1000;
  const checkpointStarted = performance.now();
  book.sqlite.pragma('wal_checkpoint(PASSIVE)');
  const checkpointSeconds = (performance.now() - checkpointStarted) / 1000;
  await book.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return { seconds, checkpointSeconds };
}
