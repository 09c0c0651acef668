import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcelJs } from './exceljs-module';
import { AppError } from '../../api/app-error';
import { zipWithEntriesFirst } from './zip-order';

/**
 * What one workbook may be. A real customer list is far smaller. A workbook is read whole, at
 * about twenty times its unpacked size in memory (Shuke's own export of 100,000 customers unpacks
 * to some 50 MB), so past these memory is at risk, and CSV is the way in.
 */
export const xlsxLimits = { megabytes: 48, unpackedMegabytes: 64, rows: 100_000 };

const two = (n: number) => String(n).padStart(2, '0');

/**
 * Made once: `toLocaleString` with options builds a new formatter per call, and for a sheet of
 * 100,000 phones typed as numbers that was two thirds of reading it (5 s of 7.5).
 */
const plainNumber = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 15 });

/**
 * A number as a spreadsheet shows it, never with an exponent: 13800138000, 0.3, 12.5 in a General
 * cell; 12.50 where the cell's format asks for a fixed number of decimals (0.00, #,##0.00 — shown
 * without the grouping, which an import would only have to take out again).
 */
function numberText(value: number, numFmt: string | undefined): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = numFmt === undefined ? null : /^[#,]*0(?:\.(0+))?$/.exec(numFmt);
  if (fixed !== null) return value.toFixed(fixed[1]?.length ?? 0);
  return plainNumber.format(Number(value.toPrecision(15)));
}

/** A date cell as a day (yyyy-mm-dd), with its time only when it has one; exceljs gives them in UTC. */
function dateText(value: Date): string {
  if (Number.isNaN(value.getTime())) return '';
  const day = `${value.getUTCFullYear()}-${two(value.getUTCMonth() + 1)}-${two(value.getUTCDate())}`;
  const seconds = value.getUTCHours() * 3600 + value.getUTCMinutes() * 60 + value.getUTCSeconds();
  if (seconds === 0) return day;
  const time = `${two(value.getUTCHours())}:${two(value.getUTCMinutes())}`;
  // A time of day alone is kept by Excel as a fraction of its day zero (1899-12-30).
  return day < '1900-01-01' ? time : `${day} ${time}`;
}

/** The text a person sees in a cell: formulas by their result, rich text and links by their words. */
export function cellText(value: unknown, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if (typeof value !== 'object') return '';
  if ('richText' in value && Array.isArray(value.richText))
    return value.richText
      .map((run: unknown) => (typeof run === 'object' && run !== null && 'text' in run ? cellText(run.text) : ''))
      .join('');
  if ('formula' in value || 'sharedFormula' in value) return 'result' in value ? cellText(value.result, numFmt) : '';
  if ('text' in value) return cellText(value.text);
  if ('error' in value) return cellText(value.error);
  return '';
}

/**
 * How many bytes a zip's files unpack to, from its central directory (the sizes it declares; the
 * unzipper checks them as it reads); null when the bytes are not a zip. A sixty-four-bit zip
 * (past 4 GB) counts as too large.
 */
function unpackedBytes(bytes: Uint8Array): number | null {
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is the last thing in the file, followed by a comment of at most 65,535 bytes.
  let end = bytes.length - 22;
  while (end >= 0 && end >= bytes.length - 22 - 0xffff && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  if (end < 0 || end < bytes.length - 22 - 0xffff) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let i = 0; i < entries; i += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

/** Refuses what is not an .xlsx, or one past the limits, before a byte of it is unpacked. */
export function checkXlsxBytes(bytes: Uint8Array, limits = xlsxLimits): void {
  const tooBig = () =>
    AppError.saying('INVALID_INPUT', 'importXlsxTooBig', { limit: limits.megabytes, unpacked: limits.unpackedMegabytes });
  if (bytes.length > limits.megabytes * 1024 * 1024) throw tooBig();
  const unpacked = unpackedBytes(bytes);
  if (unpacked === null) throw AppError.saying('INVALID_INPUT', 'importNotXlsx');
  if (unpacked > limits.unpackedMegabytes * 1024 * 1024) throw tooBig();
}

/** Rows as read (holes for rows never written) made rectangular, trailing empty rows and columns dropped. */
export function squareTable(read: readonly (readonly string[] | undefined)[]): string[][] {
  const rows = Array.from(read, (row) => Array.from(row ?? [], (c) => c ?? ''));
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).every((c) => c.trim() === '')) rows.pop();
  const width = rows.reduce((w, row) => {
    let last = row.length;
    while (last > 0 && (row[last - 1] ?? '').trim() === '') last -= 1;
    return Math.max(w, last);
  }, 0);
  return rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
}

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
export async function readXlsxTable(bytes: Uint8Array, limits = xlsxLimits, textOf = cellText): Promise<string[][]> {
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
