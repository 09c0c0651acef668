import type { ImportField } from '../../../shared/domain/import-columns';
import { AppError } from '../../api/app-error';
import { englishProblem } from '../../../shared/domain/import-problems';
import type { Db } from '../../db/database';
import { countCustomers } from '../customers/customers.repository';
import { importBatch, writeBatch } from './import-batch';
import { withIndexesRebuiltAfter } from '../../db/rebuild-indexes';
import { checkpointAfter } from '../../db/checkpoint-after';
import { invalidateValues } from '../value/value.service';
import { readCsv, type RowDraft } from './csv-rows';

/** The first rows with problems, in English, for the error's message and the command line. */
function problemSummary(bad: readonly RowDraft[], max = 5): string {
  const listed = bad.slice(0, max).map((r) => `row ${r.row}: ${r.problems.map(englishProblem).join(', ')}`);
  return `${listed.join('; ')}${bad.length > max ? ` (and ${bad.length - max} more rows)` : ''}`;
}

/**
 * Imports a spreadsheet of customers in one transaction. Any row with a problem refuses the whole
 * file (with row numbers), so nothing is ever half imported.
 */
export async function importCsv(
  db: Db,
  text: string,
  mapping: (ImportField | null)[] | undefined,
  now: Date,
  options: { dryRun?: boolean; onProgress?: ImportProgress } = {},
) {
  const table = readCsv(text, mapping);
  if (!table.mapping.includes('name') && !table.mapping.includes('phone')) {
    throw AppError.saying('INVALID_INPUT', 'importNoNameOrPhone');
  }
  const bad = table.rows.filter((r) => r.problems.length > 0);
  if (bad.length > 0) {
    throw AppError.saying('INVALID_INPUT', 'importRowProblems', {
      problems: problemSummary(bad),
      count: bad.length,
      row: bad[0]?.row ?? 0,
    });
  }
  if (options.dryRun === true) return { customers: table.rows.length, dryRun: true };
  const count = await insertDrafts(db, table.rows, now, options.onProgress);
  return { customers: count, dryRun: false };
}

/** Below this many customers an import writes into the live indexes instead of rebuilding them. */
const bulkImportCustomers = 10_000;

/** The tables insertStep writes to, lookup keys included. */
const importTables = ['customers', 'customer_phones', 'customer_tags', 'preferences', 'important_dates', 'search_keys'] as const;

/**
 * Runs an import's writes; when it adds many customers (a quarter of the book or more) the
 * secondary indexes of the tables it fills are dropped meanwhile and built once at the end.
 */
async function whileIndexingManyCustomers(db: Db, adding: number, write: () => Promise<void>): Promise<void> {
  const many = adding >= bulkImportCustomers && adding * 4 >= (await countCustomers(db)) + adding;
  await (many ? withIndexesRebuiltAfter(db, importTables, write) : write());
}

/** How many customers an import writes between two progress reports. */
const customersPerStep = 5000;

export type ImportProgress = (done: number, total: number) => void;

/**
 * Adds customers from import drafts, their lookup keys included, in one transaction. New customers
 * have no visits yet, so visit statistics need nothing. With a progress callback the import lets
 * the event loop turn between steps, so a progress call can be answered; other calls touching the
 * book wait for the transaction, as kysely holds the one connection until it ends.
 */
export async function insertDrafts(db: Db, drafts: RowDraft[], now: Date, onProgress?: ImportProgress): Promise<number> {
  const at = now.toISOString();

  await checkpointAfter(db, () =>
    db.transaction().execute(async (trx) => {
      await invalidateValues(trx);
      await whileIndexingManyCustomers(trx, drafts.length, async () => {
        for (let i = 0; i < drafts.length; i += customersPerStep) {
          await writeBatch(trx, importBatch(drafts.slice(i, i + customersPerStep), at));
          if (onProgress !== undefined) {
            onProgress(Math.min(i + customersPerStep, drafts.length), drafts.length);
            await new Promise((resolve) => setImmediate(resolve));
          }
        }
      });
    }),
  );
  return drafts.length;
}
