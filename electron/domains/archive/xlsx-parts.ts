import { unzipEntry, type ZipEntry } from './zip-entries';
import { stringItemText, xmlAttributes, xmlElements } from './xlsx-xml';

/** What reading a workbook's first sheet needs from its other parts. */
export interface WorkbookParts {
  /** The zip path of the first worksheet in the workbook's tab order. */
  sheetPath: string;
  /** Dates count from 1904-01-01 (old Mac workbooks) instead of 1899-12-30. */
  date1904: boolean;
  /** The shared string table, by index. */
  strings: string[];
  /** Each cell style's number format (by the style's index, a cell's `s`), and whether it shows a date. */
  styles: { format: string | undefined; date: boolean }[];
}

// Built-in number formats a cell may name by id alone (ECMA-376 18.8.30), as exceljs reads them.
const builtInFormats: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/**
 * Built-in ids whose format depends on the reader's language: in a Chinese (or Japanese, Korean)
 * Excel every one is a date or a time (2026年3月12日, 3月12日, 14时30分...). exceljs knew no single
 * format for them and read such a birthday as its serial number; here it is a date.
 */
const eastAsianDateIds = new Set([27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a number format shows a date or time: a y, m, d, h, s (or b) outside quotes and brackets, as exceljs decided. */
export function isDateFormat(format: string | undefined): boolean {
  if (format === undefined) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** A relationship's target as a zip path: relative to the part's folder, or from the root with a leading slash. */
function resolvePath(fromFolder: string, target: string): string {
  const parts = target.startsWith('/') ? [] : fromFolder.split('/').filter((p) => p !== '');
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);

/** A part's relationships (Id → type and zip path), from its .rels file beside it. */
function relationships(read: (path: string) => string | null, partPath: string): Map<string, { type: string; path: string }> {
  const folder = folderOf(partPath);
  const rels = read(`${folder}_rels/${partPath.slice(folder.length)}.rels`) ?? '';
  const found = new Map<string, { type: string; path: string }>();
  for (const r of xmlElements(rels, 'Relationship')) {
    const a = xmlAttributes(r.attributes);
    const id = a.get('Id');
    const target = a.get('Target');
    if (id !== undefined && target !== undefined && a.get('TargetMode') !== 'External')
      found.set(id, { type: a.get('Type') ?? '', path: resolvePath(folder, target) });
  }
  return found;
}

/** Each cell style's format and whether it is a date, from styles.xml's cellXfs (custom formats from numFmts). */
function cellStyles(styles: string): WorkbookParts['styles'] {
  const custom = new Map<number, string>();
  for (const f of xmlElements(styles, 'numFmt')) {
    const a = xmlAttributes(f.attributes);
    // A backslash only makes the next character literal: 'yyyy\-mm\-dd' is yyyy-mm-dd.
    custom.set(Number(a.get('numFmtId')), (a.get('formatCode') ?? '').replace(/\\(.)/g, '$1'));
  }
  const list = xmlElements(styles, 'cellXfs').next().value?.content ?? '';
  return [...xmlElements(list, 'xf')].map((xf) => {
    const id = Number(xmlAttributes(xf.attributes).get('numFmtId') ?? '0');
    const format = custom.get(id) ?? builtInFormats[id];
    return { format, date: custom.has(id) ? isDateFormat(format) : eastAsianDateIds.has(id) || isDateFormat(format) };
  });
}

/**
 * The parts of a workbook the first sheet's cells refer to, found the way Excel does, through the
 * package's relationships (_rels/.rels → the workbook → its sheets, strings and styles); null when
 * the zip holds no workbook with a worksheet.
 */
export function workbookParts(bytes: Uint8Array, entries: ReadonlyMap<string, ZipEntry>): WorkbookParts | null {
  const read = (path: string): string | null => {
    const entry = entries.get(path);
    return entry === undefined ? null : unzipEntry(bytes, entry).toString('utf8');
  };
  const rootRel = [...relationships(read, '').values()].find((r) => r.type.endsWith('/officeDocument'));
  const workbookPath = rootRel?.path ?? 'xl/workbook.xml';
  const workbook = read(workbookPath);
  if (workbook === null) return null;
  const rels = relationships(read, workbookPath);
  const sheetPath = [...xmlElements(workbook, 'sheet')]
    .map((sheet) => {
      const id = [...xmlAttributes(sheet.attributes)].find(([name]) => name.endsWith(':id'))?.[1];
      return id === undefined ? undefined : rels.get(id);
    })
    .find((rel) => rel !== undefined && rel.type.endsWith('/worksheet') && entries.has(rel.path))?.path;
  if (sheetPath === undefined) return null;
  const partOf = (type: string) => [...rels.values()].find((r) => r.type.endsWith(type))?.path;
  const stringsPath = partOf('/sharedStrings');
  const stylesPath = partOf('/styles');
  const workbookPr = xmlElements(workbook, 'workbookPr').next().value;
  const date1904 = workbookPr !== undefined && ['1', 'true'].includes(xmlAttributes(workbookPr.attributes).get('date1904') ?? '');
  return {
    sheetPath,
    date1904,
    strings: [...xmlElements((stringsPath === undefined ? null : read(stringsPath)) ?? '', 'si')].map((si) => stringItemText(si.content)),
    styles: cellStyles((stylesPath === undefined ? null : read(stylesPath)) ?? ''),
  };
}
