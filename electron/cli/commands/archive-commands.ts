import fs from 'node:fs';
import path from 'node:path';
import { exportFormats, writeExport, type ExportFormat } from '../../domains/archive/export.service';
import { decodeText } from '../../../shared/domain/text-encoding';
import { importArchive, type ImportReport } from '../../domains/archive/import-archive.service';
import { importCsv } from '../../domains/archive/import-csv.service';
import { importVcards } from '../../domains/archive/import-vcard.service';
import { BOOK_FILE_NAME, openBook } from '../../db/open-book';

function isFormat(value: string): value is ExportFormat {
  return exportFormats.some((f) => f === value);
}

/** `shuke export --format json|csv|purchases-csv|vcard --data DIR --out FILE`. */
export async function runExport(format: string, dataDir: string, out: string): Promise<{ file: string; customers: number }> {
  if (!isFormat(format)) throw new Error(`--format must be one of ${exportFormats.join(', ')}, not “${format}”.`);
  const file = path.join(dataDir, BOOK_FILE_NAME);
  if (!fs.existsSync(file)) throw new Error(`There is no customer book in ${dataDir}.`);
  const book = await openBook(file);
  try {
    return await writeExport(book.db, format, out);
  } finally {
    await book.close();
  }
}

/**
 * `shuke import FILE --data DIR [--dry-run]`: a Shuke JSON archive, or a CSV as Excel or WPS save
 * it (UTF-8 or GBK, columns guessed from the headers), each in one transaction.
 */
export async function runImport(source: string, dataDir: string, dryRun: boolean): Promise<ImportReport> {
  if (!fs.existsSync(source)) throw new Error(`There is no file at ${source}.`);
  const isJson = /\.json$/i.test(source);
  const isVcard = /\.vcf$/i.test(source);
  if (!isJson && !isVcard && !/\.(csv|txt)$/i.test(source))
    throw new Error('Shuke imports JSON archives (.json), CSV files (.csv) and vCards (.vcf).');
  const book = await openBook(path.join(dataDir, BOOK_FILE_NAME));
  try {
    if (isVcard) {
      const result = await importVcards(book.db, decodeText(fs.readFileSync(source)).text, new Date(), { dryRun });
      return { customers: result.customers, entries: 0, skipped: 0, dryRun };
    }
    if (!isJson) {
      const { text } = decodeText(fs.readFileSync(source));
      const result = await importCsv(book.db, text, undefined, new Date(), { dryRun });
      return { customers: result.customers, entries: 0, skipped: 0, dryRun };
    }
    return await importArchive(book.db, source, { dryRun });
  } finally {
    await book.close();
  }
}
