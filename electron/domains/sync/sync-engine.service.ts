import type PouchDB from 'pouchdb-core';
import type { Db } from '../../db/database';
import { inTransaction } from '../../db/in-transaction';
import { applyPulledBatch, type PulledDocument } from './pull-batch';
import { applyDocuments } from './apply-documents.service';
import { mergeShapeOf, readDocument, type DocumentBody } from './document-rows.repository';
import { mergeVersions } from './field-merge';
import { plainCipher, type DocumentCipher, type StoredDocument } from './document-cipher';
import { letLosersGo, losingVersions, recordLosses } from './conflicts.service';
import { mergeFound, mergesByField, writeMerged } from './merge-conflicted';
import { removeSent, waitingDocuments } from './outbox.repository';
import { recordApplied } from './copy-binding';
import { killPoint } from '../protection/kill-point';
import { replicate, type Replica } from './pouch';
import { writeSyncState } from './sync-state.repository';
import { appliedKey, appliedSince, lastSyncedKey } from './sync-status.service';

/** How many documents move between the book and its PouchDB copy at a time. */
const batchSize = 500;

const sameBody = (a: DocumentBody | null, b: DocumentBody | null) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What the book sends of a document: as it holds it, or for a customer the copy holds a version of
 * that the book has not applied (written here meanwhile), both merged field by field, the book
 * taking the merge and recording what lost, in one transaction.
 */
async function bookVersion(db: Db, docId: string, holds: DocumentBody | null, holdsRev: string): Promise<DocumentBody | null> {
  const body = await readDocument(db, docId);
  if (holds === null || body === null || sameBody(holds, body) || !mergesByField(docId)) return body;
  return inTransaction(db, async (trx) => {
    const now = await readDocument(trx, docId);
    if (now === null) return null;
    const { merged, losses } = mergeVersions(await mergeShapeOf(trx, docId), [now, holds]);
    if (!sameBody(merged, now)) await applyDocuments(trx, [{ id: docId, body: merged }], 'hub');
    await recordLosses(trx, docId, holdsRev, losses);
    return merged;
  });
}

/**
 * Moves what the outbox says was written into the PouchDB copy, as new revisions of each document
 * (or deletions), until the outbox is empty; answers how many documents were written. Idempotent: a
 * document the copy already holds as the book does is not written again, so a crash between the
 * copy's write and the outbox's removal only sends it twice, and the second time is nothing.
 */
export async function pushOutbox(db: Db, replica: Replica, cipher: DocumentCipher = plainCipher, signal?: AbortSignal): Promise<number> {
  let written = 0;
  for (;;) {
    signal?.throwIfAborted();
    const batch = await waitingDocuments(db, batchSize);
    if (batch.length === 0) return written;
    const held = await replica.allDocs({ keys: batch.map((r) => cipher.idOf(r.doc_id)), include_docs: true });
    const docs: (StoredDocument & PouchDB.Meta)[] = [];
    for (const [i, row] of batch.entries()) {
      const current = held.rows[i];
      const rev = current !== undefined && 'value' in current ? current.value.rev : undefined;
      const live = current !== undefined && 'value' in current && current.value.deleted !== true ? (current.doc ?? undefined) : undefined;
      const holds = live === undefined ? null : (cipher.open(live._id, live, false)?.body ?? null);
      const body = await bookVersion(db, row.doc_id, holds, rev ?? '');
      if (sameBody(holds, body)) continue;
      // A deletion keeps its sealed id inside it, so a protected book's counters know what was deleted.
      const id = cipher.idOf(row.doc_id);
      docs.push(
        body === null
          ? { _id: id, _rev: rev, _deleted: true, ...cipher.seal(row.doc_id, null) }
          : { _id: id, _rev: rev, ...cipher.seal(row.doc_id, body) },
      );
    }
    if (docs.length > 0) {
      const results = await replica.bulkDocs(docs);
      const failed = results.find((r) => 'error' in r);
      if (failed !== undefined && 'error' in failed)
        throw new Error(`sync: the copy refused ${failed.id ?? 'a document'}: ${failed.message ?? String(failed.error)}`);
      written += docs.length;
    }
    killPoint('sync-pushed');
    await removeSent(db, batch);
  }
}

/**
 * Applies to the book what the PouchDB copy holds that the book has not applied yet (what
 * replication brought from the hub, and each conflict's winner), in one transaction per batch
 * together with how far it got and a record of each conflict's other version, so a crash applies a
 * batch whole or not at all and never twice; the copy then lets the recorded losers go.
 * A document the outbox still holds (written here meanwhile) is left for the next push, which
 * makes it the newest revision. Answers how many documents changed in the book.
 */
export async function pullIncoming(db: Db, replica: Replica, cipher: DocumentCipher = plainCipher, signal?: AbortSignal): Promise<number> {
  let changed = 0;
  for (;;) {
    signal?.throwIfAborted();
    const since = await appliedSince(db);
    const feed = await replica.changes({ since, include_docs: true, conflicts: true, limit: batchSize });
    if (feed.results.length === 0) return changed;
    const conflicted = feed.results.flatMap((r) =>
      r.doc?._conflicts === undefined || r.doc._conflicts.length === 0
        ? []
        : [{ id: r.id, rev: r.doc._rev, conflicts: r.doc._conflicts, winner: r.doc }],
    );
    // What this book cannot read (another book's documents on a shared hub, a key it lacks) is left alone.
    const pulled: PulledDocument[] = feed.results.flatMap((r) => {
      const opened = r.doc === undefined || r.id.startsWith('_design/') ? null : cipher.open(r.id, r.doc, r.deleted === true);
      return opened === null ? [] : [{ id: opened.docId, body: opened.body, rev: r.doc?._rev ?? r.changes[0]?.rev ?? '' }];
    });
    // A customer two counters changed apart is merged field by field; the book takes the merge.
    const { found, merged } = await mergeFound(
      db,
      new Map(pulled.map((d) => [d.id, d.body])),
      await losingVersions(replica, conflicted, cipher),
    );
    const mergedBody = new Map(merged.map((m) => [m.docId, m.merged]));
    const docs = pulled.map((d) => ({ ...d, body: mergedBody.get(d.id) ?? d.body }));
    // The merge goes into the copy first: cut short here, the next round meets the same conflict,
    // merges to the same document and finds it already written.
    await writeMerged(replica, cipher, merged);
    changed += await inTransaction(db, async (trx) => {
      const count = await applyPulledBatch(trx, replica, cipher, docs, found);
      for (const m of merged) await recordLosses(trx, m.docId, m.keptRev, m.losses);
      await writeSyncState(trx, appliedKey, String(feed.last_seq));
      return count;
    });
    killPoint('sync-applied');
    await letLosersGo(replica, found);
    await recordApplied(replica, feed.last_seq);
  }
}

export interface SyncReport {
  pushed: number;
  pulled: number;
}

/**
 * One round with the hub: the book's writes into the copy, the copy replicated both ways with the
 * hub (PouchDB keeps its checkpoints on both sides), then what came back applied to the book.
 * `signal` stops it between batches: each step is whole or undone, so the next round goes on.
 */
export async function syncOnce(
  db: Db,
  replica: Replica,
  hub: PouchDB.Database | string,
  cipher: DocumentCipher = plainCipher,
  signal?: AbortSignal,
): Promise<SyncReport> {
  // What the copy holds and the book has not applied yet (a round cut short) comes in first, so a
  // push never writes over a version the book has not seen without recording it.
  let pulled = await pullIncoming(db, replica, cipher, signal);
  const pushed = await pushOutbox(db, replica, cipher, signal);
  // Applying may write into the copy (a merge of a customer two counters changed, the losing
  // versions let go): that goes to the hub in the same round, so a round ends with the hub holding
  // what this counter decided. A few times at most: two counters deciding at once settle next round.
  // (What applying wrote into the book as its own, a record of a value that lost, goes next round.)
  for (let pass = 0; pass < 3; pass += 1) {
    await replicate(replica, hub, signal);
    const replicated = (await replica.info()).update_seq;
    pulled += await pullIncoming(db, replica, cipher, signal);
    if ((await replica.info()).update_seq === replicated) break;
  }
  await writeSyncState(db, lastSyncedKey, new Date().toISOString());
  return { pushed, pulled };
}
