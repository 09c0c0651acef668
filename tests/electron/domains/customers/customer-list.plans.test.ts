import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { stages, tiers } from '../../../../shared/domain/customer-value';
import type { Database } from '../../../../electron/db/database';
import {
  cheaperWay,
  listCustomerPage,
  type ListQuery,
  type PageWay,
} from '../../../../electron/domains/customers/customer-list.repository';
import { pages } from '../../../../bench/list-pages';
import { createTestDb } from '../../../helpers/create-test-db';

/** A book where every filter of the bench's pages matches some customers, but not all. */
function writeBook(sqlite: BetterSqlite3.Database): void {
  const at = '2026-11-24T09:00:00.000Z';
  for (let i = 0; i < 240; i += 1) {
    const id = `c${String((i * 37) % 240).padStart(3, '0')}`;
    const lastVisit = i % 7 === 0 ? null : `2026-${String((i % 11) + 1).padStart(2, '0')}-15T10:00:00.000Z`;
    sqlite
      .prepare(
        'INSERT INTO customers (id, name, created_at, updated_at, last_visit_at, visit_count, archived_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(id, i % 5 === 0 ? `王${i}` : `客${i}`, '2025-01-01T00:00:00.000Z', at, lastVisit, i % 9, i % 13 === 0 ? at : null);
    sqlite
      .prepare(
        'INSERT INTO customer_value (customer_id, spend_window, spend_recent, spend_earlier, visits_window, tier, stage) VALUES (?, ?, 0, 0, 0, ?, ?)',
      )
      .run(id, (i % 17) * 20_000, tiers[i % tiers.length] ?? 'regular', stages[i % stages.length] ?? 'growth');
    if (i % 3 === 0) sqlite.prepare("INSERT INTO customer_tags VALUES (?, 'VIP')").run(id);
    if (i % 6 === 1) sqlite.prepare("UPDATE customers SET responsible = '小王' WHERE id = ?").run(id);
    if (i % 4 === 0)
      sqlite
        .prepare(
          "INSERT INTO important_dates (id, customer_id, kind, calendar, month, day, created_at, updated_at) VALUES (?, ?, 'birthday', 'solar', ?, 1, ?, ?)",
        )
        .run(`d${id}`, id, (i % 3) + 2, at, at);
  }
}

/** The plan of every query one call makes, one line per step of each. */
async function plansOf(sqlite: BetterSqlite3.Database, run: (db: Kysely<Database>) => Promise<unknown>): Promise<string[][]> {
  const seen: { sql: string; parameters: readonly unknown[] }[] = [];
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    log: (event) => {
      if (event.level === 'query') seen.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  await run(db);
  return seen.map((query) =>
    (sqlite.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.parameters) as { detail: string }[]).map((row) => row.detail),
  );
}

// What each of the bench's pages is designed to read (besides the archived-customer check).
const designed: Record<string, string> = {
  recent: 'customers_live_recent',
  'by name': 'customers_live_name',
  'by name, page 500': 'customers_live_name',
  'by spend': 'customer_value_spend',
  'by visits': 'customers_live_visits',
  'tier VIP': 'customer_value_tier',
  'at risk, by spend': 'customer_value_tier',
  'stage growth': 'customer_value_stage',
  'spent ≥ 1,000': 'customer_value_spend',
  'seen within 30 days': 'customers_live_seen',
  'not seen for 180 days': 'customers_live_seen',
  'tag vip': 'customer_tags_folded',
  'birthday in March': 'important_dates_birthday',
  'my customers': 'customers_responsible',
  'text 王': 'customers_live_name',
};

describe('what a page of the customer list reads', () => {
  it('walks the order when matches are common and collects them when they are few', () => {
    const firstPage = { offset: 0, limit: 100 };
    expect(cheaperWay(firstPage, 17_000, 100_000)).toBe('walk');
    expect(cheaperWay(firstPage, 500, 100_000)).toBe('collect');
    expect(cheaperWay({ offset: 1_000, limit: 100 }, 17_000, 100_000)).toBe('walk');
    expect(cheaperWay({ offset: 4_900, limit: 100 }, 5_000, 100_000)).toBe('collect');
  });

  it('never scans a whole table, and sorts only the matches it collected', async () => {
    const { db, sqlite } = await createTestDb();
    writeBook(sqlite);
    for (const [name, input] of pages) {
      const list: ListQuery = {
        ...input,
        limit: 10,
        offset: Math.min(input.offset, 20),
        seenSince: input.filter.seenWithinDays === undefined ? undefined : '2026-10-25T16:00:00.000Z',
        notSeenSince: input.filter.notSeenForDays === undefined ? undefined : '2026-05-28T16:00:00.000Z',
      };
      for (const way of [undefined, 'walk', 'collect'] satisfies (PageWay | undefined)[]) {
        const plans = await plansOf(sqlite, (logged) => listCustomerPage(logged, list, way));
        const steps = plans.flat();
        const where = `${name}, read by ${way ?? 'its chosen way'}:\n${plans.map((p) => p.join('; ')).join('\n')}`;
        expect(steps.join('\n'), where).toContain(designed[name]);
        // A whole table read row by row (a scan of the matches collected in a subquery is not one).
        expect(
          steps.filter((step) => /^SCAN (customers|customer_value|customer_tags|important_dates|customer_phones|[cvtb])$/.test(step)),
          where,
        ).toEqual([]);
        // A walk reads in the order's index and stops after its page; only collected matches are sorted.
        if (way === 'walk')
          expect(
            steps.filter((step) => step.includes('TEMP B-TREE')),
            where,
          ).toEqual([]);
      }
    }
    await db.destroy();
  });
});
