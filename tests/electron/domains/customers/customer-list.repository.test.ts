import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ListFilter } from '../../../../shared/contract';
import { stages, tiers } from '../../../../shared/domain/customer-value';
import { listCustomerPage, type ListQuery, type PageWay } from '../../../../electron/domains/customers/customer-list.repository';
import { previousListCustomers } from '../../../../bench/previous-list.repository';
import { createTestDb } from '../../../helpers/create-test-db';

// Few distinct values, so that ties (same last visit, same spend, same name) are common and the
// order's tie-breaks are exercised; a text filter's characters include LIKE's wildcards.
const days = ['2026-01-05', '2026-06-01', '2026-09-30', '2026-11-20', '2026-11-24'];
const instant = fc.constantFrom(...days.map((d) => `${d}T08:00:00.000Z`), ...days.map((d) => `${d}T20:30:00.000Z`));
const word = fc.constantFrom('王', '王丽', '陈', 'Ann', 'ann', 'A%', 'b_c', '50%', '\\', '');
const tagWord = fc.constantFrom('vip', 'VIP', 'Vip', 'wholesale', '老客户');

const customer = fc.record({
  name: word,
  addressAs: fc.option(word),
  company: fc.option(word),
  phone: fc.option(fc.constantFrom('13800138000', '13912345678', '02012345678')),
  created: instant,
  lastVisit: fc.option(instant),
  visits: fc.integer({ min: 0, max: 4 }),
  archived: fc.boolean(),
  tags: fc.uniqueArray(tagWord, { maxLength: 3 }),
  birthdays: fc.array(
    fc.record({ month: fc.integer({ min: 1, max: 3 }), ofKeyPerson: fc.boolean(), kind: fc.constantFrom('birthday', 'anniversary') }),
    {
      maxLength: 2,
    },
  ),
  // A live customer without values (not yet computed) and an archived one with stale values both happen.
  value: fc.option(
    fc.record({
      tier: fc.constantFrom(...tiers),
      stage: fc.constantFrom(...stages),
      spend: fc.constantFrom(-500, 0, 0, 100, 100, 2500, 90_000),
    }),
    { freq: 4 },
  ),
});

// Each filter narrows a small book a lot: a query sets none, one or two of them, as the list does.
const filters = fc
  .tuple(
    fc.record({
      tiers: fc.uniqueArray(fc.constantFrom(...tiers), { minLength: 1, maxLength: 2 }),
      stages: fc.uniqueArray(fc.constantFrom(...stages), { minLength: 1, maxLength: 2 }),
      tag: tagWord,
      minSpend: fc.constantFrom(0, 100, 2500),
      birthdayMonth: fc.integer({ min: 1, max: 3 }),
    }),
    fc.subarray(['tiers', 'stages', 'tag', 'minSpend', 'birthdayMonth'] as const, { maxLength: 2 }),
  )
  .map(([every, keys]): ListFilter => Object.fromEntries(keys.map((key) => [key, every[key]])));
const sometimes = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(undefined), weight: 2 }, arbitrary);

const listQuery = fc.record({
  query: fc.oneof({ arbitrary: fc.constant(''), weight: 3 }, word, fc.constantFrom(' 王 ', '1234', '138', 'x 800')),
  includeArchived: fc.boolean(),
  limit: fc.integer({ min: 1, max: 12 }),
  // Mostly the first pages, where a small book's rows are; sometimes past the end.
  offset: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 })),
  sort: fc.constantFrom('recent', 'name', 'spend', 'visits'),
  filter: filters,
  seenSince: sometimes(instant),
  notSeenSince: sometimes(instant),
}) satisfies fc.Arbitrary<ListQuery>;

type BookCustomer = typeof customer extends fc.Arbitrary<infer T> ? T : never;

function writeBook(sqlite: BetterSqlite3.Database, customers: readonly BookCustomer[]): void {
  const at = '2026-11-24T09:00:00.000Z';
  customers.forEach((c, i) => {
    // Ids in an order unrelated to insertion, so "newest id first" is not "first written".
    const id = `${((i * 7919) % 997).toString(16).padStart(4, '0')}-${i}`;
    sqlite
      .prepare(
        `INSERT INTO customers (id, name, address_as, company, created_at, updated_at, last_visit_at, visit_count, archived_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, c.name, c.addressAs, c.company, c.created, at, c.lastVisit, c.visits, c.archived ? at : null);
    if (c.phone !== null) sqlite.prepare('INSERT INTO customer_phones VALUES (?, 0, NULL, ?, ?)').run(id, c.phone, c.phone);
    for (const tag of c.tags) sqlite.prepare('INSERT INTO customer_tags VALUES (?, ?)').run(id, tag);
    c.birthdays.forEach((b, k) => {
      let person: string | null = null;
      if (b.ofKeyPerson) {
        person = `${id}-p${k}`;
        sqlite
          .prepare("INSERT INTO key_people (id, customer_id, name, relation, created_at, updated_at) VALUES (?, ?, '妈妈', 'mother', ?, ?)")
          .run(person, id, at, at);
      }
      sqlite
        .prepare(
          "INSERT INTO important_dates (id, customer_id, person_id, kind, calendar, month, day, created_at, updated_at) VALUES (?, ?, ?, ?, 'solar', ?, 1, ?, ?)",
        )
        .run(`${id}-d${k}`, id, person, b.kind, b.month, at, at);
    });
    if (c.value !== null)
      sqlite
        .prepare(
          'INSERT INTO customer_value (customer_id, spend_window, spend_recent, spend_earlier, visits_window, tier, stage) VALUES (?, ?, 0, 0, 0, ?, ?)',
        )
        .run(id, c.value.spend, c.value.tier, c.value.stage);
  });
}

describe('the customer list read through the filter and order indexes', () => {
  it('returns exactly the rows, order and count the previous query did, whichever way a page is read', async () => {
    const { db, sqlite } = await createTestDb();
    await fc.assert(
      fc.asyncProperty(
        fc.array(customer, { minLength: 0, maxLength: 60, size: 'medium' }),
        fc.array(listQuery, { minLength: 1, maxLength: 12 }),
        async (book, queries) => {
          // Everything else goes with its customer (ON DELETE CASCADE).
          sqlite.exec('DELETE FROM customers');
          writeBook(sqlite, book);
          for (const query of queries) {
            const before = await previousListCustomers(db, query);
            const expected = { ids: before.rows.map((r) => r.id), total: before.total };
            for (const way of [undefined, 'walk', 'collect'] satisfies (PageWay | undefined)[]) {
              expect(await listCustomerPage(db, query, way), `${JSON.stringify(query)} read by ${way ?? 'its chosen way'}`).toEqual(
                expected,
              );
            }
          }
        },
      ),
      { numRuns: 150 },
    );
    await db.destroy();
  }, 120_000);
});
