import { csvImportSeconds } from './csv-import';
import { previousXlsxReader, xlsxImportSeconds } from './xlsx-import';

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const list = (values: readonly number[]) => values.map((s) => s.toFixed(1)).join(', ');

/**
 * CSV and Excel imports of `rows` generated rows into new books, three runs each (median), and the
 * Excel import as it read workbooks before, once (it took half a minute at 100,000 rows).
 */
export async function importBench(rows: number): Promise<void> {
  const csv: { seconds: number; checkpointSeconds: number }[] = [];
  for (let i = 0; i < 3; i += 1) csv.push(await csvImportSeconds(rows));
  console.log(
    `\nCSV import of ${rows} rows (Chinese headers, birthdays, likes) into a new book, index included, 3 runs:` +
      ` median ${median(csv.map((r) => r.seconds)).toFixed(1)} s (${list(csv.map((r) => r.seconds))}; target ≤ 6 s),` +
      ` then a WAL checkpoint after the result of ${Math.max(...csv.map((r) => r.checkpointSeconds)).toFixed(1)} s at most`,
  );
  const xlsx: { seconds: number; searchable: boolean }[] = [];
  for (let i = 0; i < 3; i += 1) xlsx.push(await xlsxImportSeconds(rows));
  const previous = await xlsxImportSeconds(rows, previousXlsxReader);
  console.log(
    `Excel (.xlsx) import of the same ${rows} rows, 3 runs: median ${median(xlsx.map((r) => r.seconds)).toFixed(1)} s` +
      ` (${list(xlsx.map((r) => r.seconds))}; target ≤ 6 s; previous, reading the whole workbook first: ${previous.seconds.toFixed(1)} s);` +
      ` the last row found by its phone tail right after: ${xlsx.every((r) => r.searchable) && previous.searchable ? 'yes' : 'NO'}`,
  );
}
