import { createHash } from 'node:crypto';
import { AppError } from '../../api/app-error';
import type { Db } from '../../db/database';
import { inTransaction } from '../../db/in-transaction';
import { applyDocuments, applyField } from './apply-documents.service';
import { readDocument, type DocumentBody } from './document-rows.repository';
import type { DocumentCipher, StoredDocument } from './document-cipher';
import type { FieldLoss } from './field-merge';
import type { Replica } from './pouch';

/** The "revision" of a record of a document set aside because what it belonged to was deleted on another counter. */
export const orphanedRev = 'orphaned';

/** A document two counters wrote before either saw the other's: the version every device kept and the other. */
export interface FoundConflict {
  docId: string;
  /** The id the copy holds it under (sealed for a protected book). */
  storedId: string;
  /** The other version says what the kept one says: let go without a record. */
  same: boolean;
  /** The other version is a conflict's record settled where the kept one is not: the book takes it back as its own write. */
  revive?: boolean;
  keptRev: string;
  otherRev: string;
  other: DocumentBody | null;
}

/** Each losing revision of the documents given, read from the copy (before they are let go). */
export async function losingVersions(
  replica: Replica,
  docs: readonly { id: string; rev: string; conflicts: readonly string[]; winner: StoredDocument }[],
  cipher: DocumentCipher,
): Promise<FoundConflict[]> {
  const found: FoundConflict[] = [];
  for (const doc of docs) {
    const winner = cipher.open(doc.id, doc.winner, false)?.body ?? null;
    const kept = JSON.stringify(winner);
    for (const rev of doc.conflicts) {
      const stored = await replica.get(doc.id, { rev });
      const opened = cipher.open(doc.id, stored, stored._deleted === true);
      if (opened === null) continue;
      // Nothing to choose between when both say the same (two counters of a protected book sealed
      // the same document apart), nor over a conflict's own record: the loser is only let go.
      const record = opened.docId.startsWith('conflict/');
      const same = record || JSON.stringify(opened.body) === kept;
      // A record settled on one counter and written again unsettled on another (recorded there
      // before the settling reached it) stays settled, whichever revision won.
      const revive = record && settledIn(opened.body) && !settledIn(winner);
      found.push({ docId: opened.docId, storedId: doc.id, keptRev: doc.rev, otherRev: rev, other: opened.body, same, revive });
    }
  }
  return found;
}

/** A recorded version as a body; one that does not read as one (a hub's forgery) shows as nothing rather than failing the page. */
function parsedBody(text: string | null): DocumentBody | null {
  if (text === null) return null;
  try {
    const body = JSON.parse(text) as unknown;
    return typeof body === 'object' && body !== null && 'rows' in body && typeof body.rows === 'object' && body.rows !== null
      ? (body as DocumentBody)
      : null;
  } catch {
    return null;
  }
}

const settledIn = (body: DocumentBody | null) => body?.rows.sync_conflicts?.[0]?.settled != null;

/**
 * Records conflicts in the caller's transaction, each under an id made of the document and the
 * losing revision: every device that meets the same conflict writes the same record, which
 * replicates like any document.
 */
export async function recordConflicts(db: Db, found: readonly FoundConflict[]): Promise<void> {
  for (const c of found) {
    if (c.same) continue;
    await db
      .insertInto('sync_conflicts')
      .values({
        id: `${c.docId}@${c.otherRev}`,
        doc_id: c.docId,
        kept_rev: c.keptRev,
        other_rev: c.otherRev,
        other_body: c.other === null ? null : JSON.stringify(c.other),
        settled: null,
        settled_at: null,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
}

/**
 * Records, in the caller's transaction, each value of a document merged by field that a newer one
 * replaced without having seen it, under an id made of the document, the field and the losing
 * stamp: every counter that merges the same versions records the same, once. (Two counters' values
 * from before either stamped anything are told apart by what they said.)
 */
export async function recordLosses(db: Db, docId: string, keptRev: string, losses: readonly FieldLoss[]): Promise<void> {
  for (const loss of losses) {
    const body = JSON.stringify(loss.body);
    const at = loss.at !== '' ? loss.at : `unstamped-${createHash('sha256').update(body).digest('hex').slice(0, 16)}`;
    await db
      .insertInto('sync_conflicts')
      .values({ id: `${docId}#${loss.field}@${at}`, doc_id: docId, kept_rev: keptRev, other_rev: at, other_body: body, field: loss.field })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
}

/** Lets the losing revisions go from the copy once recorded, so the document's history stays one line. */
export async function letLosersGo(replica: Replica, found: readonly FoundConflict[]): Promise<void> {
  const losers = found.filter((c) => c.otherRev !== orphanedRev);
  if (losers.length === 0) return;
  await replica.bulkDocs(losers.map((c) => ({ _id: c.storedId, _rev: c.otherRev, _deleted: true })));
}

export interface OpenConflict {
  id: string;
  docId: string;
  other: DocumentBody | null;
  /** The one field whose value lost (a customer merged field by field); null: the whole document. */
  field: string | null;
}

/** The conflicts nobody has settled yet, for the Sync page. */
export async function openConflicts(db: Db): Promise<OpenConflict[]> {
  const rows = await db
    .selectFrom('sync_conflicts')
    .select(['id', 'doc_id', 'other_body', 'field'])
    .where('settled', 'is', null)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, docId: r.doc_id, other: parsedBody(r.other_body), field: r.field }));
}

/**
 * Settles a conflict as the owner chose: keep what every device kept, or take the other counter's
 * version, which the book then holds and sends as its newest revision. Settling replicates too.
 */
export async function settleConflict(db: Db, id: string, choice: 'kept' | 'took_other', now: Date): Promise<void> {
  await inTransaction(db, async (trx) => {
    const row = await trx.selectFrom('sync_conflicts').selectAll().where('id', '=', id).executeTakeFirst();
    if (row === undefined || row.settled !== null) return;
    // Its customer is gone from every counter: there is nowhere to put it back.
    if (choice === 'took_other' && row.other_rev === orphanedRev) throw AppError.saying('CONFLICT', 'syncOrphanCustomerGone');
    if (choice === 'took_other' && row.field !== null) {
      const value = parsedBody(row.other_body);
      if ((await readDocument(trx, row.doc_id)) === null) throw AppError.saying('CONFLICT', 'syncOrphanCustomerGone');
      if (value !== null) await applyField(trx, row.doc_id, value);
    } else if (choice === 'took_other') {
      const other = parsedBody(row.other_body);
      await applyDocuments(trx, [{ id: row.doc_id, body: other }], 'owner');
    }
    await trx.updateTable('sync_conflicts').set({ settled: choice, settled_at: now.toISOString() }).where('id', '=', id).execute();
  });
}
