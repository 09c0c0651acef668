import fs from 'node:fs';
import { sql } from 'kysely';
import type { z } from 'zod';
import { archiveSchema, type Archive, type ArchiveImportReport } from '../../../shared/contract/archive.schema';
import type { ParsedInput } from '../../../shared/contract';
import { chosenFile } from '../../api/chosen-files';
import type { ServiceContext } from '../../api/context';
import { englishOf, issueOf } from '../../../shared/contract/validation';
import { AppError } from '../../api/app-error';
import type { Db } from '../../db/database';
import { rebuildVisitStats } from '../entries/visit-stats.service';
import { insertDates, insertPeople } from '../care/care.repository';
import { countCustomers, insertCustomers, insertPhones, insertTags } from '../customers/customers.repository';
import { insertDetailsMany, insertEntries, insertLines } from '../entries/entries.repository';
import { cardHolders, insertCardRows } from '../cards/cards.repository';
import { insertPreferences } from '../preferences/preferences.repository';
import { rebuildSearchIndex } from '../search/search-index.service';
import { readSettings, writeSetting } from '../settings/settings.repository';
import { insertKeptApart } from '../duplicates/duplicates.repository';
import { insertSegmentsKeepingOurs } from '../segments/segments.repository';
import { invalidateValues } from '../value/value.service';
import { valueComputedOnKey } from '../settings/settings.service';
import { checkpointAfter } from '../../db/checkpoint-after';
import { ownersInBook } from './archive.repository';
import { archiveProblems, englishArchiveProblem, planImport, shortId, type BookIds } from './archive-check';
import { greetingRowsToImport } from './archive-greetings';
import { insertGreetingRows } from '../greetings/greetings.repository';
import { errorText } from '../../../shared/error-text';

export type ImportReport = ArchiveImportReport;

/** How many of an archive's problems a refusal lists. */
const problemsShown = 5;

/** "customers.12.entries.3.entry.kind" → "customer 13, entry 4, kind", for a person to find it. */
function where(issue: z.core.$ZodIssue): string {
  const parts: string[] = [];
  const path = issue.path.map(String);
  for (let i = 0; i < path.length; i += 1) {
    const key = path[i] ?? '';
    const next = path[i + 1];
    if ((key === 'customers' || key === 'entries' || key === 'lines' || key === 'phones') && next !== undefined && /^\d+$/.test(next)) {
      parts.push(`${key.replace(/s$/, '').replace('entrie', 'entry')} ${Number(next) + 1}`);
      i += 1;
    } else if (key !== 'customer' && key !== 'entry') parts.push(key);
  }
  return parts.join(', ');
}

export function parseArchive(text: string): Archive {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw AppError.saying('INVALID_INPUT', 'importNotJson', { reason: errorText(error) });
  }
  const parsed = archiveSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, problemsShown).map((i) => `${where(i)}: ${englishOf(issueOf(i))}`);
    // The reason in English is for the command line; the app words the first problem by its key.
    const said = parsed.error.issues[0] === undefined ? null : issueOf(parsed.error.issues[0]);
    throw AppError.saying('INVALID_INPUT', 'importNotArchive', {
      ...said?.params,
      reason: first.join('; '),
      count: parsed.error.issues.length,
      problem: said === null ? '' : englishOf(said),
      problemKey: said?.key ?? 'invalidValue',
    });
  }
  return parsed.data;
}

/** The archive's ids that the book already holds, with what each belongs to. */
async function bookIdsOf(db: Db, archive: Archive): Promise<BookIds> {
  const entries = archive.customers.flatMap((c) => c.entries);
  const [customers, entryOwners, lines, preferences, people, dates] = await Promise.all([
    // Customers the archive names as well as those it holds: a referral may point into the book.
    ownersInBook(db, 'customers', [
      ...archive.customers.flatMap((c) => [
        c.customer.id,
        ...(c.customer.referred_by === null ? [] : [c.customer.referred_by]),
        ...c.people.flatMap((p) => (p.linked_customer_id === null ? [] : [p.linked_customer_id])),
      ]),
      ...archive.keptApart.flatMap((pair) => [pair.first_id, pair.second_id]),
    ]),
    ownersInBook(
      db,
      'entries',
      entries.map((e) => e.entry.id),
    ),
    ownersInBook(
      db,
      'purchase_lines',
      entries.flatMap((e) => e.lines.map((l) => l.id)),
    ),
    ownersInBook(
      db,
      'preferences',
      archive.customers.flatMap((c) => c.preferences.map((p) => p.id)),
    ),
    ownersInBook(
      db,
      'key_people',
      archive.customers.flatMap((c) => [
        ...c.people.map((p) => p.id),
        ...c.dates.flatMap((d) => (d.person_id === null ? [] : [d.person_id])),
      ]),
    ),
    ownersInBook(
      db,
      'important_dates',
      archive.customers.flatMap((c) => c.dates.map((d) => d.id)),
    ),
  ]);
  const cards = await cardHolders(
    db,
    archive.customers.filter((c) => c.card !== null).map((c) => c.customer.id),
  );
  return { customers, entries: entryOwners, lines, preferences, people, dates, cards };
}

/** Settings that describe the book's derived data rather than the shop: each book makes its own. */
function isDerivedSetting(key: string): boolean {
  // device.*: the counter's name and who is at it belong to the device that wrote the archive.
  return (
    key.startsWith('search.') ||
    key.startsWith('stats.') ||
    key.startsWith('backup.') ||
    key.startsWith('device.') ||
    key === valueComputedOnKey
  );
}

/**
 * Imports a JSON archive in one transaction, all or nothing. The archive is checked first: its
 * shape and ids (parseArchive), then that every row's customer, entry or key person is in the
 * archive or already in the book (archiveProblems); a bad archive is refused whole, with its first
 * problems, before anything is written. A customer already in the book keeps its own record and
 * gains the entries, preferences, key people and dates it was missing (planImport). The lookup
 * index and visit statistics are rebuilt inside the same transaction, so a crash leaves either
 * the old book or the new one with its index, never customers the lookup cannot find; values are
 * marked stale there too, after the archive's settings, so the next value question recomputes.
 */
export async function importArchive(db: Db, file: string, options: { dryRun?: boolean } = {}): Promise<ImportReport> {
  const archive = parseArchive(fs.readFileSync(file, 'utf8'));
  const dryRun = options.dryRun === true;
  return checkpointAfter(db, () =>
    db.transaction().execute(async (trx) => {
      // References between imported customers (referrals, linked people) may point forward.
      await sql`PRAGMA defer_foreign_keys = ON`.execute(trx);
      const book = await bookIdsOf(trx, archive);
      const problems = archiveProblems(archive, book);
      if (problems.length > 0) {
        throw AppError.saying('INVALID_INPUT', 'importArchiveProblems', {
          count: problems.length,
          problems: problems.slice(0, problemsShown).map(englishArchiveProblem).join('; '),
          first: shortId(problems[0]?.id ?? ''),
        });
      }
      const plan = planImport(archive, book);
      const report: ImportReport = {
        customers: plan.customers.length,
        customersAlreadyThere: plan.customersAlreadyThere,
        entries: plan.entries.length,
        entriesAlreadyThere: plan.entriesAlreadyThere,
        preferences: plan.preferences.length,
        people: plan.people.length,
        dates: plan.dates.length,
        cards: plan.cards.length,
        dryRun,
      };
      if (dryRun) return report;
      // The shop's settings come first, so that values are marked stale after them: an archive's
      // own "values computed on" day would otherwise tell a book imported the same day that its
      // (still empty) values are up to date, and every tier would show blank.
      const takesSettings = (await countCustomers(trx)) === 0 && (await readSettings(trx)).get('currency') === undefined;
      if (takesSettings) {
        for (const [key, value] of Object.entries(archive.settings)) if (!isDerivedSetting(key)) await writeSetting(trx, key, value);
      }
      await insertCustomers(trx, plan.customers);
      await insertPhones(trx, plan.phones);
      await insertTags(trx, plan.tags);
      await insertPreferences(trx, plan.preferences);
      await insertPeople(trx, plan.people);
      await insertDates(trx, plan.dates);
      await insertEntries(trx, plan.entries);
      await insertLines(trx, plan.lines);
      await insertDetailsMany(trx, plan.details);
      await insertCardRows(trx, { cards: plan.cards, punchCards: plan.punchCards, movements: plan.cardMovements });
      await insertGreetingRows(trx, greetingRowsToImport(archive));
      await insertKeptApart(trx, archive.keptApart);
      await insertSegmentsKeepingOurs(trx, archive.segments);
      const changed = plan.customers.length + plan.entries.length + plan.preferences.length + plan.people.length + plan.dates.length > 0;
      if (changed) {
        await rebuildSearchIndex(trx);
        await rebuildVisitStats(trx);
      }
      if (changed || takesSettings) await invalidateValues(trx);
      return report;
    }),
  );
}

/** The import.archive call: a JSON archive from the file a person chose. */
export function importChosenArchive(ctx: ServiceContext, input: ParsedInput<'import.archive'>): Promise<ImportReport> {
  return importArchive(ctx.db, chosenFile(ctx, input.from), { dryRun: input.dryRun });
}
