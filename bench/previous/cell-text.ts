// A cell's text as the Excel import wrote it before its number formatter was made once (kept for
// the bench only, to time the previous import beside the current one in the same run).
import { dateText, numberText } from '../../electron/domains/archive/xlsx-read';

export function previousCellText(value: unknown, numFmt?: string): string {
  const general = numFmt === undefined || !/^[#,]*0(?:\.(0+))?$/.test(numFmt);
  if (typeof value !== 'number' || !Number.isFinite(value) || !general) return cellText(value, numFmt);
  return Number(value.toPrecision(15)).toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 15 });
}

/** An exceljs cell value as the text a person sees, as the import read them through exceljs. */
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
