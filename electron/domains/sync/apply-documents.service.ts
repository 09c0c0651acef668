import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { refreshLastVisit } from '../diary/entries.service';
import { deleteCustomerTerms } from '../search/search.repository';
import { reindexCustomer, reindexEntry } from '../search/search-index.service';
import { readDocument, writeDocument, parseDocumentId, type DocumentBody } from './document-rows.repository';
import { whileApplyingIncoming } from './outbox-triggers';
import { documentKinds, documentOfRow, sharedSettingSql } from './sync-documents';

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
async function applyOne(db: Db, doc: IncomingDocument, touched: Set<string>): Promise<void> {
  const parsed = parseDocumentId(doc.id);
  if (parsed === null) return;
  const id = parsed.key[0] ?? '';
  if (parsed.kind === 'customer' && doc.body === null) await deleteCustomerTerms(db, id);
  const before = parsed.kind === 'entry' ? await customerOfEntry(db, id) : null;
  await writeDocument(db, doc.id, doc.body);
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
 * Makes the book hold what came from the hub, in the caller's transaction, parents before what
 * refers to them (a customer before their entries) and references checked only at the commit, so a
 * batch in any order applies whole or not at all. A document this book already holds exactly is
 * left alone. What came from the hub is not noted in the outbox; what the owner chose here (the
 * other counter's version of a conflict) is, as any write. Answers how many documents changed.
 */
export async function applyDocuments(db: Db, docs: readonly IncomingDocument[], from: 'hub' | 'owner' = 'hub'): Promise<number> {
  await sql`PRAGMA defer_foreign_keys = ON`.execute(db);
  const ordered = [...docs].sort((a, b) => rankOf(a.id) - rankOf(b.id));
  const touched = new Set<string>();
  let changed = 0;
  const write = from === 'hub' ? (work: () => Promise<void>) => whileApplyingIncoming(db, work) : (work: () => Promise<void>) => work();
  await write(async () => {
    for (const doc of ordered) {
      if (JSON.stringify(await readDocument(db, doc.id)) === JSON.stringify(doc.body)) continue;
      await applyOne(db, doc, touched);
      changed += 1;
    }
    for (const customerId of touched) {
      const exists = await db.selectFrom('customers').select('id').where('id', '=', customerId).executeTakeFirst();
      if (exists !== undefined) await refreshLastVisit(db, customerId);
    }
  });
  return changed;
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
    ids.push(...rows.rows.map((r) => r.id));
  }
  return ids;
}

/**
 * Documents the batch left without what they belong to (a diary entry another counter wrote for
 * a customer this one deleted, offline on both): the deletion stands, and each such document is
 * taken out of the book and answered, so the caller records it where the owner sees it (never
 * dropped in silence, never a batch that cannot commit and stops every later sync).
 */
export async function setAsideOrphans(db: Db): Promise<IncomingDocument[]> {
  const orphans: IncomingDocument[] = [];
  for (let pass = 0; pass < 10; pass += 1) {
    const broken = (await sql<{ table: string; rowid: number | null }>`PRAGMA foreign_key_check`.execute(db)).rows;
    if (broken.length === 0) break;
    const ids = new Set<string>();
    for (const { table, rowid } of broken) {
      const documentOf = documentOfRow[table];
      if (documentOf === undefined || rowid === null) continue;
      const found = await sql<{
        id: string;
      }>`SELECT ${sql.raw(documentOf('row'))} AS id FROM ${sql.table(table)} AS row WHERE rowid = ${rowid}`.execute(db);
      for (const r of found.rows) ids.add(r.id);
    }
    if (ids.size === 0) break;
    await whileApplyingIncoming(db, async () => {
      for (const id of ids) {
        orphans.push({ id, body: await readDocument(db, id) });
        await writeDocument(db, id, null);
      }
    });
  }
  return orphans;
}
