import { AppError } from '../../api/app-error';
import { declaredSize, unzipEntry, zipEntries, type ZipEntry } from './zip-entries';
import { workbookParts, type WorkbookParts } from './xlsx-parts';
import { stringItemText, xmlText } from './xlsx-xml';

/**
 * What one workbook may be. A real customer list is far smaller. The sheet's XML is held whole
 * while it is read (Shuke's own export of 100,000 customers unpacks to some 50 MB), so past these
 * memory is at risk, and CSV is the way in.
 */
export const xlsxLimits = { megabytes: 48, unpackedMegabytes: 64, rows: 100_000 };

const notXlsx = () => AppError.saying('INVALID_INPUT', 'importNotXlsx');

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
export function numberText(value: number, numFmt: string | undefined): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = numFmt === undefined ? null : /^[#,]*0(?:\.(0+))?$/.exec(numFmt);
  if (fixed !== null) return value.toFixed(fixed[1]?.length ?? 0);
  // A whole number of up to fifteen digits (every phone) is its own text; the formatter took a
  // tenth of reading 100,000 of them. Not -0, which the formatter writes "-0".
  if (Number.isInteger(value) && Math.abs(value) < 1e15 && !Object.is(value, -0)) return String(value);
  return plainNumber.format(Number(value.toPrecision(15)));
}

/** A date cell as a day (yyyy-mm-dd), with its time only when it has one; exceljs gives them in UTC. */
export function dateText(value: Date): string {
  if (Number.isNaN(value.getTime())) return '';
  const day = `${value.getUTCFullYear()}-${two(value.getUTCMonth() + 1)}-${two(value.getUTCDate())}`;
  const seconds = value.getUTCHours() * 3600 + value.getUTCMinutes() * 60 + value.getUTCSeconds();
  if (seconds === 0) return day;
  const time = `${two(value.getUTCHours())}:${two(value.getUTCMinutes())}`;
  // A time of day alone is kept by Excel as a fraction of its day zero (1899-12-30).
  return day < '1900-01-01' ? time : `${day} ${time}`;
}

/** Refuses what is not an .xlsx, or one past the limits, before a byte of it is unpacked. */
export function checkXlsxBytes(bytes: Uint8Array, limits = xlsxLimits): Map<string, ZipEntry> {
  const tooBig = () =>
    AppError.saying('INVALID_INPUT', 'importXlsxTooBig', { limit: limits.megabytes, unpacked: limits.unpackedMegabytes });
  if (bytes.length > limits.megabytes * 1024 * 1024) throw tooBig();
  const entries = zipEntries(bytes);
  if (entries === null) throw notXlsx();
  if (declaredSize(entries) > limits.unpackedMegabytes * 1024 * 1024) throw tooBig();
  return entries;
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

const tooManyRows = (limits: typeof xlsxLimits) => AppError.saying('INVALID_INPUT', 'importXlsxTooManyRows', { limit: limits.rows });

/** An Excel serial day (days since 1899-12-30, or since 1904-01-01) as the instant exceljs made of it, in UTC. */
function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** A cell's column number from its reference (B12 → 2), or null without one. */
function columnOf(ref: string | undefined): number | null {
  if (ref === undefined) return null;
  let column = 0;
  for (let i = 0; i < ref.length; i += 1) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column === 0 ? null : column;
}

const valuePattern = /<(?:[\w.-]+:)?v>([\s\S]*?)<\/(?:[\w.-]+:)?v>/;
const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`);
const refAttribute = attribute('r');
const typeAttribute = attribute('t');
const styleAttribute = attribute('s');

/**
 * The text a person sees in one cell: shared and inline strings, a formula by its result, TRUE or
 * FALSE, an error as Excel shows it (#N/A), a number in a date format as yyyy-mm-dd (with its time
 * when it has one), any other number with all its digits.
 */
function cellText(attributes: string, content: string, parts: WorkbookParts): string {
  const type = typeAttribute.exec(attributes)?.[1];
  if (type === 'inlineStr') return stringItemText(content);
  const raw = valuePattern.exec(content)?.[1];
  if (raw === undefined) return '';
  const value = xmlText(raw);
  switch (type) {
    case 's':
      return parts.strings[parseInt(value, 10)] ?? '';
    case 'str':
    case 'e':
      return value;
    case 'b':
      return parseInt(value, 10) !== 0 ? 'TRUE' : 'FALSE';
    case 'd': {
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? value : dateText(date);
    }
    default: {
      const style = parts.styles[parseInt(styleAttribute.exec(attributes)?.[1] ?? '0', 10)];
      const number = parseFloat(value);
      if (Number.isNaN(number)) return value;
      return style?.date === true ? dateText(excelDate(number, parts.date1904)) : numberText(number, style?.format);
    }
  }
}

const rowPattern = /<(?:[\w.-]+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?row>)/g;
const cellPattern = /<(?:[\w.-]+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/g;

/** The sheet's rows as read, by row number (holes for rows it never wrote), each cell in its column. */
function sheetRows(xml: string, parts: WorkbookParts, limits: typeof xlsxLimits): string[][] {
  const read: string[][] = [];
  let rowNumber = 0;
  for (const row of xml.matchAll(rowPattern)) {
    const said = parseInt(refAttribute.exec(row[1] ?? '')?.[1] ?? '', 10);
    rowNumber = Number.isNaN(said) ? rowNumber + 1 : said;
    if (rowNumber > limits.rows + 1) throw tooManyRows(limits);
    const cells: string[] = [];
    let column = 0;
    for (const cell of (row[2] ?? '').matchAll(cellPattern)) {
      const attributes = cell[1] ?? '';
      column = columnOf(refAttribute.exec(attributes)?.[1]) ?? column + 1;
      cells[column - 1] = cellText(attributes, cell[2] ?? '', parts);
    }
    read[rowNumber - 1] = cells;
  }
  return read;
}

/**
 * The first worksheet of an .xlsx as rows of the texts a person sees in its cells: phones kept as
 * numbers come back with all their digits, date cells as yyyy-mm-dd, formulas as their result;
 * empty cells are "" so columns keep their places (every row as wide as the widest), empty rows
 * inside the sheet stay (row numbers match the spreadsheet's) and trailing ones are dropped.
 * Anything that is not an .xlsx is refused with a message saying so, as is one past xlsxLimits.
 * The sheet's XML is read with a few regular expressions (xlsx-xml.ts): exceljs's streaming reader
 * took about two seconds for 100,000 rows, most of an Excel import's time beyond a CSV's, for the
 * same texts (a property test reads random workbooks with both).
 */
export async function readXlsxTable(bytes: Uint8Array, limits = xlsxLimits): Promise<string[][]> {
  const entries = checkXlsxBytes(bytes, limits);
  let read: string[][];
  try {
    const parts = workbookParts(bytes, entries);
    const sheet = parts === null ? undefined : entries.get(parts.sheetPath);
    // A zip without a worksheet (a .docx, an archive of photos) is not a workbook either.
    if (parts === null || sheet === undefined) throw notXlsx();
    read = sheetRows(unzipEntry(bytes, sheet).toString('utf8'), parts, limits);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw notXlsx();
  }
  return squareTable(read);
}
