import type PouchDB from 'pouchdb-core';
import type { Db } from '../../db/database';
import { countWaiting } from './outbox.repository';
import type { Replica } from './pouch';
import { readSyncState } from './sync-state.repository';

export const lastSyncedKey = 'replica.lastSyncedAt';
export const appliedKey = 'replica.appliedSeq';

/** How far the book has applied the copy's changes, as the copy's `since` (a local copy counts with numbers, and compares a text `since` as text). */
export async function appliedSince(db: Db): Promise<number | string> {
  const saved = (await readSyncState(db, appliedKey)) ?? '0';
  return /^\d+$/.test(saved) ? Number(saved) : saved;
}

export interface SyncCheck {
  /** True only when verified: nothing waiting here, everything the copy holds applied, and every revision the same as the hub's. */
  inSync: boolean;
  lastSyncedAt: string | null;
  /** Documents written here and not yet in the copy. */
  waiting: number;
  /** The copy holds changes the book has not applied yet. */
  unapplied: boolean;
  /** Documents whose newest revision differs between the copy and the hub, or that one side lacks. */
  differing: number;
  openConflicts: number;
}

/** Every document's winning revision, by id (design documents are the hub's own). */
async function revisions(db: PouchDB.Database): Promise<Map<string, string>> {
  const all = await db.allDocs();
  const revs = new Map<string, string>();
  for (const row of all.rows) if ('value' in row && !row.id.startsWith('_design/')) revs.set(row.id, row.value.rev);
  return revs;
}

/**
 * Whether this counter and the hub hold the same book, checked rather than assumed: the outbox
 * empty, the copy's last change applied, and each document's winning revision (a hash of its
 * content and history) the same here and on the hub, which also proves no deletion is missing.
 */
export async function checkWithHub(db: Db, replica: Replica, hub: PouchDB.Database): Promise<SyncCheck> {
  const waiting = await countWaiting(db);
  const unapplied = (await replica.changes({ since: await appliedSince(db), limit: 1 })).results.length > 0;
  const [here, there] = await Promise.all([revisions(replica), revisions(hub)]);
  let differing = 0;
  for (const [id, rev] of here) if (there.get(id) !== rev) differing += 1;
  for (const id of there.keys()) if (!here.has(id)) differing += 1;
  const open = await db
    .selectFrom('sync_conflicts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('settled', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    inSync: waiting === 0 && !unapplied && differing === 0,
    lastSyncedAt: (await readSyncState(db, lastSyncedKey)) ?? null,
    waiting,
    unapplied,
    differing,
    openConflicts: Number(open.n),
  };
}
