import { csvImportSeconds, previousBulkImport } from './csv-import';
import { previousStreamedXlsx, previousXlsxReader, xlsxImportSeconds } from './xlsx-import';

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const list = (values: readonly number[]) => values.map((s) => s.toFixed(1)).join(', ');

/**
 * CSV and Excel imports of `rows` generated rows into new books, three runs each (median), each
 * beside the previous import in the same run (the machine's speed swings by a third): CSV
 * alternating with the import that checked its own references, three runs each; Excel beside
 * that import reading the sheet through exceljs's streaming reader with a new formatter per number
 * cell, and beside exceljs's whole-workbook reader, once each.
 */
export async function importBench(rows: number): Promise<void> {
  const csv: { seconds: number; checkpointSeconds: number }[] = [];
  const csvBefore: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    csv.push(await csvImportSeconds(rows));
    csvBefore.push((await csvImportSeconds(rows, undefined, previousBulkImport)).seconds);
  }
  const csvMedian = median(csv.map((r) => r.seconds));
  console.log(
    `\nCSV import of ${rows} rows (Chinese headers, birthdays, likes) into a new book, index included, 3 runs:` +
      ` median ${csvMedian.toFixed(1)} s (${list(csv.map((r) => r.seconds))}; target ≤ 6 s);` +
      ` previous, checking each reference it made: ${median(csvBefore).toFixed(1)} s (${list(csvBefore)}),` +
      ` ×${(median(csvBefore) / csvMedian).toFixed(2)};` +
      ` then a WAL checkpoint after the result of ${Math.max(...csv.map((r) => r.checkpointSeconds)).toFixed(1)} s at most`,
  );
  const xlsx: { seconds: number; searchable: boolean }[] = [];
  for (let i = 0; i < 3; i += 1) xlsx.push(await xlsxImportSeconds(rows));
  const streamed = await previousStreamedXlsx(rows);
  const whole = await xlsxImportSeconds(rows, previousXlsxReader);
  const xlsxMedian = median(xlsx.map((r) => r.seconds));
  console.log(
    `Excel (.xlsx) import of the same ${rows} rows, 3 runs: median ${xlsxMedian.toFixed(1)} s` +
      ` (${list(xlsx.map((r) => r.seconds))}; target ≤ 6 s); previous, exceljs's streaming reader, a new number formatter per cell and each reference checked:` +
      ` ${streamed.seconds.toFixed(1)} s (×${(streamed.seconds / xlsxMedian).toFixed(2)}); reading the whole workbook first: ${whole.seconds.toFixed(1)} s;` +
      ` the last row found by its phone tail right after: ${xlsx.every((r) => r.searchable) && streamed.searchable && whole.searchable ? 'yes' : 'NO'}`,
  );
}
