import type { ImportField } from '../../../shared/domain/import-columns';
import { AppError } from '../../api/app-error';
import { englishProblem } from '../../../shared/domain/import-problems';
import type { Db } from '../../db/database';
import { countCustomers } from '../customers/customers.repository';
import { importBatch, writeBatch } from './import-batch';
import { withIndexesRebuiltAfter } from '../../db/rebuild-indexes';
import { withoutForeignKeyChecks } from '../../db/without-foreign-keys';
import { checkpointAfter } from '../../db/checkpoint-after';
import { invalidateValues } from '../value/value.service';
import { readCsv, type RowDraft } from './csv-rows';
import type { DuplicateChoice } from '../../../shared/contract/import.contract';
import { matchInBook } from '../duplicates/book-matches.service';
import { mergeDraftInto } from './import-merge';
import { cardOpeningProblems, writeCardOpenings } from './import-card-openings';
import type { UiLocale } from '../../../shared/domain/salutation';
import { defaultCurrency } from '../settings/settings.service';
import { minorDigits } from '../../../shared/domain/money';

/** The first rows with problems, in English, for the error's message and the command line. */
function problemSummary(bad: readonly RowDraft[], max = 5): string {
  const listed = bad.slice(0, max).map((r) => `row ${r.row}: ${r.problems.map(englishProblem).join(', ')}`);
  return `${listed.join('; ')}${bad.length > max ? ` (and ${bad.length - max} more rows)` : ''}`;
}

export interface ImportOptions {
  dryRun?: boolean;
  onProgress?: ImportProgress;
  /** What to do with rows matching a customer already in the book, unless `choices` says otherwise for a row. */
  duplicates?: DuplicateChoice;
  choices?: readonly { row: number; choice: DuplicateChoice }[];
  /** Refuse the whole file when a row has problems (the default), or import the other rows. */
  problemRows?: 'refuse' | 'skip';
  /** The language a member card's opening line is written in (the app's, as every diary line). */
  locale?: UiLocale;
}

export interface ImportOutcome {
  added: number;
  merged: number;
  skipped: number;
  /** Member cards opened with their balances. */
  cards: number;
  /** Rows left out for their problems (only with problemRows: 'skip'). */
  left: RowDraft[];
  dryRun: boolean;
}

/** Imports a spreadsheet of customers (CSV text) in one transaction; see importDrafts. */
export async function importCsv(
  db: Db,
  text: string,
  mapping: (ImportField | null)[] | undefined,
  now: Date,
  options: ImportOptions = {},
  bulk = bulkImport,
) {
  const table = readCsv(text, mapping, minorDigits(await defaultCurrency(db)));
  if (!table.mapping.includes('name') && !table.mapping.includes('phone')) {
    throw AppError.saying('INVALID_INPUT', 'importNoNameOrPhone');
  }
  return importDrafts(db, table.rows, now, options, bulk);
}

/**
 * Imports drafts in one transaction. A row with a problem refuses the whole file (with row
 * numbers) unless the caller chose to leave such rows out; rows matching a customer already in the
 * book (same phone, email, or name with the same phone tail) are merged into them, skipped, or
 * added as new, as chosen. Nothing is ever half imported.
 */
export async function importDrafts(
  db: Db,
  drafts: RowDraft[],
  now: Date,
  options: ImportOptions = {},
  bulk = bulkImport,
): Promise<ImportOutcome> {
  const bad = drafts.filter((r) => r.problems.length > 0);
  const parsed = bad.length === 0 ? drafts : drafts.filter((r) => r.problems.length === 0);
  const choices = new Map((options.choices ?? []).map((c) => [c.row, c.choice]));
  const at = now.toISOString();
  const run = async (trx: Db): Promise<ImportOutcome> => {
    // Moving into a new book (the usual first import) has nobody to match: 100,000 probes saved.
    const matches = (await countCustomers(trx)) === 0 ? parsed.map(() => null) : await matchInBook(trx, parsed);
    const targets = parsed.map((draft, i) => {
      const match = matches[i] ?? null;
      const choice = match === null ? 'add' : (choices.get(draft.row) ?? options.duplicates ?? 'merge');
      return { draft, choice, customerId: match === null || choice === 'add' ? null : match.customerId };
    });
    // A card the book cannot open as the row asks makes that row a problem row like any other.
    const cardProblems = await cardOpeningProblems(
      trx,
      targets.filter((t) => t.choice !== 'skip'),
    );
    for (const [row, problems] of cardProblems) targets.find((t) => t.draft.row === row)?.draft.problems.push(...problems);
    const left = cardProblems.size === 0 ? bad : [...bad, ...parsed.filter((d) => cardProblems.has(d.row))].sort((a, b) => a.row - b.row);
    refuseProblems(left, options);
    const good = targets.filter((t) => !cardProblems.has(t.draft.row));
    const adding = good.filter((t) => t.choice === 'add').map((t) => t.draft);
    const merging = good.flatMap((t) =>
      t.choice === 'merge' && t.customerId !== null ? [{ customerId: t.customerId, draft: t.draft }] : [],
    );
    const skipped = good.filter((t) => t.choice === 'skip').length;
    const cards = good.filter((t) => t.choice !== 'skip' && t.draft.card !== undefined).length;
    const outcome = { added: adding.length, merged: merging.length, skipped, cards, left, dryRun: options.dryRun === true };
    if (options.dryRun === true) return outcome;
    await invalidateValues(trx);
    for (const { customerId, draft } of merging) await mergeDraftInto(trx, customerId, draft, at);
    const added = await insertDrafts(trx, adding, at, bulk, options.onProgress);
    const openings = [...merging, ...added].filter((o) => o.draft.card !== undefined);
    if (openings.length > 0) await writeCardOpenings(trx, openings, now, options.locale ?? 'zh-CN', await defaultCurrency(trx));
    return outcome;
  };
  if (options.dryRun === true) return run(db);
  const write = (book: Db) => book.transaction().execute(run);
  return checkpointAfter(db, () =>
    parsed.length >= bulk.customers && !bulk.checkReferences ? withoutForeignKeyChecks(db, write) : write(db),
  );
}

/** Refuses the whole file, naming the first rows and their problems, unless the caller leaves such rows out. */
function refuseProblems(bad: readonly RowDraft[], options: ImportOptions): void {
  if (bad.length === 0 || options.problemRows === 'skip') return;
  const first = bad.reduce((a, b) => (b.row < a.row ? b : a));
  throw AppError.saying('INVALID_INPUT', 'importRowProblems', { problems: problemSummary(bad), count: bad.length, row: first.row });
}

/**
 * From this many rows an import is a bulk write: its references go unchecked (it makes them all
 * itself) and, when the rows are a quarter of the book or more, the indexes they fill are built
 * once at the end instead of written into. Tests lower it to run the bulk path on a few rows; the bench
 * checks references to time the import as it was.
 */
export const bulkImport = { customers: 10_000, checkReferences: false };

/** The tables insertStep writes to, lookup keys included. */
const importTables = ['customers', 'customer_phones', 'customer_tags', 'preferences', 'important_dates', 'search_keys'] as const;

/**
 * Runs an import's writes; when it adds many customers (a quarter of the book or more) the
 * secondary indexes of the tables it fills are dropped meanwhile and built once at the end.
 */
async function whileIndexingManyCustomers(db: Db, adding: number, bulk: typeof bulkImport, write: () => Promise<void>): Promise<void> {
  const many = adding >= bulk.customers && adding * 4 >= (await countCustomers(db)) + adding;
  await (many ? withIndexesRebuiltAfter(db, importTables, write) : write());
}

/** How many customers an import writes between two progress reports. */
const customersPerStep = 5000;

export type ImportProgress = (done: number, total: number) => void;

/**
 * Adds customers from import drafts, their lookup keys included, inside the caller's transaction.
 * New customers have no visits yet, so visit statistics need nothing. With a progress callback the
 * import lets the event loop turn between steps, so a progress call can be answered; other calls
 * touching the book wait for the transaction, as kysely holds the one connection until it ends.
 */
async function insertDrafts(
  trx: Db,
  drafts: RowDraft[],
  at: string,
  bulk: typeof bulkImport,
  onProgress?: ImportProgress,
): Promise<{ customerId: string; draft: RowDraft }[]> {
  const added: { customerId: string; draft: RowDraft }[] = [];
  await whileIndexingManyCustomers(trx, drafts.length, bulk, async () => {
    for (let i = 0; i < drafts.length; i += customersPerStep) {
      const step = drafts.slice(i, i + customersPerStep);
      const batch = importBatch(step, at);
      // importBatch makes one customer per draft, in order.
      batch.customers.forEach((c, j) => {
        const draft = step[j];
        if (draft !== undefined && draft.card !== undefined) added.push({ customerId: c.id, draft });
      });
      await writeBatch(trx, batch);
      if (onProgress !== undefined) {
        onProgress(Math.min(i + customersPerStep, drafts.length), drafts.length);
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  });
  return added;
}
