import type { Db } from '../../db/database';
import { applyDocuments, setAsideOrphans, type IncomingDocument } from './apply-documents.service';
import { orphanedRev, recordConflicts, type FoundConflict } from './conflicts.service';
import type { DocumentCipher } from './document-cipher';
import {
  parseDocumentId,
  readDocument,
  referencedTables,
  refersToMissing,
  type DocumentBody,
  type References,
} from './document-rows.repository';
import { foldMergedBack } from './fold-merged';
import { mergesByField } from './merge-conflicted';
import { waitingDocuments } from './outbox.repository';
import type { Replica } from './pouch';

/** A document of the changes feed, with the revision the copy holds it at. */
export type PulledDocument = IncomingDocument & { rev: string };

const record = (docId: string, otherRev: string, other: DocumentBody | null): FoundConflict => ({
  docId,
  storedId: '',
  keptRev: '',
  otherRev,
  other,
  same: false,
});

/** A document as the device's copy holds it now, from where the book looks for a missing parent. */
function fromCopy(replica: Replica, cipher: DocumentCipher) {
  return async (docId: string): Promise<DocumentBody | null> => {
    try {
      const stored = await replica.get(cipher.idOf(docId));
      return cipher.open(stored._id, stored, stored._deleted === true)?.body ?? null;
    } catch {
      return null;
    }
  };
}

/**
 * Documents set aside for want of their parent, tried again: the parent may have come back since
 * (an edit of a customer on one counter wins over their deletion on another, and the customer
 * returns). Each is applied as the copy holds it now; setAsideOrphans takes out again those whose
 * parent is still gone. Answers the ids tried.
 */
async function revisitSetAside(trx: Db, copy: (docId: string) => Promise<DocumentBody | null>): Promise<string[]> {
  const open = await trx
    .selectFrom('sync_conflicts')
    .select('doc_id')
    .where('other_rev', '=', orphanedRev)
    .where('settled', 'is', null)
    .execute();
  const back: IncomingDocument[] = [];
  for (const { doc_id } of open) {
    if ((await readDocument(trx, doc_id)) !== null) continue;
    const body = await copy(doc_id);
    if (body !== null) back.push({ id: doc_id, body });
  }
  if (back.length > 0) await applyDocuments(trx, back, 'hub', []);
  return back.map((d) => d.id);
}

/** A document set aside that is back in the book with its parent needs nothing from the owner: its record is settled, alike on every counter. */
async function settleReturned(trx: Db, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    if ((await readDocument(trx, id)) === null) continue;
    await trx
      .updateTable('sync_conflicts')
      .set({ settled: 'took_other', settled_at: null })
      .where('doc_id', '=', id)
      .where('other_rev', '=', orphanedRev)
      .where('settled', 'is', null)
      .execute();
  }
}

/**
 * Whether applying the batch may have left a document without what it belongs to. SQLite's own
 * check of every reference reads the whole book: once per batch of 500, a first sync of a book of a
 * million documents would read it 2,000 times. Rows others refer to go only when a document is
 * deleted or a document's parts are replaced (a customer's key people, which their dates name);
 * a batch with neither, that set nothing aside again, can only break a reference by a row of its
 * own naming a missing row, which is asked of those rows alone. Anything else is checked whole.
 */
async function mayLeaveOrphans(trx: Db, docs: readonly PulledDocument[], revisited: readonly string[]): Promise<boolean> {
  if (revisited.length > 0) return true;
  const referenced = await referencedTables(trx);
  const references: References = new Map();
  for (const doc of docs) {
    if (doc.body === null) return true;
    const parts = parseDocumentId(doc.id)?.model.parts ?? [];
    if (parts.some(([table]) => referenced.has(table))) return true;
    if (await refersToMissing(trx, doc.body, references)) return true;
  }
  return false;
}

/**
 * One batch of what came from the hub applied inside the caller's transaction, everything that
 * could not be applied recorded for the owner instead of lost or blocking every later sync:
 * - a document written here meanwhile (still in the outbox) is not applied: the next push makes
 *   this book's version the newest, and the other counter's version is recorded as a conflict;
 * - a document the book refuses (two counters named two segments alike offline) is recorded;
 * - a document whose parent the hub deleted is set aside (its parent is first looked for in the
 *   copy: a batch may bring an entry before its customer) and recorded;
 * - a document of this book's own, not yet sent, that a deletion from the hub took with it is
 *   recorded with what it said.
 */
export async function applyPulledBatch(
  trx: Db,
  replica: Replica,
  cipher: DocumentCipher,
  docs: readonly PulledDocument[],
  found: readonly FoundConflict[],
): Promise<number> {
  const waiting = new Set((await waitingDocuments(trx, Number.MAX_SAFE_INTEGER)).map((r) => r.doc_id));
  const before = new Map<string, DocumentBody>();
  for (const id of waiting) {
    const body = await readDocument(trx, id);
    if (body !== null) before.set(id, body);
  }
  const overwritten = docs
    // A conflict's own record needs no record of its versions: a settled one stays settled (revive).
    // A customer merges field by field with the book's version when it goes out (bookVersion).
    .filter(
      (d) =>
        waiting.has(d.id) &&
        !d.id.startsWith('conflict/') &&
        !mergesByField(d.id) &&
        JSON.stringify(d.body) !== JSON.stringify(before.get(d.id) ?? null),
    )
    .map((d) => record(d.id, d.rev, d.body));
  const refused: IncomingDocument[] = [];
  const count = await applyDocuments(
    trx,
    docs.filter((d) => !waiting.has(d.id)),
    'hub',
    refused,
  );
  await foldMergedBack(trx, docs);
  const copy = fromCopy(replica, cipher);
  const revisited = await revisitSetAside(trx, copy);
  const orphans = (await mayLeaveOrphans(trx, docs, revisited))
    ? (await setAsideOrphans(trx, copy)).map((o) => record(o.id, orphanedRev, o.body))
    : [];
  await settleReturned(trx, revisited);
  const cascaded: FoundConflict[] = [];
  for (const [id, body] of before) if ((await readDocument(trx, id)) === null) cascaded.push(record(id, orphanedRev, body));
  const revs = new Map(docs.map((d) => [d.id, d.rev]));
  await recordConflicts(trx, [
    ...found,
    ...overwritten,
    ...refused.map((d) => record(d.id, revs.get(d.id) ?? 'refused', d.body)),
    ...orphans,
    ...cascaded,
  ]);
  const revived = found.filter((c) => c.revive === true).map((c) => ({ id: c.docId, body: c.other }));
  if (revived.length > 0) await applyDocuments(trx, revived, 'owner');
  return count;
}
