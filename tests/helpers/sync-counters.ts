import fs from 'node:fs';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { closeReplica, runtimeOf } from '../../electron/domains/sync/sync-runtime';
import { startCouchHub } from './couch-hub';
import { sessionApp, type SessionApp } from './session-app';

/**
 * A test file's hub on loopback and its counters, each a book in a data folder kept by a session
 * with its copy on disk: the hub for the whole file, the counters closed (copy, book) and their
 * folders removed after each test.
 */
export function hubWithCounters(): {
  hubUrl: (db: string) => string;
  counter: (dir?: string) => Promise<SessionApp>;
  /** Closes a counter as quitting the app would (its copy let go, the book locked), keeping its folder. */
  quit: (app: SessionApp) => Promise<void>;
} {
  let hub: Awaited<ReturnType<typeof startCouchHub>> | null = null;
  let apps: SessionApp[] = [];
  beforeAll(async () => {
    hub = await startCouchHub();
  });
  afterAll(async () => {
    await hub?.close();
  });
  afterEach(async () => {
    for (const app of apps) {
      await closeReplica(runtimeOf(app.ctx)).catch(() => undefined);
      await app.session.lock();
      fs.rmSync(app.dir, { recursive: true, force: true });
    }
    apps = [];
  });
  return {
    hubUrl: (db) => {
      if (hub === null) throw new Error('the hub starts before the tests');
      return hub.url(db);
    },
    async counter(dir) {
      const app = await sessionApp(dir);
      apps.push(app);
      return app;
    },
    async quit(app) {
      await closeReplica(runtimeOf(app.ctx));
      await app.session.lock();
      apps = apps.filter((a) => a !== app);
    },
  };
}
