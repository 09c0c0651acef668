import { sql } from 'kysely';
import { insertTuples, insertRows } from '../../db/bulk';
import type { Db } from '../../db/database';
import { idList } from '../../db/id-list';

export interface KeyRow {
  kind: number;
  key: string;
}

/** One row of search_keys as a tuple, since an import makes about ten per customer. */
export type KeyTuple = [customerId: string, kind: number, key: string];

export function keyTuples(customerId: string, keys: readonly KeyRow[], out: KeyTuple[] = []): KeyTuple[] {
  for (const k of keys) out.push([customerId, k.kind, k.key]);
  return out;
}

export async function replaceKeys(db: Db, customerId: string, keys: KeyRow[]): Promise<void> {
  await db.deleteFrom('search_keys').where('customer_id', '=', customerId).execute();
  await insertKeys(db, keyTuples(customerId, keys));
}

export async function insertKeys(db: Db, rows: KeyTuple[]): Promise<void> {
  await insertTuples(db, 'search_keys', ['customer_id', 'kind', 'key'], rows);
}

// U+10FFFF sorts after every other character in SQLite's binary (UTF-8) order.
const highest = '\u{10FFFF}';

/** Keys of one kind starting with `prefix`: a B-tree range on (kind, key), bounded by LIMIT. */
export async function keysWithPrefix(db: Db, kind: number, prefix: string, limit: number): Promise<{ customer_id: string; key: string }[]> {
  return db
    .selectFrom('search_keys')
    .select(['customer_id', 'key'])
    .where('kind', '=', kind)
    .where('key', '>=', prefix)
    .where('key', '<', `${prefix}${highest}`)
    .orderBy('kind')
    .orderBy('key')
    .limit(limit)
    .execute();
}

export async function docOf(db: Db, entryId: string): Promise<number | undefined> {
  const row = await db.selectFrom('entry_docs').select('doc').where('entry_id', '=', entryId).executeTakeFirst();
  return row?.doc;
}

export async function insertDoc(db: Db, entryId: string, customerId: string): Promise<number> {
  const row = await db
    .insertInto('entry_docs')
    .values({ entry_id: entryId, customer_id: customerId })
    .returning('doc')
    .executeTakeFirstOrThrow();
  return row.doc;
}

/** Bulk insert with doc numbers chosen by the caller (RETURNING order is not guaranteed for many rows). */
export async function insertDocs(db: Db, rows: { doc: number; entry_id: string; customer_id: string }[]): Promise<void> {
  await insertRows(db, 'entry_docs', rows);
}

export async function deleteDoc(db: Db, doc: number): Promise<void> {
  await sql`DELETE FROM entry_terms WHERE rowid = ${doc}`.execute(db);
  await db.deleteFrom('entry_docs').where('doc', '=', doc).execute();
}

export async function writeTerms(db: Db, doc: number, body: string): Promise<void> {
  await sql`DELETE FROM entry_terms WHERE rowid = ${doc}`.execute(db);
  await sql`INSERT INTO entry_terms (rowid, body) VALUES (${doc}, ${body})`.execute(db);
}

export async function insertTerms(db: Db, rows: { doc: number; body: string }[]): Promise<void> {
  await insertTuples(
    db,
    'entry_terms',
    ['rowid', 'body'],
    rows.map((r) => [r.doc, r.body]),
  );
}

/** Diary hits, newest entries first: the FTS match runs first and is bounded before any join. */
export async function matchDiary(db: Db, match: string, limit: number): Promise<{ customer_id: string; entry_id: string }[]> {
  const result = await sql<{ customer_id: string; entry_id: string }>`
    SELECT d.customer_id, d.entry_id
    FROM (SELECT rowid AS doc FROM entry_terms WHERE entry_terms MATCH ${match} ORDER BY rowid DESC LIMIT ${limit}) AS hits
    JOIN entry_docs AS d ON d.doc = hits.doc`.execute(db);
  return result.rows;
}

export async function clearIndex(db: Db): Promise<void> {
  await db.deleteFrom('search_keys').execute();
  await sql`DELETE FROM entry_terms`.execute(db);
  await db.deleteFrom('entry_docs').execute();
}

export interface RankRow {
  id: string;
  name: string;
  address_as: string | null;
  gender: 'female' | 'male' | null;
  last_visit_at: string | null;
}

export async function liveCustomers(db: Db, ids: string[]): Promise<RankRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('customers')
    .select(['id', 'name', 'address_as', 'gender', 'last_visit_at'])
    .where('id', 'in', idList(ids))
    .where('archived_at', 'is', null)
    .execute();
}

/** Pages of live entries for a rebuild, in id order (keyset, no OFFSET). */
export async function entriesPage(db: Db, afterId: string, limit: number): Promise<{ id: string; customer_id: string; text: string }[]> {
  return db
    .selectFrom('entries')
    .select(['id', 'customer_id', 'text'])
    .where('id', '>', afterId)
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function countLiveEntries(db: Db): Promise<number> {
  const row = await db
    .selectFrom('entries')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The naive lookup, kept only so `npm run bench` can show what the index saves: a LIKE scan
 * over names, phones and every diary entry.
 */
export async function naiveLikeScan(db: Db, query: string, limit: number): Promise<string[]> {
  const like = `%${query}%`;
  const result = await sql<{ id: string }>`
    SELECT c.id FROM customers c
    WHERE c.archived_at IS NULL AND (
      c.name LIKE ${like}
      OR EXISTS (SELECT 1 FROM customer_phones p WHERE p.customer_id = c.id AND p.digits LIKE ${like})
      OR EXISTS (SELECT 1 FROM entries e WHERE e.customer_id = c.id AND e.text LIKE ${like}))
    ORDER BY c.last_visit_at DESC LIMIT ${limit}`.execute(db);
  return result.rows.map((r) => r.id);
}

/** Diary terms of every entry of a customer, removed before the customer is deleted for good. */
export async function deleteCustomerTerms(db: Db, customerId: string): Promise<void> {
  await sql`DELETE FROM entry_terms WHERE rowid IN (SELECT doc FROM entry_docs WHERE customer_id = ${customerId})`.execute(db);
  await db.deleteFrom('entry_docs').where('customer_id', '=', customerId).execute();
  await db.deleteFrom('search_keys').where('customer_id', '=', customerId).execute();
}
