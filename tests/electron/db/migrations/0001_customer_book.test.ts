import { NO_MIGRATIONS, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createKysely, openSqlite } from '../../../../electron/db/connection';
import { migrate } from '../../../../electron/db/migrate';
import { createTestDb, schemaOf } from '../../../helpers/create-test-db';

describe('0001_customer_book', () => {
  it('creates the customer book tables', async () => {
    const { sqlite } = await createTestDb('0001_customer_book');
    const tables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
      (t) => t.name,
    );
    expect(tables).toEqual(
      expect.arrayContaining(['customers', 'customer_phones', 'customer_tags', 'entries', 'purchase_lines', 'preferences', 'settings']),
    );
  });

  it('cascades entries, lines, phones and preferences with their customer', async () => {
    const { db, sqlite } = await createTestDb('0001_customer_book');
    const now = '2026-01-01T00:00:00.000Z';
    sqlite.prepare("INSERT INTO customers (id, name, created_at, updated_at) VALUES ('c1', '张三', ?, ?)").run(now, now);
    sqlite.prepare("INSERT INTO customer_phones VALUES ('c1', 0, NULL, '138', '138')").run();
    sqlite
      .prepare("INSERT INTO entries (id, customer_id, occurred_at, kind, created_at, updated_at) VALUES ('e1', 'c1', ?, 'purchase', ?, ?)")
      .run(now, now, now);
    sqlite.prepare("INSERT INTO purchase_lines VALUES ('l1', 'e1', 0, 'shirt', NULL, NULL, 1, 100, 100, 'CNY')").run();
    await sql`DELETE FROM customers WHERE id = 'c1'`.execute(db);
    for (const table of ['customer_phones', 'entries', 'purchase_lines']) {
      expect(sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
  });

  it('refuses impossible values at the table level too', async () => {
    const { sqlite } = await createTestDb('0001_customer_book');
    const now = '2026-01-01T00:00:00.000Z';
    expect(() =>
      sqlite.prepare("INSERT INTO customers (id, gender, created_at, updated_at) VALUES ('c', 'x', ?, ?)").run(now, now),
    ).toThrow();
    sqlite.prepare("INSERT INTO customers (id, created_at, updated_at) VALUES ('c', ?, ?)").run(now, now);
    expect(() =>
      sqlite
        .prepare("INSERT INTO entries (id, customer_id, occurred_at, kind, created_at, updated_at) VALUES ('e', 'nobody', ?, 'note', ?, ?)")
        .run(now, now, now),
    ).toThrow(/FOREIGN KEY/);
  });

  it('goes down cleanly and up again', async () => {
    const sqlite = openSqlite(':memory:');
    const db = createKysely(sqlite);
    await migrate(db, '0001_customer_book');
    const schema = schemaOf(sqlite);
    await migrate(db, NO_MIGRATIONS);
    expect(schemaOf(sqlite).trim()).toBe('');
    await migrate(db, '0001_customer_book');
    expect(schemaOf(sqlite)).toBe(schema);
  });
});
