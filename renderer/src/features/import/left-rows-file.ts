import type { CallOutput } from '../../../../shared/contract';
import { csvRow, utf8Bom } from '../../../../shared/domain/csv';

type Left = CallOutput<'import.run'>['left'];

/**
 * The rows an import left out, as a CSV to fix and import again: the file's own headers and cells,
 * then one more column saying what was wrong (in the user's language).
 */
export function leftRowsCsv(left: Left, problemHeader: string, describe: (row: Left['rows'][number]) => string): string {
  const width = Math.max(left.headers.length, ...left.rows.map((r) => r.cells.length));
  const pad = (cells: readonly string[]) => [...cells, ...Array<string>(Math.max(0, width - cells.length)).fill('')];
  return utf8Bom + csvRow([...pad(left.headers), problemHeader]) + left.rows.map((r) => csvRow([...pad(r.cells), describe(r)])).join('');
}
