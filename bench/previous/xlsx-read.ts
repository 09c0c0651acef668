// Reading an .xlsx as the import did before it streamed (kept for the bench only, to print beside
// the current reader in the same run): exceljs's whole-workbook model, then every row of it.
import ExcelJS from 'exceljs';
import { AppError } from '../../electron/api/app-error';
import { checkXlsxBytes, squareTable, xlsxLimits } from '../../electron/domains/archive/xlsx-read';
import { cellText } from './cell-text';

export async function previousReadXlsxTable(bytes: Uint8Array, limits = xlsxLimits): Promise<string[][]> {
  checkXlsxBytes(bytes, limits);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(bytes).buffer);
  const sheet = book.worksheets[0];
  if (sheet === undefined) throw AppError.saying('INVALID_INPUT', 'importNotXlsx');
  if (sheet.rowCount > limits.rows + 1) throw AppError.saying('INVALID_INPUT', 'importXlsxTooManyRows', { limit: limits.rows });
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const cells: string[] = [];
    sheet.getRow(r).eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.type === ExcelJS.ValueType.Merge ? '' : cellText(cell.value, cell.numFmt);
    });
    rows.push(cells);
  }
  return squareTable(rows);
}
