import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { Migrator, type Kysely, type MigrationProvider, type NoMigrations } from 'kysely';
import { BookOpenError } from './book-errors';
import { migrationNames, migrations } from './migrations';
import { errorText } from '../../shared/error-text';

const provider: MigrationProvider = { getMigrations: () => Promise.resolve({ ...migrations }) };

export function executedMigrations(sqlite: BetterSqlite3.Database): string[] {
  const table = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'").get();
  if (table === undefined) return [];
  const rows = sqlite.prepare('SELECT name FROM kysely_migration ORDER BY name').all();
  return rows.map((row) => String((row as { name: unknown }).name));
}

export function pendingMigrations(sqlite: BetterSqlite3.Database): string[] {
  const done = new Set(executedMigrations(sqlite));
  return migrationNames.filter((name) => !done.has(name));
}

/** Migrations a book has run that this version does not know: it was written by a newer Shuke. */
export function unknownMigrations(sqlite: BetterSqlite3.Database): string[] {
  const known = new Set(migrationNames);
  return executedMigrations(sqlite).filter((name) => !known.has(name));
}

/** Refuses a book written by a newer Shuke. */
export function assertNotNewer(sqlite: BetterSqlite3.Database): void {
  const unknown = unknownMigrations(sqlite);
  if (unknown.length > 0) {
    throw new BookOpenError(
      'BOOK_TOO_NEW',
      `This customer book was written by a newer version of Shuke (it has ${unknown.join(', ')}). ` +
        'Please update Shuke to open it. The book has not been changed.',
    );
  }
}

/** Runs migrations up (or down) to `target` (default: all); each migration runs in its own transaction. */
export async function migrate<T>(db: Kysely<T>, target?: string | NoMigrations): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = target === undefined ? await migrator.migrateToLatest() : await migrator.migrateTo(target);
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    const reason = errorText(error);
    throw new BookOpenError('MIGRATION_FAILED', `Updating the customer book failed at step ${failed}: ${reason}`);
  }
}
