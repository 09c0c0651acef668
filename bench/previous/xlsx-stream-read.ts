// Reading an .xlsx as the import did before it read the sheet's XML itself (kept for the bench, to
// print beside the current reader in the same run, and for tests as a second reader to agree with):
// exceljs's streaming reader, row by row.
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../../electron/domains/archive/exceljs-module';
import { AppError } from '../../electron/api/app-error';
import { checkXlsxBytes, squareTable, xlsxLimits } from '../../electron/domains/archive/xlsx-read';
import { cellText } from './cell-text';
import { zipWithEntriesFirst } from './zip-order';

/** The id of the workbook's first sheet (in its tab order), once the reader has read the workbook part. */
function firstSheetId(reader: ExcelJS.Workbook): number | undefined {
  const model: Partial<ExcelJS.WorkbookModel> | undefined = reader.model;
  return model?.sheets?.[0]?.id;
}

const tooManyRows = (limits: typeof xlsxLimits) => AppError.saying('INVALID_INPUT', 'importXlsxTooManyRows', { limit: limits.rows });

/**
 * The first worksheet of an .xlsx as rows of the texts a person sees in its cells: phones kept as
 * numbers come back with all their digits, date cells as yyyy-mm-dd, formulas as their result;
 * empty cells are "" so columns keep their places (every row as wide as the widest), empty rows
 * inside the sheet stay (row numbers match the spreadsheet's) and trailing ones are dropped.
 * Anything that is not an .xlsx is refused with a message saying so, as is one past xlsxLimits.
 * Read as a stream, row by row: exceljs's whole-workbook model of 100,000 rows took 20 s and far
 * more memory; its streaming reader gives the same cells in a sixth of the time. `textOf` is for
 * the bench, which times the cell texts as they were written before.
 */
export async function previousStreamedXlsxTable(bytes: Uint8Array, limits = xlsxLimits, textOf = cellText): Promise<string[][]> {
  checkXlsxBytes(bytes, limits);
  const excel = await loadExcelJs();
  const read: string[][] = [];
  let sheets = 0;
  // exceljs's reader takes a zip's entries in the order they come: a sheet ahead of the workbook,
  // its relations or the shared strings (as Excel and exceljs write them) would be copied into a
  // temporary file first, or fail. Those parts go to the front, without unpacking anything.
  const zip = zipWithEntriesFirst(bytes, ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml']);
  try {
    const reader = new excel.stream.xlsx.WorkbookReader(Readable.from([zip ?? Buffer.from(bytes)]), {
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'ignore',
    });
    for await (const sheet of reader) {
      // The workbook's first sheet, whatever its place in the zip; the others are read past.
      const id = 'id' in sheet && typeof sheet.id === 'number' ? sheet.id : undefined;
      const isFirst = sheets === 0 && (id === undefined || firstSheetId(reader) === undefined || id === firstSheetId(reader));
      for await (const row of sheet) {
        if (!isFirst) continue;
        if (row.number > limits.rows + 1) throw tooManyRows(limits);
        const cells: string[] = [];
        row.eachCell({ includeEmpty: true }, (cell, column) => {
          cells[column - 1] = cell.type === excel.ValueType.Merge ? '' : textOf(cell.value, cell.numFmt);
        });
        read[row.number - 1] = cells;
      }
      if (isFirst) sheets += 1;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw AppError.saying('INVALID_INPUT', 'importNotXlsx');
  }
  // A zip without a worksheet (a .docx, an archive of photos) is not a workbook either.
  if (sheets === 0) throw AppError.saying('INVALID_INPUT', 'importNotXlsx');
  return squareTable(read);
}
