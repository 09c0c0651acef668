import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Db } from '../../db/database';
import { inTransaction } from '../../db/in-transaction';
import { readSettings } from '../settings/settings.repository';
import { documentIds } from './apply-documents.service';
import type { DocumentCipher } from './document-cipher';
import { offerAll, type HubConfig } from './hub-config.repository';
import { openReplica, replicate, type Replica } from './pouch';
import type PouchDB from 'pouchdb-core';
import { readSyncState, writeSyncState } from './sync-state.repository';
import { appliedKey, appliedSince } from './sync-status.service';

/**
 * The copy's own record of itself, a local document (never replicated): which copy it is, which
 * hub database and mode it replicates, and how far the book said it had applied its changes.
 */
interface CopyRecord {
  copyId: string;
  hub: string;
  mode: HubConfig['mode'];
  applied: number | string;
}

const recordId = '_local/shuke-copy';
/** The copy the book's checkpoint counts in: the same id is in the copy's record. */
export const copyIdKey = 'replica.copyId';
/** The book's last restore (its setting restore.at) when the copy was made: another one means the book is of another moment. */
const restoreSeenKey = 'replica.restoreSeen';
/** Set while a copy made again has not yet been filled from the hub. */
const seedingKey = 'replica.seeding';
/** Set when the book joins again: what it deleted while away is found by comparing it with the kept copy. */
export const rejoinedKey = 'replica.rejoined';

type Stored = Partial<CopyRecord> & { _rev?: string };

const text = (doc: object, key: string): string | undefined => {
  const value: unknown = key in doc ? Object.getOwnPropertyDescriptor(doc, key)?.value : undefined;
  return typeof value === 'string' ? value : undefined;
};

const statusOf = (error: unknown) =>
  typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : 0;

/** The copy's record, null when it has none; throws when the copy cannot be read (a LevelDB a kill -9 broke). */
async function readRecord(replica: Replica): Promise<Stored | null> {
  try {
    const doc: object = await replica.get(recordId);
    const applied: unknown = Object.getOwnPropertyDescriptor(doc, 'applied')?.value;
    const mode = text(doc, 'mode');
    return {
      _rev: text(doc, '_rev'),
      copyId: text(doc, 'copyId'),
      hub: text(doc, 'hub'),
      mode: mode === 'plain' || mode === 'sealed' ? mode : undefined,
      applied: typeof applied === 'number' || typeof applied === 'string' ? applied : undefined,
    };
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw error;
  }
}

/** Notes in the copy how far the book applied it, after the book committed it: a copy found ahead of its book's checkpoint is not its copy. */
export async function recordApplied(replica: Replica, applied: number | string): Promise<void> {
  const record = await readRecord(replica);
  if (record === null) return;
  await replica.put({ ...record, _id: recordId, applied });
}

const ahead = (copy: number | string | undefined, book: number | string) =>
  typeof copy === 'number' && typeof book === 'number' && copy > book;

/**
 * Makes a new, empty copy in `folder`: the old one goes (another book's, another hub's, a broken
 * one) and the book's checkpoint starts again. The copy is filled from the hub before anything of
 * the book goes into it (seedFromHub), so that each document keeps its history.
 */
async function rebuild(db: Db, folder: string, config: HubConfig, restoreSeen: string): Promise<Replica> {
  fs.rmSync(folder, { recursive: true, force: true });
  const replica = openReplica(folder);
  const copyId = randomUUID();
  // The copy's record first: a crash before the book's transaction leaves two ids that differ, and
  // the next round makes the copy again.
  await replica.put({ _id: recordId, copyId, hub: config.url, mode: config.mode, applied: 0 });
  await inTransaction(db, async (trx) => {
    await writeSyncState(trx, copyIdKey, copyId);
    await writeSyncState(trx, restoreSeenKey, restoreSeen);
    await writeSyncState(trx, seedingKey, '1');
    await trx.deleteFrom('sync_state').where('key', 'in', [appliedKey, rejoinedKey]).execute();
  });
  return replica;
}

/**
 * Fills a copy made again with what the hub holds, then offers the book's documents the hub has
 * never had. The round then applies the hub's version of every document the book has not written
 * since it last sent (the book held an older one: copied or restored here, or behind a lost copy)
 * and sends those it has (still in its outbox) as the newest, recording the hub's version where
 * it differs. So a restore onto a joined counter skips nothing the hub holds, brings back nothing
 * the hub deleted, and its own unsent writes go out with what they replace kept for the owner.
 */
export async function seedFromHub(
  db: Db,
  replica: Replica,
  hub: PouchDB.Database,
  cipher: DocumentCipher,
  signal: AbortSignal,
): Promise<void> {
  if ((await readSyncState(db, seedingKey)) === undefined) return;
  await replicate(replica, hub, signal, 'from hub');
  await inTransaction(db, async (trx) => {
    const ids = await documentIds(trx);
    const held = await replica.allDocs({ keys: ids.map((id) => cipher.idOf(id)) });
    await offerAll(
      trx,
      ids.filter((_id, i) => {
        const row = held.rows[i];
        return row === undefined || !('value' in row);
      }),
    );
    await trx.deleteFrom('sync_state').where('key', '=', seedingKey).execute();
  });
}

/**
 * What the book deleted while it was away from the hub (no outbox noted it): documents the kept
 * copy holds, that the book had applied, and that the book no longer holds, go into the outbox as
 * deletions. Not a document still to be applied (changed in the copy after the book's checkpoint),
 * nor one a conflict record names (set aside or refused here, it was never the book's to delete).
 */
async function offerDeletedWhileAway(db: Db, replica: Replica, cipher: DocumentCipher): Promise<void> {
  const unapplied = new Set((await replica.changes({ since: await appliedSince(db) })).results.map((r) => r.id));
  const recorded = new Set((await db.selectFrom('sync_conflicts').select('doc_id').execute()).map((r) => r.doc_id));
  const gone: string[] = [];
  await inTransaction(db, async (trx) => {
    const held = new Set(await documentIds(trx));
    const all = await replica.allDocs({ include_docs: true });
    for (const row of all.rows) {
      if (!('doc' in row) || row.doc === undefined || row.doc === null || unapplied.has(row.id)) continue;
      const opened = cipher.open(row.id, row.doc, false);
      if (opened === null || opened.body === null || held.has(opened.docId) || recorded.has(opened.docId)) continue;
      gone.push(opened.docId);
    }
    await offerAll(trx, gone);
    await trx.deleteFrom('sync_state').where('key', '=', rejoinedKey).execute();
  });
}

/**
 * The device's copy for this round, checked to be the book's own: the copy's record and the book's
 * sync state name the same copy, the same hub database and mode, no restore since, and the copy
 * not ahead of the book's checkpoint. Otherwise (a book copied or restored here, a copy deleted or
 * broken by a crash, a join to another hub) the copy is made again from the book.
 */
export async function boundCopy(db: Db, folder: string, open: Replica | null, config: HubConfig, cipher: DocumentCipher): Promise<Replica> {
  const restoreSeen = (await readSettings(db)).get('restore.at') ?? '';
  // A folder deleted under an open copy would leave it writing into files nobody can find again.
  const replica = fs.existsSync(folder) ? (open ?? openReplica(folder)) : null;
  let record: Stored | null = null;
  try {
    if (replica !== null) record = await readRecord(replica);
  } catch {
    // Unreadable (a kill -9 in the middle of a LevelDB write can leave it so): made again below.
    record = null;
  }
  const bound =
    replica !== null &&
    record !== null &&
    record.copyId === (await readSyncState(db, copyIdKey)) &&
    record.hub === config.url &&
    record.mode === config.mode &&
    restoreSeen === ((await readSyncState(db, restoreSeenKey)) ?? '') &&
    !ahead(record.applied, await appliedSince(db));
  if (!bound) {
    await (replica ?? open)?.close().catch(() => undefined);
    return rebuild(db, folder, config, restoreSeen);
  }
  if ((await readSyncState(db, rejoinedKey)) !== undefined) await offerDeletedWhileAway(db, replica, cipher);
  return replica;
}
