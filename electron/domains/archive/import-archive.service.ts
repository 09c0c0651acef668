import fs from 'node:fs';
import { sql } from 'kysely';
import type { z } from 'zod';
import { archiveSchema, type Archive } from '../../../shared/contract/archive.schema';
import { AppError } from '../../api/app-error';
import type { Db } from '../../db/database';
import { rebuildVisitStats } from '../care/visit-stats.service';
import { insertDates, insertPeople } from '../care/care.repository';
import { countCustomers, findCustomers, insertCustomers, insertPhones, insertTags } from '../customers/customers.repository';
import { insertDetailsMany, insertEntries, insertLines } from '../entries/entries.repository';
import { insertPreferences } from '../preferences/preferences.repository';
import { rebuildSearchIndex } from '../search/search-index.service';
import { readSettings, writeSetting } from '../settings/settings.repository';
import { insertKeptApart } from '../duplicates/duplicates.repository';
import { insertSegmentsKeepingOurs } from '../segments/segments.repository';
import { invalidateValues } from '../value/value.service';
import { checkpointAfter } from '../../db/checkpoint-after';

export interface ImportReport {
  customers: number;
  entries: number;
  skipped: number;
  dryRun: boolean;
}

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
    throw AppError.saying('INVALID_INPUT', 'importNotJson', { reason: error instanceof Error ? error.message : String(error) });
  }
  const parsed = archiveSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((i) => `${where(i)}: ${i.message}`);
    throw AppError.saying('INVALID_INPUT', 'importNotArchive', { reason: first.join('; ') });
  }
  return parsed.data;
}

/**
 * Imports a JSON archive in one transaction: customers already in the book (same id) are left as
 * they are and counted as skipped; everything else comes in whole, then the lookup index and
 * visit statistics are rebuilt. A broken file is refused before anything is written.
 */
export async function importArchive(db: Db, file: string, options: { dryRun?: boolean } = {}): Promise<ImportReport> {
  const archive = parseArchive(fs.readFileSync(file, 'utf8'));
  const dryRun = options.dryRun === true;
  let report: ImportReport = { customers: 0, entries: 0, skipped: 0, dryRun };
  await checkpointAfter(db, async () => {
    await db.transaction().execute(async (trx) => {
      // References between imported customers (referrals, linked people) may point forward.
      await sql`PRAGMA defer_foreign_keys = ON`.execute(trx);
      const wasEmpty = (await countCustomers(trx)) === 0;
      const existing = new Set<string>();
      const ids = archive.customers.map((c) => c.customer.id);
      for (let i = 0; i < ids.length; i += 500) for (const c of await findCustomers(trx, ids.slice(i, i + 500))) existing.add(c.id);
      const incoming = archive.customers.filter((c) => !existing.has(c.customer.id));
      report = {
        customers: incoming.length,
        entries: incoming.reduce((n, c) => n + c.entries.length, 0),
        skipped: archive.customers.length - incoming.length,
        dryRun,
      };
      if (dryRun) return;
      await insertCustomers(
        trx,
        incoming.map((c) => c.customer),
      );
      await insertPhones(
        trx,
        incoming.flatMap((c) => c.phones),
      );
      await insertTags(
        trx,
        incoming.flatMap((c) => c.tags),
      );
      await insertPreferences(
        trx,
        incoming.flatMap((c) => c.preferences),
      );
      await insertPeople(
        trx,
        incoming.flatMap((c) => c.people),
      );
      await insertDates(
        trx,
        incoming.flatMap((c) => c.dates),
      );
      await insertEntries(
        trx,
        incoming.flatMap((c) => c.entries.map((e) => e.entry)),
      );
      await insertLines(
        trx,
        incoming.flatMap((c) => c.entries.flatMap((e) => e.lines)),
      );
      await insertDetailsMany(
        trx,
        incoming.flatMap((c) => c.entries.flatMap((e) => (e.details === null ? [] : [e.details]))),
      );
      await insertKeptApart(trx, archive.keptApart);
      await insertSegmentsKeepingOurs(trx, archive.segments);
      await invalidateValues(trx);
      if (wasEmpty && (await readSettings(trx)).get('currency') === undefined) {
        for (const [key, value] of Object.entries(archive.settings)) {
          if (!key.startsWith('search.') && !key.startsWith('stats.') && !key.startsWith('backup.')) await writeSetting(trx, key, value);
        }
      }
    });
    if (!dryRun && report.customers > 0) {
      await rebuildSearchIndex(db);
      await rebuildVisitStats(db);
    }
  });
  return report;
}
