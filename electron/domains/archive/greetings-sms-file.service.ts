import type { CallOutput, ParsedInput } from '../../../shared/contract';
import { smsSheetWords } from '../../../shared/domain/greeting-words';
import { AppError } from '../../api/app-error';
import type { ServiceContext } from '../../api/context';
import { findCustomers, phonesOf } from '../customers/customers.repository';
import { findBatch, noMarketingOf } from '../greetings/greetings.repository';
import { exportFiles } from './export.service';
import type { Cell, Sheet } from './sheet';
import { safeFileName, sheetBytes } from './sheet-file';

/**
 * A batch's greetings for an SMS service: the words as the owner left them in the walker (edits
 * included), the phone and name from the book. Customers who asked for no marketing are left out
 * here as well as in the page, and so are customers without a phone or no longer in the book.
 */
export async function greetingsSmsFile(
  ctx: ServiceContext,
  input: ParsedInput<'greetings.smsFile'>,
): Promise<CallOutput<'greetings.smsFile'>> {
  const batch = await findBatch(ctx.db, input.batchId);
  if (batch === undefined) throw AppError.saying('NOT_FOUND', 'greetingBatchUnknown');
  const ids = input.rows.map((r) => r.customerId);
  const [customers, phones, refused] = await Promise.all([findCustomers(ctx.db, ids), phonesOf(ctx.db, ids), noMarketingOf(ctx.db, ids)]);
  const nameOf = new Map(customers.map((c) => [c.id, c.name]));
  const phoneOf = new Map<string, string>();
  for (const p of phones) if (!phoneOf.has(p.customer_id)) phoneOf.set(p.customer_id, p.number);
  const seen = new Set<string>();
  const rows: Cell[][] = [];
  for (const r of input.rows) {
    const name = nameOf.get(r.customerId);
    const phone = phoneOf.get(r.customerId);
    if (name === undefined || phone === undefined || refused.has(r.customerId) || seen.has(r.customerId)) continue;
    seen.add(r.customerId);
    rows.push([phone, name, r.text]);
  }
  const words = smsSheetWords[input.lang ?? ctx.locale];
  const sheet: Sheet = {
    name: words.sheet,
    columns: [
      { header: words.phone, kind: 'phone', width: 16 },
      { header: words.name, kind: 'text', width: 12 },
      { header: words.text, kind: 'text', width: 70 },
    ],
    batches: (async function* () {
      yield { rows, customers: rows.length };
    })(),
  };
  const bytes = await sheetBytes(sheet, input.format);
  return {
    fileName: `${safeFileName(`${words.file}-${batch.label}`, words.file)}.${exportFiles[input.format].extension}`,
    contentType: exportFiles[input.format].contentType,
    base64: bytes.toString('base64'),
    rows: rows.length,
  };
}
