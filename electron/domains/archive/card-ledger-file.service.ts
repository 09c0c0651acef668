import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CallOutput, ParsedInput } from '../../../shared/contract';
import { notFound } from '../../api/app-error';
import type { ServiceContext } from '../../api/context';
import { findCustomer } from '../customers/customers.repository';
import { bookToday, loadSettings } from '../settings/settings.service';
import { ledgerSheet } from './card-sheets';
import { withTextFile } from './export-file';
import { exportFiles } from './export.service';
import { writeCsvSheet } from './sheet-csv';
import { writeXlsxSheet } from './sheet-xlsx';

/** What a file may be called on every system: the customer's name without path or reserved characters. */
const safe = (name: string) => name.replace(/[\\/:*?"<>|\r\n\t]/g, '').trim() || 'customer';

/**
 * A customer's ledger written the way the book's exports are (typed cells, a byte order mark in
 * CSV) into a temporary file, and handed back whole: a ledger is one customer's lines, small
 * enough to travel in one answer, and the page saves it as a download (or the app's save dialog).
 */
export async function cardLedgerFile(ctx: ServiceContext, input: ParsedInput<'cards.ledgerFile'>): Promise<CallOutput<'cards.ledgerFile'>> {
  const customer = await findCustomer(ctx.db, input.customerId);
  if (customer === undefined) throw notFound('customer');
  const { timeZone, currency } = await loadSettings(ctx.db);
  const { today } = await bookToday(ctx.db, ctx.now());
  const sheet = ledgerSheet(ctx.db, input.customerId, { locale: input.lang ?? ctx.locale, timeZone, currency });
  const kind = input.format === 'xlsx' ? 'cards-xlsx' : 'cards-csv';
  const fileName = `shuke-card-ledger-${safe(customer.name)}-${today}.${exportFiles[kind].extension}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-ledger-'));
  try {
    const file = path.join(dir, 'ledger');
    if (input.format === 'xlsx') await writeXlsxSheet(file, sheet);
    else await withTextFile(file, (out) => writeCsvSheet(out, sheet));
    return { fileName, contentType: exportFiles[kind].contentType, base64: fs.readFileSync(file).toString('base64') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
