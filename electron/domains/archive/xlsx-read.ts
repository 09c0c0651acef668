import { loadExcelJs } from './exceljs-module';
import { AppError } from '../../api/app-error';

/**
 * What one workbook may be. A real customer list is far smaller. A workbook is read whole, at
 * about twenty times its unpacked size in memory (Shuke's own export of 100,000 customers unpacks
 * to some 50 MB), so past these memory is at risk, and CSV is the way in.
 */
export const xlsxLimits = { megabytes: 48, unpackedMegabytes: 64, rows: 100_000 };

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A number as a spreadsheet shows it, never with an exponent: 13800138000, 0.3, 12.5 in a General
 * cell; 12.50 where the cell's format asks for a fixed number of decimals (0.00, #,##0.00 — shown
 * without the grouping, which an import would only have to take out again).
 */
function numberText(value: number, numFmt: string | undefined): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = /^[#,]*0(?:\.(0+))?$/.exec(numFmt ?? '');
  if (fixed !== null) return value.toFixed(fixed[1]?.length ?? 0);
  return Number(value.toPrecision(15)).toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 15 });
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
function cellText(value: unknown, numFmt?: string): string {
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

/**
 * The first worksheet of an .xlsx as rows of the texts a person sees in its cells: phones kept as
 * numbers come back with all their digits, date cells as yyyy-mm-dd, formulas as their result;
 * empty cells are "" so columns keep their places (every row as wide as the widest), empty rows
 * inside the sheet stay (row numbers match the spreadsheet's) and trailing ones are dropped.
 * Anything that is not an .xlsx is refused with a message saying so, as is one past xlsxLimits.
 */
export async function readXlsxTable(bytes: Uint8Array, limits = xlsxLimits): Promise<string[][]> {
  const tooBig = () =>
    AppError.saying('INVALID_INPUT', 'importXlsxTooBig', { limit: limits.megabytes, unpacked: limits.unpackedMegabytes });
  if (bytes.length > limits.megabytes * 1024 * 1024) throw tooBig();
  const unpacked = unpackedBytes(bytes);
  if (unpacked === null) throw AppError.saying('INVALID_INPUT', 'importNotXlsx');
  if (unpacked > limits.unpackedMegabytes * 1024 * 1024) throw tooBig();
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  try {
    // An ArrayBuffer of its own (a copy): what exceljs's types ask for, and what its unzipper reads.
    await book.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    throw AppError.saying('INVALID_INPUT', 'importNotXlsx');
  }
  // A zip without a worksheet (a .docx, an archive of photos) is not a workbook either.
  const sheet = book.worksheets[0];
  if (sheet === undefined) throw AppError.saying('INVALID_INPUT', 'importNotXlsx');
  if (sheet.rowCount > limits.rows + 1) throw AppError.saying('INVALID_INPUT', 'importXlsxTooManyRows', { limit: limits.rows });
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.type === ExcelJS.ValueType.Merge ? '' : cellText(cell.value, cell.numFmt);
    });
    rows.push(Array.from(cells, (c) => c ?? ''));
  }
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).every((c) => c.trim() === '')) rows.pop();
  const width = rows.reduce((w, row) => {
    let last = row.length;
    while (last > 0 && (row[last - 1] ?? '').trim() === '') last -= 1;
    return Math.max(w, last);
  }, 0);
  return rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
}
