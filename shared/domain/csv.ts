/**
 * What makes Excel, WPS and LibreOffice read a cell as a formula: = + - @ tab or CR first. A cell
 * that starts like that, after any apostrophes, gets one more apostrophe in front (OWASP's
 * CSV-injection advice); "any apostrophes" is what makes the guard exactly undoable on import.
 */
const guarded = /^'*[=+\-@\t\r]/;

function quoted(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One CSV cell as Excel and WPS read it safely: a value that a spreadsheet would run as a formula
 * is neutralised with a leading apostrophe, and a cell holding a comma, quote or line break is quoted.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return quoted(guarded.test(text) ? `'${text}` : text);
}

export function csvRow(values: (string | number | null | undefined)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/**
 * What a text formula may hold: phone characters (digits, space, + - ( ) . /), nothing that could
 * end the string literal or call a function. Excel's limit for a text literal is 255 characters.
 */
const formulaSafeText = /^[0-9 +\-()./]{1,255}$/;

/**
 * A cell that Excel, WPS and LibreOffice show exactly as written, never as a number or a date:
 * `="+852 9844 1370"`, a formula whose result is that text. Plain, 13800138000 would become
 * 1.38E+10 and 03-12 the 12th of March; with the formula guard, +852… would show its apostrophe.
 * Only phone characters are wrapped, so the formula cannot carry anything but its own text; any
 * other value falls back to an ordinary guarded cell. The import unwraps it again (csvCellText).
 */
export function csvTextCell(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  return formulaSafeText.test(value) ? quoted(`="${value}"`) : csvCell(value);
}

/**
 * Undoes what csvCell and csvTextCell did to a cell (already unquoted by the CSV parser): a
 * `="…"` holding only phone characters gives its text, and an apostrophe that the formula guard
 * put before = + - @ tab or CR goes. Any other leading apostrophe ('Hello, '0755) is the file's own
 * and stays.
 */
export function csvCellText(cell: string): string {
  const formula = /^="(.*)"$/s.exec(cell);
  if (formula !== null && formulaSafeText.test(formula[1] ?? '')) return formula[1] ?? '';
  return cell.startsWith("'") && guarded.test(cell) ? cell.slice(1) : cell;
}

/** Excel opens UTF-8 CSV correctly only with a byte order mark. */
export const utf8Bom = '\uFEFF';
