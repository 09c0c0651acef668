import fs from 'node:fs';
import path from 'node:path';
import { exportFormats, type ExportFormat } from '../../../shared/domain/export-formats';
import type { UiLocale } from '../../../shared/domain/salutation';
import { AppError } from '../../api/app-error';
import { chosenFile } from '../../api/chosen-files';
import type { ServiceContext } from '../../api/context';
import type { CallOutput, ParsedInput } from '../../../shared/contract';
import type { Db } from '../../db/database';
import { inReadSnapshot } from '../../db/read-snapshot';
import { loadSettings } from '../settings/settings.service';
import { balancesSheet } from './card-sheets';
import { customerSheet } from './customer-sheet';
import { withTextFile } from './export-file';
import { writeJsonArchive } from './export-json';
import { writeVcards } from './export-vcard';
import { purchaseSheet } from './purchase-sheet';
import { writeCsvSheet } from './sheet-csv';
import { writeXlsxSheet } from './sheet-xlsx';

export { exportFormats, type ExportFormat };

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** How each export is saved: one table for the desktop save dialog, browser downloads and the CLI. */
export const exportFiles: Record<ExportFormat, { extension: string; contentType: string; label: string }> = {
  json: { extension: 'json', contentType: 'application/json', label: 'Shuke archive (JSON)' },
  xlsx: { extension: 'xlsx', contentType: xlsxType, label: 'Customers for Excel / WPS (.xlsx)' },
  csv: { extension: 'csv', contentType: 'text/csv; charset=utf-8', label: 'Customers as CSV' },
  'purchases-xlsx': { extension: 'xlsx', contentType: xlsxType, label: 'Purchases for Excel / WPS (.xlsx)' },
  'purchases-csv': { extension: 'csv', contentType: 'text/csv; charset=utf-8', label: 'Purchases as CSV' },
  vcard: { extension: 'vcf', contentType: 'text/vcard; charset=utf-8', label: 'Contacts for phones (vCard)' },
  'cards-xlsx': { extension: 'xlsx', contentType: xlsxType, label: 'Member card balances for Excel / WPS (.xlsx)' },
  'cards-csv': { extension: 'csv', contentType: 'text/csv; charset=utf-8', label: 'Member card balances as CSV' },
};

export function exportFormatOf(value: string): ExportFormat | undefined {
  return exportFormats.find((f) => f === value);
}

/** shuke-csv-2026-11-24.csv: what it is and when, so a USB stick of exports stays readable. */
export function exportFileName(format: ExportFormat, now: Date): string {
  return `shuke-${format}-${now.toISOString().slice(0, 10)}.${exportFiles[format].extension}`;
}

export interface ExportOptions {
  /** The language of the spreadsheets' headers and words (gender, tier); English unless given. */
  locale?: UiLocale;
  now?: Date;
}

/** Writes one format from `db` (already a snapshot) into the new file `file`; answers the customers walked. */
async function writeFormat(db: Db, format: ExportFormat, file: string, options: Required<ExportOptions>): Promise<number> {
  if (format === 'json') return withTextFile(file, (out) => writeJsonArchive(db, out, options.now));
  if (format === 'vcard') return withTextFile(file, (out) => writeVcards(db, out));
  const { timeZone, currency } = await loadSettings(db);
  const sheet =
    format === 'xlsx' || format === 'csv'
      ? customerSheet(db, { locale: options.locale, timeZone, currency })
      : format === 'cards-xlsx' || format === 'cards-csv'
        ? balancesSheet(db, { locale: options.locale, timeZone, currency })
        : purchaseSheet(db, { locale: options.locale, timeZone });
  if (format === 'xlsx' || format === 'purchases-xlsx' || format === 'cards-xlsx') return writeXlsxSheet(file, sheet);
  return withTextFile(file, (out) => writeCsvSheet(out, sheet));
}

/**
 * Writes an export to `out` (never overwriting), one batch of customers at a time so a large book
 * does not have to fit in memory, all of it from one snapshot of the book. It is written as
 * `out.partial` and renamed only once complete, so a failed export leaves no half-written file.
 */
export async function writeExport(
  db: Db,
  format: ExportFormat,
  out: string,
  options: ExportOptions = {},
): Promise<{ file: string; customers: number }> {
  if (fs.existsSync(out)) throw AppError.saying('CONFLICT', 'exportExists', { file: out });
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const partial = `${out}.partial`;
  fs.rmSync(partial, { force: true });
  const settled = { locale: options.locale ?? 'en', now: options.now ?? new Date() };
  try {
    // One read snapshot for the whole file: pages taken while someone saves still agree (read-snapshot.ts).
    const customers = await inReadSnapshot(db, (snap) => writeFormat(snap, format, partial, settled));
    fs.renameSync(partial, out);
    return { file: out, customers };
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/** The export.write call: one format into the file a person chose (never a path the page names). */
export async function writeChosenExport(ctx: ServiceContext, input: ParsedInput<'export.write'>): Promise<CallOutput<'export.write'>> {
  return writeExport(ctx.db, input.format, chosenFile(ctx, input.to), { locale: input.lang ?? ctx.locale });
}
