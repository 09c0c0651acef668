import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previousLookup } from '../../../../bench/previous-lookup';
import { writeDemoBook } from '../../../../electron/cli/demo/write-demo-book';
import * as words from '../../../../electron/cli/demo/vocabulary';
import { rebuildVisitStats } from '../../../../electron/domains/entries/visit-stats.service';
import { lookup } from '../../../../electron/domains/search/lookup.service';
import { rebuildSearchIndex, reindexCustomer, reindexEntry } from '../../../../electron/domains/search/search-index.service';
import { pinyinOf } from '../../../../electron/domains/search/search-text';
import { call, createTestApp, type TestApp } from '../../../helpers/create-test-db';

// Enough customers that common initials, surnames and diary words find more than a source's
// bound of 100, so which hundred a source keeps is compared too, not only how they are ranked.
const customers = 1500;

let app: TestApp;
let names: string[] = [];
let phones: string[] = [];
let diary: string[] = [];

beforeAll(async () => {
  app = await createTestApp('zh-CN');
  const db = app.ctx.db;
  await writeDemoBook(db, { customers, seed: 11, now: new Date('2026-11-24T10:00:00Z') });
  await rebuildSearchIndex(db);
  await rebuildVisitStats(db);
  // A book that has lived: some customers edited since the index was built (their keys now come
  // after their namesakes' in the index), some archived, some diary entries trashed.
  const ids = (await db.selectFrom('customers').select('id').orderBy('id').execute()).map((r) => r.id);
  for (const id of ids.filter((_, i) => i % 7 === 3)) await reindexCustomer(db, id);
  const archived = ids.filter((_, i) => i % 29 === 5);
  await db.updateTable('customers').set({ archived_at: '2026-11-01T00:00:00.000Z' }).where('id', 'in', archived).execute();
  const trashed = await db.selectFrom('entries').select('id').where('text', '!=', '').orderBy('id').limit(400).execute();
  for (const { id } of trashed.filter((_, i) => i % 3 === 0)) {
    await db.updateTable('entries').set({ deleted_at: '2026-11-02T00:00:00.000Z' }).where('id', '=', id).execute();
    await reindexEntry(db, id);
  }
  names = (await db.selectFrom('customers').select('name').execute()).map((r) => r.name);
  phones = (await db.selectFrom('customer_phones').select('digits').execute()).map((r) => r.digits);
  diary = (await sql<{ text: string }>`SELECT text FROM entries WHERE text != '' LIMIT 2000`.execute(db)).rows.map((r) => r.text);
}, 120_000);

afterAll(async () => {
  await app.close();
});

/** A piece of `text` from `start`, `size` characters long (Han counted as one). */
function piece(text: string, start: number, size: number): string {
  const chars = [...text];
  const from = start % Math.max(1, chars.length);
  return chars.slice(from, from + size).join('');
}

const pick = <T>(list: () => readonly T[]) => fc.nat().map((i) => list()[i % list().length] as T);

const queries = fc.oneof(
  // Names and their parts, as typed or as the pinyin said for them.
  fc
    .tuple(
      pick(() => names),
      fc.nat(),
      fc.integer({ min: 1, max: 4 }),
    )
    .map(([name, start, size]) => piece(name, start, size)),
  fc
    .tuple(
      pick(() => names),
      fc.integer({ min: 1, max: 12 }),
    )
    .map(([name, size]) => (pinyinOf(name)?.full ?? name).slice(0, size)),
  fc
    .tuple(
      pick(() => names),
      fc.integer({ min: 1, max: 3 }),
    )
    .map(([name, size]) => (pinyinOf(name)?.initials ?? name).slice(0, size)),
  fc.constantFrom('z', 'w', 'l', 'c', 'zw', 'wl', 'zs', '王', '陈', '李', '張', 'an', 'chen'),
  // Phone tails and whole numbers.
  fc
    .tuple(
      pick(() => phones),
      fc.integer({ min: 3, max: 11 }),
    )
    .map(([digits, size]) => digits.slice(-size)),
  pick(() => phones),
  // Diary words: pieces of real entries, and the demo's Latin words.
  fc
    .tuple(
      pick(() => diary),
      fc.nat(),
      fc.integer({ min: 2, max: 4 }),
    )
    .map(([text, start, size]) => piece(text, start, size)),
  fc.constantFrom('拉链', '藏青', '外套', 'winter', 'zip', 'navy', 'silk'),
  // Latin words of the diary cut short, so a prefix search finds longer words, or only itself.
  fc
    .tuple(
      pick(() => diary),
      fc.nat(),
      fc.integer({ min: 3, max: 9 }),
    )
    .map(([text, at, size]) => {
      const latin = text.toLowerCase().match(/[a-z]+/g) ?? ['winter'];
      return (latin[at % latin.length] ?? 'winter').slice(0, size);
    }),
  // Fields and forms of address.
  fc.constantFrom(...words.tags, ...words.likes, ...words.companies.map((c) => piece(c, 0, 2))),
  fc
    .tuple(fc.constantFrom(...words.surnamesSimplified, ...words.surnamesTraditional), fc.constantFrom('先生', '女士', '姐', '老师'))
    .map(([surname, form]) => `${surname}${form}`),
  fc.tuple(fc.constantFrom('Mr', 'Ms', 'Mrs'), fc.constantFrom(...words.englishLast)).map(([form, last]) => `${form} ${last}`),
  // Misses and noise.
  fc.string({ minLength: 1, maxLength: 6 }),
  fc.constantFrom('xyzq', '没有这个人', '99999999', 'qqqqq', '龘', ' ', '--'),
);

describe('lookup in two statements', () => {
  it('answers every query with the same hits, in the same order, as the previous lookup', async () => {
    let found = 0;
    await fc.assert(
      fc.asyncProperty(queries, fc.integer({ min: 1, max: 50 }), async (query, limit) => {
        const now = await lookup(app.ctx, { query, limit });
        expect(now).toEqual(await previousLookup(app.ctx, { query, limit }));
        found += now.hits.length;
      }),
      { numRuns: 400 },
    );
    // The property means little if the queries found nobody.
    expect(found).toBeGreaterThan(2000);
  }, 120_000);

  it('compares lookups whose sources reach their bound', async () => {
    const many = await lookup(app.ctx, { query: 'z', limit: 50 });
    expect(many.hits).toHaveLength(50);
    expect(many).toEqual(await previousLookup(app.ctx, { query: 'z', limit: 50 }));
  });

  it('keeps namesakes never seen in the same order after one of them was edited', async () => {
    const shop = await createTestApp('zh-CN');
    try {
      const first = await call<{ id: string }>(shop, 'customers.create', { name: '张伟' });
      await call(shop, 'customers.create', { name: '张伟' });
      await call(shop, 'customers.create', { name: '张伟' });
      // The edit rewrites the first one's keys, so the index now finds it last.
      await call(shop, 'customers.update', { id: first.id, patch: { company: '华美服饰' } });
      const now = await lookup(shop.ctx, { query: '张伟', limit: 10 });
      expect(now.hits).toHaveLength(3);
      expect(now).toEqual(await previousLookup(shop.ctx, { query: '张伟', limit: 10 }));
    } finally {
      await shop.close();
    }
  });
});
