import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sealedCipher, type StoredDocument } from '../../../../electron/domains/sync/document-cipher';
import { openConflicts } from '../../../../electron/domains/sync/conflicts.service';
import { startOutbox } from '../../../../electron/domains/sync/outbox-triggers';
import { Pouch, type Replica } from '../../../../electron/domains/sync/pouch';
import { syncOnce } from '../../../../electron/domains/sync/sync-engine.service';
import { call, createTestApp, type TestApp } from '../../../helpers/create-test-db';
import { memoryReplica, startCouchHub } from '../../../helpers/couch-hub';

let hub: Awaited<ReturnType<typeof startCouchHub>>;
beforeAll(async () => {
  hub = await startCouchHub();
});
afterAll(async () => {
  await hub.close();
});

const bookKey = Buffer.alloc(32, 7);
let run = 0;
let opened: { app: TestApp; replica: Replica }[];
beforeEach(() => {
  run += 1;
  opened = [];
});
afterEach(async () => {
  for (const c of opened) {
    await c.replica.close();
    await c.app.close();
  }
});

async function counter(name: string): Promise<{ app: TestApp; replica: Replica }> {
  const app = await createTestApp('zh-CN');
  await startOutbox(app.ctx.db);
  const made = { app, replica: memoryReplica<StoredDocument>(`${name}-sealed-${run}`) };
  opened.push(made);
  return made;
}

describe('a protected book syncing', () => {
  it('sends only ciphertext under opaque ids, and its counters read each other', async () => {
    const a = await counter('a');
    const b = await counter('b');
    const cipher = sealedCipher(bookKey);
    const wang = await call<{ id: string }>(a.app, 'customers.create', { name: '王丽华', phones: [{ number: '13812345678' }] });
    await call(a.app, 'entries.add', { customerId: wang.id, kind: 'note', text: '喜欢藏青色' });
    const gone = await call<{ id: string }>(a.app, 'customers.create', { name: '将删除' });
    for (const c of [a, b, a]) await syncOnce(c.app.ctx.db, c.replica, hub.url(`sealed-${run}`), cipher);
    await call(a.app, 'customers.delete', { id: gone.id, confirmName: '将删除' });
    for (const c of [a, b]) await syncOnce(c.app.ctx.db, c.replica, hub.url(`sealed-${run}`), cipher);

    const onHub = new Pouch<StoredDocument>(hub.url(`sealed-${run}`));
    const everything = JSON.stringify(await onHub.allDocs({ include_docs: true }));
    for (const secret of ['王丽华', '13812345678', '藏青', wang.id, 'customer/', 'entry/']) expect(everything).not.toContain(secret);
    expect((await onHub.allDocs()).rows.every((r) => 'id' in r && r.id.startsWith('s/'))).toBe(true);

    expect((await call<{ hits: { name: string }[] }>(b.app, 'lookup', { query: '藏青', limit: 5 })).hits.map((h) => h.name)).toEqual([
      '王丽华',
    ]);
    expect((await call<{ hits: unknown[] }>(b.app, 'lookup', { query: '将删除', limit: 5 })).hits).toEqual([]);
  });

  it('leaves alone what another key sealed, applying nothing of it', async () => {
    const a = await counter('a');
    const stranger = await counter('stranger');
    await call(stranger.app, 'customers.create', { name: '别家的客人' });
    await syncOnce(stranger.app.ctx.db, stranger.replica, hub.url(`mixed-${run}`), sealedCipher(Buffer.alloc(32, 9)));
    const report = await syncOnce(a.app.ctx.db, a.replica, hub.url(`mixed-${run}`), sealedCipher(bookKey));
    expect(report.pulled).toBe(0);
    expect(a.app.sqlite.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(0);
    expect(await openConflicts(a.app.ctx.db)).toEqual([]);
  });

  it("catches a hub that moved one document's sealed body under another id", () => {
    const cipher = sealedCipher(bookKey);
    const sealed = cipher.seal('customer/a', { kind: 'customer', rows: {} });
    expect(cipher.open(cipher.idOf('customer/a'), sealed, false)?.docId).toBe('customer/a');
    expect(cipher.open(cipher.idOf('customer/b'), sealed, false)).toBeNull();
  });
});
