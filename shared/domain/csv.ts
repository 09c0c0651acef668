/**
 * One CSV cell as Excel and WPS read it safely: a value starting with = + - @ tab or CR is
 * neutralised with a leading apostrophe (OWASP's CSV-injection advice), and a cell holding a
 * comma, quote or line break is quoted.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: (string | number | null | undefined)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/** Excel opens UTF-8 CSV correctly only with a byte order mark. */
export const utf8Bom = '\uFEFF';
