import http from 'node:http';
import type { AddressInfo } from 'node:net';
import PouchDB from 'pouchdb-core';
import expressPouchDB from 'express-pouchdb';
import memory from 'pouchdb-adapter-memory';
import { Pouch } from '../../electron/domains/sync/pouch';

/**
 * A CouchDB-protocol hub on loopback for tests: express-pouchdb (the server PouchDB's own project
 * keeps) over in-memory databases. It checks no credentials: a test double, never a real hub.
 */
export async function startCouchHub(): Promise<{ url: (db: string) => string; close: () => Promise<void> }> {
  const HubPouch = PouchDB.plugin(memory).defaults({ adapter: 'memory' });
  const app = expressPouchDB(HubPouch, { mode: 'minimumForPouchDB', inMemoryConfig: true });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (db) => `http://127.0.0.1:${port}/${db}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Replication keeps connections alive; the hub is gone when the test is done.
        server.closeAllConnections();
      }),
  };
}

/** A replica's PouchDB copy kept in memory, for tests that need no folder. */
export function memoryReplica<T extends object>(name: string): PouchDB.Database<T> {
  return new (Pouch.plugin(memory))<T>(name, { adapter: 'memory' });
}
