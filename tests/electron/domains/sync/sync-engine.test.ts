import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { documentIds } from '../../../../electron/domains/sync/apply-documents.service';
import { openConflicts, settleConflict } from '../../../../electron/domains/sync/conflicts.service';
import type { StoredDocument } from '../../../../electron/domains/sync/document-cipher';
import { startOutbox } from '../../../../electron/domains/sync/outbox-triggers';
import { openReplica, Pouch, type Replica } from '../../../../electron/domains/sync/pouch';
import { checkWithHub } from '../../../../electron/domains/sync/sync-status.service';
import { pullIncoming, pushOutbox, syncOnce } from '../../../../electron/domains/sync/sync-engine.service';
import { writeSyncState } from '../../../../electron/domains/sync/sync-state.repository';
import { bookText } from '../../../helpers/book-text';
import { call, createTestApp, type TestApp } from '../../../helpers/create-test-db';
import { memoryReplica, startCouchHub } from '../../../helpers/couch-hub';

let hub: Awaited<ReturnType<typeof startCouchHub>>;
beforeAll(async () => {
  hub = await startCouchHub();
});
afterAll(async () => {
  await hub.close();
});

interface Counter {
  app: TestApp;
  replica: Replica;
}

let counters: Counter[];
let folder: string;
let run = 0;
beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-sync-'));
  counters = [];
  run += 1;
});
afterEach(async () => {
  for (const c of counters) {
    await c.replica.close();
    await c.app.close();
  }
  fs.rmSync(folder, { recursive: true, force: true });
});

/** A counter that syncs: its own book, the outbox on, and a PouchDB copy (in LevelDB, or memory). */
async function counter(name: string, store: 'leveldb' | 'memory' = 'memory'): Promise<Counter> {
  const app = await createTestApp('zh-CN');
  await startOutbox(app.ctx.db);
  const replica = store === 'leveldb' ? openReplica(path.join(folder, name)) : memoryReplica<StoredDocument>(`${name}-${run}`);
  const made = { app, replica };
  counters.push(made);
  return made;
}

const hubDb = () => hub.url(`book-${run}`);
const round = async (...cs: Counter[]) => {
  for (const c of cs) await syncOnce(c.app.ctx.db, c.replica, hubDb());
};

const names = async (app: TestApp, query: string) =>
  (await call<{ hits: { name: string }[] }>(app, 'lookup', { query, limit: 10 })).hits.map((h) => h.name).sort();

describe('two counters syncing through a CouchDB-protocol hub', () => {
  it('end with the same book, each findable on the other, with nothing left to send', async () => {
    const a = await counter('a', 'leveldb');
    const b = await counter('b', 'leveldb');
    const wang = await call<{ id: string }>(a.app, 'customers.create', { name: '王丽华', phones: [{ number: '13812345678' }] });
    await call(a.app, 'entries.add', { customerId: wang.id, kind: 'note', text: '喜欢藏青色' });
    await call(b.app, 'customers.create', { name: '陈美玲', tags: ['VIP'] });
    await round(a, b, a);
    expect(bookText(b.app)).toBe(bookText(a.app));
    expect(await names(b.app, '藏青')).toEqual(['王丽华']);
    expect(await names(a.app, 'cml')).toEqual(['陈美玲']);
    for (const c of [a, b]) expect(c.app.sqlite.prepare('SELECT count(*) FROM sync_outbox').pluck().get()).toBe(0);
    // A round with nothing new moves nothing.
    expect(await syncOnce(b.app.ctx.db, b.replica, hubDb())).toEqual({ pushed: 0, pulled: 0 });
  });

  it('say they are in sync only when checked against the hub', async () => {
    const a = await counter('a');
    const b = await counter('b');
    const hubCopy = new Pouch<StoredDocument>(hubDb());
    await call(a.app, 'customers.create', { name: '甲' });
    await round(a, b, a);
    for (const c of [a, b])
      expect(await checkWithHub(c.app.ctx.db, c.replica, hubCopy)).toMatchObject({ inSync: true, waiting: 0, differing: 0 });
    expect((await checkWithHub(a.app.ctx.db, a.replica, hubCopy)).lastSyncedAt).not.toBeNull();
    await call(a.app, 'customers.create', { name: '乙' });
    expect(await checkWithHub(a.app.ctx.db, a.replica, hubCopy)).toMatchObject({ inSync: false, waiting: 1 });
    await round(a);
    // b has not fetched what a sent: the hub holds a document b's copy lacks.
    expect(await checkWithHub(b.app.ctx.db, b.replica, hubCopy)).toMatchObject({ inSync: false, waiting: 0, differing: 1 });
    await round(b);
    expect((await checkWithHub(b.app.ctx.db, b.replica, hubCopy)).inSync).toBe(true);
    await hubCopy.close();
  });

  it('carry deletes and edits, and settle an edit made on both counters the same way on both', async () => {
    const a = await counter('a');
    const b = await counter('b');
    const li = await call<{ id: string }>(a.app, 'customers.create', { name: '李四' });
    const gone = await call<{ id: string }>(a.app, 'customers.create', { name: '将删除' });
    await round(a, b);
    await call(a.app, 'customers.update', { id: li.id, patch: { about: '柜台一写的' } });
    await call(b.app, 'customers.update', { id: li.id, patch: { about: '柜台二写的' } });
    await call(b.app, 'customers.delete', { id: gone.id, confirmName: '将删除' });
    // The record of the value that lost reaches the counter that did not merge a round later.
    await round(a, b, a, b, a);
    expect(bookText(a.app)).toBe(bookText(b.app));
    expect(await names(a.app, '将删除')).toEqual([]);
    const about = a.app.sqlite.prepare('SELECT about FROM customers WHERE id = ?').pluck().get(li.id);
    expect(['柜台一写的', '柜台二写的']).toContain(about);
  });

  it('record what the other counter wrote in a conflict on every counter, and taking it there settles it everywhere', async () => {
    const a = await counter('a');
    const b = await counter('b');
    const li = await call<{ id: string }>(a.app, 'customers.create', { name: '李四' });
    await round(a, b);
    await call(a.app, 'customers.update', { id: li.id, patch: { about: '柜台一写的' } });
    await call(b.app, 'customers.update', { id: li.id, patch: { about: '柜台二写的' } });
    await round(a, b, a, b, a);
    const aboutOf = (c: Counter) => c.app.sqlite.prepare('SELECT about FROM customers WHERE id = ?').pluck().get(li.id);
    const kept = aboutOf(a);
    const other = kept === '柜台一写的' ? '柜台二写的' : '柜台一写的';
    for (const c of [a, b]) {
      const open = await openConflicts(c.app.ctx.db);
      expect(open.map((o) => o.docId)).toEqual([`customer/${li.id}`]);
      expect(JSON.stringify(open[0]?.other)).toContain(other);
    }
    const conflictId = (await openConflicts(b.app.ctx.db))[0]?.id ?? '';
    await settleConflict(b.app.ctx.db, conflictId, 'took_other', new Date('2026-12-04T10:00:00Z'));
    expect(aboutOf(b)).toBe(other);
    await round(b, a, b);
    expect(aboutOf(a)).toBe(other);
    for (const c of [a, b]) expect(await openConflicts(c.app.ctx.db)).toEqual([]);
    expect(bookText(a.app)).toBe(bookText(b.app));
  });

  it('keep a deletion made on one counter and set aside, for the owner to see, an entry another wrote meanwhile', async () => {
    const a = await counter('a');
    const b = await counter('b');
    const wang = await call<{ id: string }>(a.app, 'customers.create', { name: '王丽华' });
    await round(a, b);
    await call(a.app, 'customers.delete', { id: wang.id, confirmName: '王丽华' });
    const note = await call<{ id: string }>(b.app, 'entries.add', { customerId: wang.id, kind: 'note', text: '要藏青色的围巾' });
    await round(a, b, a, b);
    expect(bookText(a.app)).toBe(bookText(b.app));
    expect(await names(b.app, '王丽华')).toEqual([]);
    for (const c of [a, b]) {
      const open = await openConflicts(c.app.ctx.db);
      expect(open.map((o) => o.docId)).toEqual([`entry/${note.id}`]);
      expect(JSON.stringify(open[0]?.other)).toContain('要藏青色的围巾');
    }
    const id = (await openConflicts(a.app.ctx.db))[0]?.id ?? '';
    await expect(settleConflict(a.app.ctx.db, id, 'took_other', new Date())).rejects.toMatchObject({
      said: { key: 'syncOrphanCustomerGone' },
    });
    await settleConflict(a.app.ctx.db, id, 'kept', new Date());
    // b recorded the same conflict too and may still send its unsettled record: settled stays settled.
    await round(a, b, a, b);
    for (const c of [a, b]) expect(await openConflicts(c.app.ctx.db)).toEqual([]);
  });

  it('record, not apply, what the book refuses, and keep syncing everything else', async () => {
    const a = await counter('a');
    const b = await counter('b');
    // Two counters give two segments the same name offline: the book allows one such name.
    await call(a.app, 'segments.save', { name: '老客', filter: {} });
    await call(b.app, 'segments.save', { name: '老客', filter: {} });
    await round(a, b, a);
    await call(a.app, 'customers.create', { name: '之后来的' });
    await round(a, b);
    expect(await names(b.app, '之后来的')).toEqual(['之后来的']);
    expect((await openConflicts(b.app.ctx.db)).some((c) => c.docId.startsWith('segment/'))).toBe(true);
  });

  it("record the other counter's version of a document written here and not yet sent, before this one goes over it", async () => {
    const a = await counter('a');
    const b = await counter('b');
    const li = await call<{ id: string }>(a.app, 'customers.create', { name: '李四' });
    const note = await call<{ id: string }>(a.app, 'entries.add', { customerId: li.id, kind: 'note', text: '第一次来' });
    await round(a, b);
    await call(a.app, 'entries.update', { id: note.id, patch: { text: '柜台一写的' } });
    await round(a);
    await call(b.app, 'entries.update', { id: note.id, patch: { text: '柜台二写的' } });
    // b's copy brings a's version while b's own waits in its outbox.
    await b.replica.sync(hubDb());
    await pullIncoming(b.app.ctx.db, b.replica);
    const open = await openConflicts(b.app.ctx.db);
    expect(open.map((o) => o.docId)).toEqual([`entry/${note.id}`]);
    expect(JSON.stringify(open[0]?.other)).toContain('柜台一写的');
    await round(b, a);
    expect(bookText(a.app)).toBe(bookText(b.app));
  });

  it('joining with a book that already holds customers merges both, deleting nothing', async () => {
    const a = await counter('a');
    await call(a.app, 'customers.create', { name: '早就有的' });
    const b = await counter('b');
    await call(b.app, 'customers.create', { name: '另一台的' });
    // Joining: every document the book holds goes to the outbox once (the outbox was off before).
    for (const c of [a, b]) {
      const ids = await documentIds(c.app.ctx.db);
      const put = c.app.sqlite.prepare('INSERT OR IGNORE INTO sync_outbox (doc_id, seq) VALUES (?, ?)');
      ids.forEach((id, i) => put.run(id, i + 1));
    }
    await round(a, b, a);
    for (const c of [a, b]) expect(await names(c.app, '的')).toEqual(['另一台的', '早就有的']);
  });

  it('after a crash between its two stores sends nothing twice and applies nothing twice', async () => {
    const a = await counter('a');
    const b = await counter('b');
    await call(a.app, 'customers.create', { name: '王五' });
    const waiting = a.app.sqlite.prepare('SELECT doc_id, seq FROM sync_outbox').all() as { doc_id: string; seq: number }[];
    expect(await pushOutbox(a.app.ctx.db, a.replica)).toBe(1);
    // As if the process died after the copy took the document but before the outbox let it go.
    const put = a.app.sqlite.prepare('INSERT INTO sync_outbox (doc_id, seq) VALUES (?, ?)');
    for (const w of waiting) put.run(w.doc_id, w.seq);
    expect(await pushOutbox(a.app.ctx.db, a.replica)).toBe(0);
    await round(a, b);
    // As if it died after applying but before its checkpoint: the transaction kept both or neither,
    // so going back changes nothing either.
    await writeSyncState(b.app.ctx.db, 'replica.appliedSeq', '0');
    expect(await pullIncoming(b.app.ctx.db, b.replica)).toBe(0);
    expect(bookText(b.app)).toBe(bookText(a.app));
  });
});
