import type { CallOutput, ParsedInput } from '../../../shared/contract';
import { notFound } from '../../api/app-error';
import type { ServiceContext } from '../../api/context';
import { findCustomer } from '../customers/customers.repository';
import { bookToday, loadSettings } from '../settings/settings.service';
import { ledgerSheet } from './card-sheets';
import { exportFiles } from './export.service';
import { safeFileName, sheetBytes } from './sheet-file';

/** A customer's ledger as a file: one customer's lines, small enough to travel in one answer. */
export async function cardLedgerFile(ctx: ServiceContext, input: ParsedInput<'cards.ledgerFile'>): Promise<CallOutput<'cards.ledgerFile'>> {
  const customer = await findCustomer(ctx.db, input.customerId);
  if (customer === undefined) throw notFound('customer');
  const { timeZone, currency } = await loadSettings(ctx.db);
  const { today } = await bookToday(ctx.db, ctx.now());
  const sheet = ledgerSheet(ctx.db, input.customerId, { locale: input.lang ?? ctx.locale, timeZone, currency });
  const kind = input.format === 'xlsx' ? 'cards-xlsx' : 'cards-csv';
  const fileName = `shuke-card-ledger-${safeFileName(customer.name, 'customer')}-${today}.${exportFiles[kind].extension}`;
  const bytes = await sheetBytes(sheet, input.format);
  return { fileName, contentType: exportFiles[kind].contentType, base64: bytes.toString('base64') };
}
