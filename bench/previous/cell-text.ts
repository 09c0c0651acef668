// A cell's text as the Excel import wrote it before its number formatter was made once (kept for
// the bench only, to time the previous import beside the current one in the same run).
import { cellText } from '../../electron/domains/archive/xlsx-read';

export function previousCellText(value: unknown, numFmt?: string): string {
  const general = numFmt === undefined || !/^[#,]*0(?:\.(0+))?$/.test(numFmt);
  if (typeof value !== 'number' || !Number.isFinite(value) || !general) return cellText(value, numFmt);
  return Number(value.toPrecision(15)).toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 15 });
}
