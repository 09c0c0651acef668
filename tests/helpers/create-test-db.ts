import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { Kysely } from 'kysely';
import { createKysely, openSqlite } from '../../electron/db/connection';
import type { Database } from '../../electron/db/database';
import { migrate } from '../../electron/db/migrate';
import type { ServiceContext } from '../../electron/api/context';
import { createDispatcher, type Dispatcher } from '../../electron/api/dispatcher';
import { openBook } from '../../electron/db/open-book';
import { prepareBook } from '../../electron/domains/maintenance/book-maintenance.service';
import { writeSetting } from '../../electron/domains/settings/settings.repository';

/** An in-memory book migrated to `target` (default: latest), for migration and repository tests. */
export async function createTestDb(target?: string): Promise<{ db: Kysely<Database>; sqlite: BetterSqlite3.Database }> {
  const sqlite = openSqlite(':memory:');
  const db = createKysely(sqlite);
  await migrate(db, target);
  return { db, sqlite };
}

/** The schema as SQLite stores it, for snapshot and migration tests. */
export function schemaOf(sqlite: BetterSqlite3.Database): string {
  const rows = sqlite
    .prepare(
      "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%' ORDER BY type DESC, name",
    )
    .all() as { sql: string }[];
  return `${rows.map((r) => `${r.sql};`).join('\n\n')}\n`;
}

/** Every row of every table, to prove that a refused call wrote nothing. */
export function dumpRows(sqlite: BetterSqlite3.Database): Record<string, unknown[]> {
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
    name: string;
  }[];
  // Shadow tables of the FTS index have no rowid: compare every table as a sorted set of rows. The
  // contentless index itself, and the view of its vocabulary, are not rows of the book.
  const rows = (name: string) =>
    sqlite
      .prepare(`SELECT * FROM "${name}"`)
      .raw()
      .all()
      .map((row) => JSON.stringify(row, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v)))
      .sort();
  return Object.fromEntries(
    tables.filter(({ name }) => name !== 'entry_terms' && name !== 'entry_terms_instances').map(({ name }) => [name, rows(name)]),
  );
}

/** A fixed, advanceable clock so tests can reason about dates. */
export function fixedClock(start = '2026-11-24T09:00:00.000Z') {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    advance(ms: number) {
      current += ms;
    },
    set(iso: string) {
      current = new Date(iso).getTime();
    },
  };
}

export interface TestApp {
  ctx: ServiceContext;
  sqlite: BetterSqlite3.Database;
  dispatch: Dispatcher;
  clock: ReturnType<typeof fixedClock>;
  close(): Promise<void>;
}

/**
 * The test shop's time zone, stored in every test book, so that the book's today (and every answer
 * built on it) is the same whatever zone the tests run in (npm test runs them in two).
 */
export const testTimeZone = 'Asia/Shanghai';

/** A full book (in memory unless a file is given) behind the real dispatcher, as every transport sees it. */
export async function createTestApp(locale: ServiceContext['locale'] = 'zh-CN', file = ':memory:'): Promise<TestApp> {
  const book = await openBook(file);
  await prepareBook(book.db);
  await writeSetting(book.db, 'timeZone', testTimeZone);
  const clock = fixedClock();
  const ctx: ServiceContext = { db: book.db, now: clock.now, locale };
  return { ctx, sqlite: book.sqlite, dispatch: createDispatcher(ctx), clock, close: () => book.close() };
}

/** Calls and unwraps, failing the test with the error message when the call is refused. */
export async function call<T = unknown>(app: TestApp, name: string, input: unknown): Promise<T> {
  const result = await app.dispatch(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}
