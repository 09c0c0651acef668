import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { StoredDocument } from '../../electron/domains/sync/document-cipher';
import { startOutbox } from '../../electron/domains/sync/outbox-triggers';
import type { Replica } from '../../electron/domains/sync/pouch';
import { syncOnce } from '../../electron/domains/sync/sync-engine.service';
import { createTestApp, type TestApp } from './create-test-db';
import { memoryReplica, startCouchHub } from './couch-hub';

export interface Counter {
  app: TestApp;
  replica: Replica;
}

/**
 * Counters of one book syncing through a loopback hub, for a test file: each test gets a fresh
 * database on the hub, and every counter it made is closed after it.
 */
export function useSyncCounters(): {
  counter: (name: string) => Promise<Counter>;
  round: (...cs: Counter[]) => Promise<void>;
  hubDb: () => string;
} {
  let hub: Awaited<ReturnType<typeof startCouchHub>>;
  let run = 0;
  let made: Counter[] = [];
  beforeAll(async () => {
    hub = await startCouchHub();
  });
  afterAll(async () => {
    await hub.close();
  });
  beforeEach(() => {
    run += 1;
    made = [];
  });
  afterEach(async () => {
    for (const c of made) {
      await c.replica.close();
      await c.app.close();
    }
  });
  const hubDb = () => hub.url(`counters-${run}`);
  return {
    hubDb,
    async counter(name) {
      const app = await createTestApp('zh-CN');
      await startOutbox(app.ctx.db);
      const c = { app, replica: memoryReplica<StoredDocument>(`${name}-counters-${run}`) };
      made.push(c);
      return c;
    },
    async round(...cs) {
      for (const c of cs) await syncOnce(c.app.ctx.db, c.replica, hubDb());
    },
  };
}
