import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/db/migrate';
import { createTestDb, schemaOf } from '../../../helpers/create-test-db';

describe('0019_team', () => {
  it('adds who wrote an entry and who looks after a customer, empty for what was there before', async () => {
    const { db, sqlite } = await createTestDb('0018_sync_conflicts');
    const at = '2026-11-01T08:00:00.000Z';
    sqlite.prepare("INSERT INTO customers (id, name, created_at, updated_at) VALUES ('c1', '王丽华', ?, ?)").run(at, at);
    sqlite
      .prepare(
        "INSERT INTO entries (id, customer_id, occurred_at, kind, text, created_at, updated_at) VALUES ('e1', 'c1', ?, 'note', '来过', ?, ?)",
      )
      .run(at, at, at);
    await migrate(db, '0019_team');
    expect(sqlite.prepare("SELECT written_on, written_by FROM entries WHERE id = 'e1'").get()).toEqual({
      written_on: null,
      written_by: null,
    });
    expect(sqlite.prepare("SELECT responsible FROM customers WHERE id = 'c1'").get()).toEqual({ responsible: null });
    sqlite.prepare("UPDATE customers SET responsible = '小王' WHERE id = 'c1'").run();
    const plan = sqlite
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM customers WHERE responsible = '小王' ORDER BY responsible, id")
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('customers_responsible');
  });

  it('keeps the name a joined counter was given as this device’s own setting', async () => {
    const { db, sqlite } = await createTestDb('0018_sync_conflicts');
    sqlite.prepare("INSERT INTO sync_state (key, value) VALUES ('device.name', '柜台 1'), ('hub.url', 'http://127.0.0.1:5984/shop')").run();
    await migrate(db, '0019_team');
    expect(sqlite.prepare('SELECT key, value FROM settings').all()).toEqual([{ key: 'device.name', value: '柜台 1' }]);
  });

  it('leaves a book that never joined a hub without a counter name', async () => {
    const { db, sqlite } = await createTestDb('0018_sync_conflicts');
    await migrate(db, '0019_team');
    expect(sqlite.prepare("SELECT count(*) AS n FROM settings WHERE key = 'device.name'").get()).toEqual({ n: 0 });
  });

  it('goes down to 0018 exactly', async () => {
    const { db, sqlite } = await createTestDb('0018_sync_conflicts');
    const before = schemaOf(sqlite);
    await migrate(db, '0019_team');
    await migrate(db, '0018_sync_conflicts');
    expect(schemaOf(sqlite)).toBe(before);
  });
});
