import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeExport } from '../../../electron/domains/archive/export.service';
import { rebuildSearchIndex } from '../../../electron/domains/search/search-index.service';
import { call, createTestApp, type TestApp } from '../../helpers/create-test-db';

// Sizes a shop can reach, past SQLite's 32,766 bound variables if a list were bound item by item.
const entries = 40_000;
const sharing = 20_000;

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

function insertEntries(customerId: string, count: number): void {
  const insert = app.sqlite.prepare(
    "INSERT INTO entries (id, customer_id, occurred_at, kind, text, created_at, updated_at) VALUES (?, ?, ?, 'note', ?, ?, ?)",
  );
  app.sqlite.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const at = new Date(Date.UTC(2020, 0, 1) + i * 3600_000).toISOString();
      insert.run(randomUUID(), customerId, at, `第 ${i} 次来，聊了很久`, at, at);
    }
  })();
}

describe('lists of any length', () => {
  it('a customer with 40,000 entries exports, hands over their data, and is deleted for good', async () => {
    const customer = await call<{ id: string }>(app, 'customers.create', { name: '老主顾' });
    insertEntries(customer.id, entries);
    await rebuildSearchIndex(app.ctx.db);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-big-'));
    const file = path.join(dir, 'book.json');
    await writeExport(app.ctx.db, 'json', file);
    const archive = JSON.parse(fs.readFileSync(file, 'utf8')) as { customers: { entries: unknown[] }[] };
    expect(archive.customers[0]?.entries).toHaveLength(entries);
    fs.rmSync(dir, { recursive: true, force: true });

    const everything = await call<{ entries: unknown[] }>(app, 'customers.everything', { id: customer.id });
    expect(everything.entries).toHaveLength(entries);

    await call(app, 'customers.delete', { id: customer.id, confirmName: '老主顾' });
    expect(app.sqlite.prepare('SELECT count(*) AS n FROM entries').get()).toEqual({ n: 0 });
  }, 120_000);

  it('finds 20,000 customers sharing one phone as duplicates', async () => {
    const now = new Date().toISOString();
    const customer = app.sqlite.prepare('INSERT INTO customers (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)');
    const phone = app.sqlite.prepare(
      "INSERT INTO customer_phones (customer_id, position, number, digits) VALUES (?, 0, '13800000000', '13800000000')",
    );
    app.sqlite.transaction(() => {
      for (let i = 0; i < sharing; i += 1) {
        const id = randomUUID();
        customer.run(id, `客人${i}`, now, now);
        phone.run(id);
      }
    })();
    await rebuildSearchIndex(app.ctx.db);
    const found = await call<{ groups: { reason: string; customers: unknown[] }[] }>(app, 'duplicates.find', {});
    expect(found.groups[0]).toMatchObject({ reason: 'phone' });
    expect(found.groups[0]?.customers.length).toBeGreaterThan(1);
  }, 120_000);
});
