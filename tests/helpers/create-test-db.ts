import { Kysely } from 'kysely';
import { createKysely, openSqlite } from '../../electron/db/connection';
import type { Database } from '../../electron/db/database';
import { migrate } from '../../electron/db/migrate';
import type { ServiceContext } from '../../electron/api/context';
import { createDispatcher, type Dispatcher } from '../../electron/api/dispatcher';
import { openBook } from '../../electron/db/open-book';

/** An in-memory book migrated to `target` (default: latest), for migration and repository tests. */
export async function createTestDb(target?: string): Promise<Kysely<Database>> {
  const db = createKysely(openSqlite(':memory:'));
  await migrate(db, target);
  return db;
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
  dispatch: Dispatcher;
  clock: ReturnType<typeof fixedClock>;
  close(): Promise<void>;
}

/** A full in-memory book behind the real dispatcher, as every transport sees it. */
export async function createTestApp(locale: ServiceContext['locale'] = 'zh-CN'): Promise<TestApp> {
  const book = await openBook(':memory:');
  const clock = fixedClock();
  const ctx: ServiceContext = { db: book.db, now: clock.now, locale };
  return { ctx, dispatch: createDispatcher(ctx), clock, close: () => book.close() };
}

/** Calls and unwraps, failing the test with the error message when the call is refused. */
export async function call<T = unknown>(app: TestApp, name: string, input: unknown): Promise<T> {
  const result = await app.dispatch(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}
