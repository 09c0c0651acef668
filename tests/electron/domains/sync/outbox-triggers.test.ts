import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inTransaction } from '../../../../electron/db/in-transaction';
import { startOutbox, stopOutbox, whileApplyingIncoming } from '../../../../electron/domains/sync/outbox-triggers';
import { removeSent, waitingDocuments } from '../../../../electron/domains/sync/outbox.repository';
import { documentOfRow, localTables } from '../../../../electron/domains/sync/sync-documents';
import { call, createTestApp, type TestApp } from '../../../helpers/create-test-db';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('zh-CN');
});
afterEach(async () => {
  await app.close();
});

const waiting = async () => (await waitingDocuments(app.ctx.db, 1000)).map((r) => r.doc_id);
const clear = () => app.sqlite.prepare('DELETE FROM sync_outbox').run();

describe('the outbox', () => {
  it('knows, for every table of the book, which document its rows belong to or that it stays on this device', () => {
    const tables = (app.sqlite.pragma('table_list') as { schema: string; name: string; type: string }[])
      .filter((t) => t.schema === 'main' && t.type === 'table' && !/^(sqlite_|kysely_|entry_terms_)/.test(t.name))
      .map((t) => t.name);
    const placed = new Set([...Object.keys(documentOfRow), ...localTables]);
    expect(tables.filter((t) => !placed.has(t))).toEqual([]);
    expect(Object.keys(documentOfRow).filter((t) => localTables.includes(t))).toEqual([]);
  });

  it('notes nothing while the book does not sync', async () => {
    await call(app, 'customers.create', { name: '林小姐' });
    expect(await waiting()).toEqual([]);
  });

  it('notes each document a call wrote, once, and none of what the device derives from it', async () => {
    await startOutbox(app.ctx.db);
    const lin = await call<{ id: string }>(app, 'customers.create', { name: '林小姐', phones: [{ number: '13812345678' }], tags: ['VIP'] });
    expect(await waiting()).toEqual([`customer/${lin.id}`]);
    clear();
    // The entry changes the customer's visit statistics, which each device derives: not the customer's document.
    const entry = await call<{ id: string }>(app, 'entries.add', { customerId: lin.id, kind: 'visit', text: '看了外套' });
    expect(await waiting()).toEqual([`entry/${entry.id}`]);
    expect(app.sqlite.prepare('SELECT visit_count FROM customers WHERE id = ?').pluck().get(lin.id)).toBe(1);
  });

  it('notes a deleted customer and every entry that went with them, as documents to delete', async () => {
    await startOutbox(app.ctx.db);
    const wang = await call<{ id: string }>(app, 'customers.create', { name: '王先生' });
    const entry = await call<{ id: string }>(app, 'entries.add', { customerId: wang.id, kind: 'note', text: '要蓝色' });
    clear();
    app.sqlite.prepare('DELETE FROM customers WHERE id = ?').run(wang.id);
    expect(new Set(await waiting())).toEqual(new Set([`customer/${wang.id}`, `entry/${entry.id}`]));
  });

  it('notes a setting of the book but not what this device computed for itself', async () => {
    await startOutbox(app.ctx.db);
    await sql`INSERT INTO settings (key, value) VALUES ('currency', 'HKD'), ('value.computedOn', '2026-12-04'), ('cards.rules', '{}')`.execute(
      app.ctx.db,
    );
    expect(new Set(await waiting())).toEqual(new Set(['setting/currency', 'setting/cards.rules']));
  });

  it('keeps nothing of a write its transaction rolled back', async () => {
    await startOutbox(app.ctx.db);
    await expect(
      inTransaction(app.ctx.db, async (trx) => {
        await sql`INSERT INTO customers (id, name, created_at, updated_at) VALUES ('c1', '不该留下', 'x', 'x')`.execute(trx);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await waiting()).toEqual([]);
  });

  it('moves a document written again to the end, and the pump never removes a write it did not send', async () => {
    await startOutbox(app.ctx.db);
    const a = await call<{ id: string }>(app, 'customers.create', { name: '甲' });
    const b = await call<{ id: string }>(app, 'customers.create', { name: '乙' });
    const sent = await waitingDocuments(app.ctx.db, 10);
    expect(sent.map((r) => r.doc_id)).toEqual([`customer/${a.id}`, `customer/${b.id}`]);
    // Written again while being sent: its new seq is past every one read.
    await call(app, 'customers.update', { id: a.id, patch: { name: '甲先生' } });
    await removeSent(app.ctx.db, sent);
    const left = await waitingDocuments(app.ctx.db, 10);
    expect(left.map((r) => r.doc_id)).toEqual([`customer/${a.id}`]);
    expect(left[0]?.seq).toBeGreaterThan(Math.max(...sent.map((r) => r.seq)));
  });

  it('does not note what came from the hub, and stops when the book leaves it', async () => {
    await startOutbox(app.ctx.db);
    await inTransaction(app.ctx.db, (trx) =>
      whileApplyingIncoming(trx, () =>
        sql`INSERT INTO customers (id, name, created_at, updated_at) VALUES ('from-hub', '远方', 'x', 'x')`.execute(trx),
      ),
    );
    expect(await waiting()).toEqual([]);
    app.sqlite.prepare("UPDATE customers SET name = '远方客' WHERE id = 'from-hub'").run();
    expect(await waiting()).toEqual(['customer/from-hub']);
    clear();
    await stopOutbox(app.ctx.db);
    app.sqlite.prepare("UPDATE customers SET name = '远方' WHERE id = 'from-hub'").run();
    expect(await waiting()).toEqual([]);
  });
});
