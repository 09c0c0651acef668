import type { ImportFile } from '../../../shared/contract/import.contract';
import type { ImportField } from '../../../shared/domain/import-columns';
import { AppError } from '../../api/app-error';
import { readCsv, readTable, type CsvTable } from './csv-rows';
import { vcardDrafts } from './import-vcard.service';
import { readXlsxTable } from './xlsx-read';

export interface ImportTable extends CsvTable {
  format: ImportFile['kind'];
}

/**
 * Reads any file the import takes into drafts: a CSV or an Excel workbook's first sheet through
 * the same column guessing and mapping (money columns with the book currency's `moneyDigits`), or a vCard's contacts. A table without a name or phone
 * column, or a vCard without contacts, is refused before anything else is looked at.
 */
export async function readImportFile(file: ImportFile, mapping?: (ImportField | null)[], moneyDigits = 2): Promise<ImportTable> {
  if (file.kind === 'vcard') {
    const rows = vcardDrafts(file.text);
    if (rows.length === 0) throw AppError.saying('INVALID_INPUT', 'importNoContacts');
    return { format: 'vcard', headers: [], mapping: [], rows };
  }
  const table =
    file.kind === 'csv'
      ? readCsv(file.text, mapping, moneyDigits)
      : readTable(await readXlsxTable(Buffer.from(file.base64, 'base64')), mapping, moneyDigits);
  if (!table.mapping.includes('name') && !table.mapping.includes('phone')) {
    throw AppError.saying('INVALID_INPUT', 'importNoNameOrPhone');
  }
  return { format: file.kind, ...table };
}
