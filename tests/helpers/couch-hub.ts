import http from 'node:http';
import type { AddressInfo } from 'node:net';
import PouchDB from 'pouchdb-core';
import expressPouchDB from 'express-pouchdb';
import memory from 'pouchdb-adapter-memory';
import { Pouch } from '../../electron/domains/sync/pouch';

/** Whether a request's Basic login is one of `logins` (user name → password). */
function loggedIn(header: string | undefined, logins: ReadonlyMap<string, string>): boolean {
  const [scheme, token] = (header ?? '').split(' ');
  if (scheme !== 'Basic' || token === undefined) return false;
  const text = Buffer.from(token, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  return colon > 0 && logins.get(text.slice(0, colon)) === text.slice(colon + 1);
}

/**
 * A CouchDB-protocol hub on loopback for tests: express-pouchdb (the server PouchDB's own project
 * keeps) over in-memory databases. It checks no credentials unless given `logins` (user name →
 * password, changed as the test goes): then a request without one of them is refused with 401, as
 * CouchDB refuses it. A test double, never a real hub.
 */
export async function startCouchHub(
  logins?: ReadonlyMap<string, string>,
): Promise<{ url: (db: string) => string; close: () => Promise<void> }> {
  const HubPouch = PouchDB.plugin(memory).defaults({ adapter: 'memory' });
  const app = expressPouchDB(HubPouch, { mode: 'minimumForPouchDB', inMemoryConfig: true });
  const server = http.createServer((request, response) => {
    if (logins === undefined || loggedIn(request.headers.authorization, logins)) return void app(request, response);
    response.writeHead(401, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ error: 'unauthorized', reason: 'Name or password is incorrect.' }));
  });
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
