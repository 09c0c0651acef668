import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inTransaction } from '../../../../electron/db/in-transaction';
import {
  applyDocuments,
  documentIds,
  setAsideOrphans,
  type IncomingDocument,
} from '../../../../electron/domains/sync/apply-documents.service';
import { readDocument } from '../../../../electron/domains/sync/document-rows.repository';
import { startOutbox } from '../../../../electron/domains/sync/outbox-triggers';
import { documentKinds } from '../../../../electron/domains/sync/sync-documents';
import { call, createTestApp, type TestApp } from '../../../helpers/create-test-db';
import { exportBook } from '../../../helpers/export-book';

let from: TestApp;
let to: TestApp;
beforeEach(async () => {
  from = await exportBook('zh-CN');
  to = await createTestApp('zh-CN');
});
afterEach(async () => {
  await from.close();
  await to.close();
});

/** A book with one of every kind of document: people, a card and its ledger, an edited entry, a care mark, a segment. */
async function fillEveryKind(app: TestApp): Promise<string> {
  const li = await call<{ id: string }>(app, 'customers.create', {
    name: '李四',
    phones: [{ number: '13977778888' }, { number: '020-3333 4444' }],
  });
  await call(app, 'people.set', { customerId: li.id, name: '李太太', relation: 'spouse' });
  await call(app, 'cards.open', { customerId: li.id, number: 'A001' });
  await call(app, 'cards.move', { customerId: li.id, request: { kind: 'top_up', principal: 100_000 } });
  const note = await call<{ id: string }>(app, 'entries.add', { customerId: li.id, kind: 'note', text: '想要藏青色的拉链外套' });
  await call(app, 'entries.update', { id: note.id, patch: { text: '想要藏青色的拉链外套，M 码' } });
  await call(app, 'segments.save', { name: '老客', filter: {} });
  await call(app, 'greetings.setChoice', { customerId: li.id, noMarketing: true });
  await sql`INSERT INTO settings (key, value) VALUES ('currency', 'HKD')`.execute(app.ctx.db);
  return li.id;
}

/** Every replicated row of a book, by table, without the columns each device derives. */
function replicatedRows(app: TestApp): Record<string, unknown[]> {
  const rows: Record<string, unknown[]> = {};
  for (const model of Object.values(documentKinds)) {
    for (const table of [model.root, ...model.parts.map(([t]) => t)]) {
      const all = app.sqlite.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
      rows[table] = all
        .map((r) =>
          JSON.stringify(Object.fromEntries(Object.entries(r).filter(([c]) => table !== model.root || !model.localColumns.includes(c)))),
        )
        .filter((r) => table !== 'settings' || !/"key":"[^"]*\./.test(r) || /cards\.rules|greetings\.settings/.test(r))
        .sort();
    }
  }
  return rows;
}

async function copyBook(): Promise<number> {
  const ids = await documentIds(from.ctx.db);
  const docs: IncomingDocument[] = [];
  for (const id of ids) docs.push({ id, body: await readDocument(from.ctx.db, id) });
  // Children first: the order a hub may give them in.
  docs.reverse();
  return inTransaction(to.ctx.db, (trx) => applyDocuments(trx, docs));
}

describe('documents applied to another book', () => {
  it('make it hold the same rows, findable and with the same visit statistics, noting nothing to send back', async () => {
    const li = await fillEveryKind(from);
    await startOutbox(to.ctx.db);
    expect(await copyBook()).toBeGreaterThan(8);
    expect(replicatedRows(to)).toEqual(replicatedRows(from));
    expect(to.sqlite.prepare('SELECT count(*) FROM sync_outbox').pluck().get()).toBe(0);
    const lookup = async (app: TestApp, query: string) =>
      (await call<{ hits: { customerId: string }[] }>(app, 'lookup', { query, limit: 10 })).hits.map((h) => h.customerId);
    for (const query of ['ls', '李', '8888', '拉链', 'zs', '外套'])
      expect(await lookup(to, query), query).toEqual(await lookup(from, query));
    const stats = 'SELECT id, last_visit_at, visit_count, median_gap_days FROM customers ORDER BY id';
    expect(to.sqlite.prepare(stats).all()).toEqual(from.sqlite.prepare(stats).all());
    expect((await call<{ card: unknown }>(to, 'cards.get', { customerId: li })).card).toEqual(
      (await call<{ card: unknown }>(from, 'cards.get', { customerId: li })).card,
    );
    // Applied again: nothing changes.
    expect(await copyBook()).toBe(0);
  });

  it('delete what was deleted, with what went with it', async () => {
    const li = await fillEveryKind(from);
    await copyBook();
    await call(from, 'customers.delete', { id: li, confirmName: '李四' });
    const still = new Set(await documentIds(from.ctx.db));
    const deleted = (await documentIds(to.ctx.db)).filter((id) => !still.has(id)).map((id) => ({ id, body: null }));
    expect(deleted.length).toBeGreaterThan(3);
    await inTransaction(to.ctx.db, (trx) => applyDocuments(trx, deleted));
    expect(replicatedRows(to)).toEqual(replicatedRows(from));
    expect(await call<{ hits: unknown[] }>(to, 'lookup', { query: '李四', limit: 10 })).toEqual({ hits: [] });
  });

  it("look for a missing parent where the hub's documents wait before setting a child aside, and never take a device setting", async () => {
    const customer = (await documentIds(from.ctx.db)).find((id) => id.startsWith('customer/')) ?? '';
    const entry = (await documentIds(from.ctx.db)).find((id) => id.startsWith('entry/')) ?? '';
    const customerBody = await readDocument(from.ctx.db, customer);
    const entryBody = await readDocument(from.ctx.db, entry);
    const orphans = await inTransaction(to.ctx.db, async (trx) => {
      // The entry comes in a batch of its own, its customer only in the copy.
      await applyDocuments(trx, [{ id: entry, body: entryBody }]);
      return setAsideOrphans(trx, (id) => Promise.resolve(id === customer ? customerBody : null));
    });
    expect(orphans).toEqual([]);
    expect(to.sqlite.prepare('SELECT count(*) FROM entries').pluck().get()).toBe(1);
    await inTransaction(to.ctx.db, (trx) =>
      applyDocuments(trx, [
        { id: 'setting/backup.dir', body: { kind: 'setting', rows: { settings: [{ key: 'backup.dir', value: '//evil/share' }] } } },
      ]),
    );
    expect(to.sqlite.prepare("SELECT count(*) FROM settings WHERE key = 'backup.dir'").pluck().get()).toBe(0);
  });

  it('refuse a document that writes outside itself, and apply nothing of its batch', async () => {
    const zhang = (await documentIds(from.ctx.db)).find((id) => id.startsWith('customer/')) ?? '';
    const body = await readDocument(from.ctx.db, zhang);
    const forged = {
      kind: 'customer',
      rows: { ...body?.rows, customer_phones: [{ customer_id: 'someone-else', position: 0, label: null, number: '1', digits: '1' }] },
    };
    await expect(
      inTransaction(to.ctx.db, (trx) =>
        applyDocuments(trx, [
          { id: zhang, body },
          { id: zhang.replace(/.$/, 'x'), body: forged },
        ]),
      ),
    ).rejects.toThrow(/another document|root/);
    expect(to.sqlite.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(0);
  });
});
