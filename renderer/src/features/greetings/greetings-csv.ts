import type { GreetingDraft } from '../../../../shared/contract/greetings.contract';
import { csvCell, csvRow, csvTextCell, utf8Bom } from '../../../../shared/domain/csv';

/**
 * Phone and words for an SMS service, a row per customer with a phone: the phone kept as text
 * (never 1.38E+10), every cell guarded against formulas. A BOM first, so Excel reads it as UTF-8.
 */
export function greetingsCsv(drafts: readonly GreetingDraft[], texts: Readonly<Record<string, string>>, header: readonly string[]): string {
  const lines = drafts
    .filter((d) => d.phone !== null)
    .map((d) => `${csvTextCell(d.phone)},${csvCell(d.name)},${csvCell(texts[d.customerId] ?? d.text)}\r\n`);
  return `${utf8Bom}${csvRow([...header])}${lines.join('')}`;
}
