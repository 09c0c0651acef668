import PouchDB from 'pouchdb-core';
import leveldb from 'pouchdb-adapter-leveldb';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import type { StoredDocument } from './document-cipher';

/**
 * PouchDB as replication's engine: it keeps each document's revision tree, speaks the CouchDB
 * replication protocol to the hub and picks the same winner of a conflict on every device.
 * Locally it keeps its copy in LevelDB beside the book (leveldown's binary is N-API, shipped in
 * its npm package: the same file loads in Node and Electron). SQLite stays the book the app reads.
 */
export const Pouch = PouchDB.plugin(leveldb).plugin(http).plugin(replication);

/** A replica's PouchDB copy of the book's documents. */
export type Replica = PouchDB.Database<StoredDocument>;

/** Opens (or makes) the device's copy in `folder`. */
export function openReplica(folder: string): Replica {
  return new Pouch<StoredDocument>(folder, { adapter: 'leveldb' });
}

/** How many documents go to or from the hub at a time. */
const replicationBatch = 500;

/** The copy replicated with the hub, both ways or only from it; a stop asked for (a lock, a restore) cancels it. */
export async function replicate(
  replica: Replica,
  hub: PouchDB.Database | string,
  signal?: AbortSignal,
  direction: 'both' | 'from hub' = 'both',
): Promise<void> {
  signal?.throwIfAborted();
  const replication =
    direction === 'both'
      ? replica.sync(hub, { batch_size: replicationBatch })
      : replica.replicate.from(hub, { batch_size: replicationBatch });
  const cancel = () => replication.cancel();
  signal?.addEventListener('abort', cancel);
  try {
    await replication;
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
  signal?.throwIfAborted();
}
