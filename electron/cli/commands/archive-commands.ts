import fs from 'node:fs';
import { progressPrinter } from '../progress';
import { exportFormatOf, exportFormats } from '../../domains/archive/export.service';
import { decodeText } from '../../../shared/domain/text-encoding';
import { exportLocaleOf } from '../../../shared/domain/export-words';
import type { ImportReport } from '../../domains/archive/import-archive.service';
import type { ImportFile } from '../../../shared/contract/import.contract';
import type { StartedBook } from '../../app/start-book';
import { call, withBook } from './with-book';

/** `shuke export --format json|xlsx|csv|purchases-xlsx|purchases-csv|vcard --data DIR --out FILE [--lang en|zh-CN|zh-TW]`. */
export async function runExport(format: string, dataDir: string, out: string, lang = 'en'): Promise<{ file: string; customers: number }> {
  const known = exportFormatOf(format);
  if (known === undefined) throw new Error(`--format must be one of ${exportFormats.join(', ')}, not “${format}”.`);
  const locale = exportLocaleOf(lang);
  if (locale === undefined) throw new Error(`--lang must be one of en, zh-CN, zh-TW, not “${lang}”.`);
  return withBook(dataDir, true, (book) => call(book, 'export.write', { format: known, to: book.chosenFiles.add(out), lang: locale }));
}

/**
 * `shuke import FILE --data DIR [--dry-run]`: a Shuke JSON archive, an Excel workbook (.xlsx, its
 * first sheet), a CSV as Excel or WPS save it (UTF-8 or GBK, columns guessed from the headers) or
 * a phone's vCards, each in one transaction; people already in the book are merged, not doubled.
 */
export async function runImport(source: string, dataDir: string, dryRun: boolean): Promise<ImportReport> {
  if (!fs.existsSync(source)) throw new Error(`There is no file at ${source}.`);
  const isJson = /\.json$/i.test(source);
  const isVcard = /\.vcf$/i.test(source);
  const isXlsx = /\.xlsx$/i.test(source);
  if (!isJson && !isVcard && !isXlsx && !/\.(csv|txt)$/i.test(source))
    throw new Error('Shuke imports JSON archives (.json), Excel workbooks (.xlsx), CSV files (.csv) and vCards (.vcf).');
  return withBook(dataDir, false, async (book) => {
    if (isJson) return call(book, 'import.archive', { from: book.chosenFiles.add(source), dryRun });
    const bytes = fs.readFileSync(source);
    const file: ImportFile = isXlsx
      ? { kind: 'xlsx', base64: bytes.toString('base64') }
      : { kind: isVcard ? 'vcard' : 'csv', text: decodeText(bytes).text };
    const result = await withProgressLines(book, () => call(book, 'import.run', { file, dryRun }));
    return {
      customers: result.added,
      customersAlreadyThere: result.merged + result.skipped,
      entries: 0,
      entriesAlreadyThere: 0,
      preferences: 0,
      people: 0,
      dates: 0,
      cards: result.cards,
      dryRun,
    };
  });
}

/** While an import runs, asks how far it is (as the app's page does) and prints a line every 10%. */
async function withProgressLines<T>(book: StartedBook, run: () => Promise<T>): Promise<T> {
  const printer = progressPrinter('Importing');
  const poll = setInterval(() => {
    void call(book, 'import.progress', {}).then(
      (board) => {
        if (board.running && board.total > 0) printer('customers', board.done, board.total);
      },
      // A missed look at the progress only skips a line; the import itself answers for itself.
      () => undefined,
    );
  }, 200);
  try {
    return await run();
  } finally {
    clearInterval(poll);
  }
}

/** What an import did, in a sentence for the command line; rows added to customers already there are said too. */
export function importReportText(report: ImportReport): string {
  const verb = report.dryRun ? 'Would import' : 'Imported';
  const added = `${verb} ${report.customers} customers and ${report.entries} diary entries${report.cards > 0 ? `, ${report.cards} member cards with their ledgers` : ''}`;
  if (report.customersAlreadyThere === 0) return `${added}.`;
  const alsoAdded = `${report.preferences} preferences, ${report.people} key people and ${report.dates} dates`;
  return (
    `${added} (with ${alsoAdded}). ${report.customersAlreadyThere} customers were already in the book: they keep their own details, ` +
    `and what they were missing was added; ${report.entriesAlreadyThere} diary entries were already there.`
  );
}
