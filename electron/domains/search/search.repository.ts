import { CompiledQuery, sql } from 'kysely';
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

/** Keys of one kind starting with `prefix`: a B-tree range on (kind, key), bounded by LIMIT. The previous lookup's (bench/previous-lookup.ts). */
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

/** Files an entry's indexed text under its customer as the entry now says (an entry moved to a merge's survivor elsewhere). */
export async function moveDoc(db: Db, doc: number, customerId: string): Promise<void> {
  await db
    .updateTable('entry_docs')
    .set({ customer_id: customerId })
    .where('doc', '=', doc)
    .where('customer_id', '!=', customerId)
    .execute();
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

/** Diary hits, newest entries first: the FTS match runs first and is bounded before any join. The previous lookup's. */
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

/** The previous lookup's (bench/previous-lookup.ts): which candidates are live, with what ranks them. */
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

/** One place the lookup looks, as SQL sees it: a prefix range of one key kind, or a diary match. */
export type SourceQuery = { from: 'keys'; keyKind: number; prefix: string } | { from: 'diary'; match: string };

export interface FoundRow extends RankRow {
  /** Which source (its index in the list given) found the customer. */
  src: number;
  key: string | null;
  entry_id: string | null;
}

/**
 * Each source bounded by its own LIMIT before anything joins, in the order the previous lookup
 * read them: keys by (kind, key, rowid), which is the order of the (kind, key) index, diary hits
 * newest entry first.
 */
function keysPart(src: number): string {
  return `SELECT * FROM (SELECT ${src} AS src, k.rowid AS ord, k.customer_id, k.key, NULL AS entry_id
    FROM search_keys AS k WHERE k.kind = ? AND k.key >= ? AND k.key < ? ORDER BY k.kind, k.key, k.rowid LIMIT ?)`;
}

function diaryPart(src: number, narrowed: boolean): string {
  const match = narrowed ? '(CASE WHEN EXISTS (SELECT 1 FROM entry_terms_instances WHERE term >= ? AND term < ?) THEN ? ELSE ? END)' : '?';
  return `SELECT * FROM (SELECT ${src} AS src, -d.doc AS ord, d.customer_id, NULL AS key, d.entry_id
    FROM (SELECT rowid AS doc FROM entry_terms WHERE entry_terms MATCH ${match} ORDER BY rowid DESC LIMIT ?) AS hits
    JOIN entry_docs AS d ON d.doc = hits.doc)`;
}

/**
 * One Latin word searched as a prefix ("winter"*): FTS5 merges the doclists of every term it
 * starts before it can give the newest hundred. When the index holds no longer term starting with
 * it, the word alone ("winter") finds the same entries and is read newest first, lazily. Only plain
 * ASCII words, which the tokenizer indexes as typed, and only from four letters (shorter ones are
 * mostly initials, where the check would cost more than it saves).
 */
function narrowable(match: string): string | null {
  return /^"([a-z0-9]{4,})"\*$/.exec(match)?.[1] ?? null;
}

// The statement's text depends only on the sources' shape (a dozen shapes in all), so it is built
// once per shape and, through the connection's statement cache, prepared once.
const foundText = new Map<string, string>();

function foundStatement(sources: readonly SourceQuery[]): string {
  const shape = sources.map((s) => (s.from === 'keys' ? 'k' : narrowable(s.match) === null ? 'd' : 'n')).join('');
  let text = foundText.get(shape);
  if (text === undefined) {
    const parts = sources.map((s, src) => (s.from === 'keys' ? keysPart(src) : diaryPart(src, narrowable(s.match) !== null)));
    // CROSS JOIN keeps the bounded hits as the outer loop: each probes customers by its key.
    text = `WITH found AS (${parts.join(' UNION ALL ')})
      SELECT f.src, f.customer_id AS id, f.key, f.entry_id, c.name, c.address_as, c.gender, c.last_visit_at
      FROM found AS f CROSS JOIN customers AS c ON c.id = f.customer_id
      WHERE c.archived_at IS NULL
      ORDER BY f.src, f.key, f.ord`;
    foundText.set(shape, text);
  }
  return text;
}

/**
 * Everything every source found, each bounded by `limit`, with the ranking facts of the live
 * customers among them, in one statement: rows come in source order, then in each source's own.
 */
export async function findAll(db: Db, sources: readonly SourceQuery[], limit: number): Promise<FoundRow[]> {
  if (sources.length === 0) return [];
  const parameters = sources.flatMap((s) => {
    if (s.from === 'keys') return [s.keyKind, s.prefix, `${s.prefix}${highest}`, limit];
    const word = narrowable(s.match);
    return word === null ? [s.match, limit] : [`${word}\u0001`, `${word}${highest}`, s.match, `"${word}"`, limit];
  });
  return (await db.executeQuery<FoundRow>(CompiledQuery.raw(foundStatement(sources), parameters))).rows;
}

export interface HitFactsRow {
  at: number;
  phone_number: string | null;
  phone_digits: string | null;
  purchased_at: string | null;
  item: string | null;
  colour: string | null;
  size: string | null;
  diary_text: string | null;
}

// Each fact is one indexed probe per hit: the first phone by position, the latest live purchase by
// (occurred_at, id) and the first line of that purchase only, and the diary entry found.
const factsText = `SELECT p.key AS at, ph.number AS phone_number, ph.digits AS phone_digits, lp.occurred_at AS purchased_at,
    pl.item, pl.colour, pl.size, de.text AS diary_text
  FROM json_each(?) AS p
  LEFT JOIN customer_phones AS ph ON ph.rowid =
    (SELECT rowid FROM customer_phones WHERE customer_id = p.value ->> 0 ORDER BY position LIMIT 1)
  LEFT JOIN entries AS lp ON lp.id =
    (SELECT id FROM entries WHERE customer_id = p.value ->> 0 AND kind = 'purchase' AND deleted_at IS NULL
      ORDER BY occurred_at DESC, id DESC LIMIT 1)
  LEFT JOIN purchase_lines AS pl ON pl.rowid =
    (SELECT rowid FROM purchase_lines WHERE entry_id = lp.id ORDER BY position LIMIT 1)
  LEFT JOIN entries AS de ON de.id = p.value ->> 1
  ORDER BY p.key`;

/** The facts shown with each hit, in one statement; `hits` is a page (the lookup's limit), in order. */
export async function hitFacts(db: Db, hits: readonly { customerId: string; entryId: string | null }[]): Promise<HitFactsRow[]> {
  if (hits.length === 0) return [];
  const list = JSON.stringify(hits.map((h) => [h.customerId, h.entryId]));
  return (await db.executeQuery<HitFactsRow>(CompiledQuery.raw(factsText, [list]))).rows;
}
