import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { refreshLastVisit } from '../diary/entries.service';
import { survivorOf } from '../duplicates/merged-customers.repository';
import { deleteCustomerTerms } from '../search/search.repository';
import { reindexCustomer, reindexEntry } from '../search/search-index.service';
import { readDocument, writeDocument, writeField, parseDocumentId, type DocumentBody } from './document-rows.repository';
import { whileApplyingIncoming } from './outbox-triggers';
import { documentKinds, documentOfRow, isSharedSetting, sharedSettingSql } from './sync-documents';

export interface IncomingDocument {
  id: string;
  /** null: the document was deleted. */
  body: DocumentBody | null;
}

const kindOrder = Object.keys(documentKinds);
const rankOf = (id: string) => kindOrder.indexOf(id.slice(0, id.indexOf('/')));

/** What an entry document is about: its customer, before and after. */
async function customerOfEntry(db: Db, entryId: string): Promise<string | null> {
  const row = await db.selectFrom('entries').select('customer_id').where('id', '=', entryId).executeTakeFirst();
  return row?.customer_id ?? null;
}

/** One document applied, with what the book derives from it (lookup keys, diary terms, visit statistics). */
async function applyOne(db: Db, doc: IncomingDocument, touched: Set<string>, from: 'hub' | 'owner'): Promise<void> {
  const parsed = parseDocumentId(doc.id);
  if (parsed === null) return;
  const id = parsed.key[0] ?? '';
  if (parsed.kind === 'customer' && doc.body === null) await deleteCustomerTerms(db, id);
  const before = parsed.kind === 'entry' ? await customerOfEntry(db, id) : null;
  await writeDocument(db, doc.id, doc.body, from === 'hub' ? 'take' : 'stamp here');
  if (parsed.kind === 'customer' && doc.body !== null) {
    await reindexCustomer(db, id);
    touched.add(id);
  }
  if (parsed.kind === 'entry') {
    await reindexEntry(db, id);
    for (const customerId of [before, await customerOfEntry(db, id)]) if (customerId !== null) touched.add(customerId);
  }
}

/**
 * One document applied under its own savepoint: one the book refuses (a name two counters gave
 * two segments, a column of a newer Shuke) is rolled back alone and answered false, so the rest of
 * the batch applies and the sync goes on; the caller records it for the owner to see.
 */
async function appliedAlone(db: Db, doc: IncomingDocument, touched: Set<string>, from: 'hub' | 'owner'): Promise<boolean> {
  await sql`SAVEPOINT sync_document`.execute(db);
  try {
    await applyOne(db, doc, touched, from);
    await sql`RELEASE sync_document`.execute(db);
    return true;
  } catch {
    await sql`ROLLBACK TO sync_document`.execute(db);
    await sql`RELEASE sync_document`.execute(db);
    return false;
  }
}

/**
 * Makes the book hold what came from the hub, in the caller's transaction, parents before what
 * refers to them (a customer before their entries) and references checked only at the commit, so a
 * batch in any order applies whole or not at all. A document this book already holds exactly is
 * left alone. What came from the hub is not noted in the outbox; what the owner chose here (the
 * other counter's version of a conflict) is, as any write. Answers how many documents changed.
 */
export async function applyDocuments(
  db: Db,
  docs: readonly IncomingDocument[],
  from: 'hub' | 'owner' = 'hub',
  refused?: IncomingDocument[],
): Promise<number> {
  await sql`PRAGMA defer_foreign_keys = ON`.execute(db);
  const ordered = [...docs].sort((a, b) => rankOf(a.id) - rankOf(b.id));
  const touched = new Set<string>();
  let changed = 0;
  const write = from === 'hub' ? (work: () => Promise<void>) => whileApplyingIncoming(db, work) : (work: () => Promise<void>) => work();
  await write(async () => {
    for (const doc of ordered) {
      // This device's own settings (its backup folder, what it computed) are never taken from the hub.
      if (doc.id.startsWith('setting/') && !isSharedSetting(doc.id.slice('setting/'.length))) continue;
      if (JSON.stringify(await readDocument(db, doc.id)) === JSON.stringify(doc.body)) continue;
      if (refused === undefined) await applyOne(db, doc, touched, from);
      else if (!(await appliedAlone(db, doc, touched, from))) {
        refused.push(doc);
        continue;
      }
      changed += 1;
    }
    for (const customerId of touched) {
      const exists = await db.selectFrom('customers').select('id').where('id', '=', customerId).executeTakeFirst();
      if (exists !== undefined) await refreshLastVisit(db, customerId);
    }
  });
  return changed;
}

/** One field of a customer taken back by the owner (a value that lost to another counter's), with the lookup's keys refreshed. */
export async function applyField(db: Db, docId: string, field: DocumentBody): Promise<void> {
  await writeField(db, docId, field);
  const parsed = parseDocumentId(docId);
  if (parsed?.kind === 'customer') await reindexCustomer(db, parsed.key[0] ?? '');
}

/** Every document this book holds, by id: what a first sync offers the hub. */
export async function documentIds(db: Db): Promise<string[]> {
  const ids: string[] = [];
  for (const [kind, model] of Object.entries(documentKinds)) {
    const key = sql.join(
      model.key.map((c) => sql.ref(c)),
      sql` || '/' || `,
    );
    const where = model.root === 'settings' ? sql`WHERE ${sql.raw(sharedSettingSql('settings'))}` : sql``;
    const rows = await sql<{ id: string }>`SELECT ${kind} || '/' || ${key} AS id FROM ${sql.table(model.root)} ${where}`.execute(db);
    // One at a time: spread into push, a kind's million ids (a large book's diary) overflow the stack.
    for (const row of rows.rows) ids.push(row.id);
  }
  return ids;
}

/**
 * A row whose customer was merged away (a diary entry another counter wrote for them offline)
 * moved to the survivor, as the merge would have moved it: written as this book's own, so it goes
 * out. Answers whether it moved.
 */
async function followedMerge(db: Db, table: string, rowid: number, fkid: number): Promise<boolean> {
  const key = (
    await sql<{ id: number; table: string; from: string }>`SELECT id, "table", "from" FROM pragma_foreign_key_list(${table})`.execute(db)
  ).rows.find((k) => k.id === fkid);
  if (key?.table !== 'customers') return false;
  const row = await sql<{ value: unknown }>`SELECT ${sql.ref(key.from)} AS value FROM ${sql.table(table)} WHERE rowid = ${rowid}`.execute(
    db,
  );
  const value = row.rows[0]?.value;
  const survivor = typeof value === 'string' ? await survivorOf(db, value) : null;
  if (survivor === null) return false;
  await sql`UPDATE ${sql.table(table)} SET ${sql.ref(key.from)} = ${survivor} WHERE rowid = ${rowid}`.execute(db);
  if (table === 'entries') {
    const entry = await sql<{ id: string }>`SELECT id FROM entries WHERE rowid = ${rowid}`.execute(db);
    for (const e of entry.rows) await reindexEntry(db, e.id);
  }
  return true;
}

/** The document a row that lost what it refers to belongs under: the parent its broken reference names. */
async function parentOf(db: Db, table: string, rowid: number, fkid: number): Promise<string | null> {
  const key = (
    await sql<{ id: number; table: string; from: string }>`SELECT id, "table", "from" FROM pragma_foreign_key_list(${table})`.execute(db)
  ).rows.find((k) => k.id === fkid);
  const kind = Object.entries(documentKinds).find(([, model]) => model.root === key?.table)?.[0];
  if (key === undefined || kind === undefined) return null;
  const row = await sql<{ value: unknown }>`SELECT ${sql.ref(key.from)} AS value FROM ${sql.table(table)} WHERE rowid = ${rowid}`.execute(
    db,
  );
  const value = row.rows[0]?.value;
  return value === undefined || value === null ? null : `${kind}/${String(value)}`;
}

/**
 * Documents the batch left without what they belong to. First the parent is looked for where the
 * hub's documents wait (`parentFrom`: the device's copy), since a batch of the feed may hold an
 * entry and not yet its customer; applied, the child stays. Only a child whose parent is deleted
 * (a diary entry another counter wrote for a customer this one deleted, offline on both) is taken
 * out of the book and answered, so the caller records it where the owner sees it: never dropped
 * in silence, never a batch that cannot commit and stops every later sync.
 */
export async function setAsideOrphans(db: Db, parentFrom?: (docId: string) => Promise<DocumentBody | null>): Promise<IncomingDocument[]> {
  const orphans: IncomingDocument[] = [];
  const tried = new Set<string>();
  for (let pass = 0; pass < 20; pass += 1) {
    const broken = (await sql<{ table: string; rowid: number | null; fkid: number }>`PRAGMA foreign_key_check`.execute(db)).rows;
    if (broken.length === 0) break;
    const children = new Set<string>();
    let found = false;
    for (const { table, rowid, fkid } of broken) {
      const documentOf = documentOfRow[table];
      if (documentOf === undefined || rowid === null) continue;
      if (await followedMerge(db, table, rowid, fkid)) {
        found = true;
        continue;
      }
      const parent = await parentOf(db, table, rowid, fkid);
      if (parent !== null && !tried.has(parent) && parentFrom !== undefined) {
        tried.add(parent);
        const body = await parentFrom(parent);
        if (body !== null && (await applyDocuments(db, [{ id: parent, body }])) > 0) {
          found = true;
          continue;
        }
      }
      const child = await sql<{
        id: string;
      }>`SELECT ${sql.raw(documentOf('row'))} AS id FROM ${sql.table(table)} AS row WHERE rowid = ${rowid}`.execute(db);
      for (const r of child.rows) children.add(r.id);
    }
    if (found) continue;
    if (children.size === 0) break;
    await whileApplyingIncoming(db, async () => {
      for (const id of children) {
        orphans.push({ id, body: await readDocument(db, id) });
        await writeDocument(db, id, null);
      }
    });
  }
  return orphans;
}
