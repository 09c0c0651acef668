import { NO_MIGRATIONS } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createKysely, openSqlite } from '../../../../electron/db/connection';
import { migrate } from '../../../../electron/db/migrate';
import { createTestDb, schemaOf } from '../../../helpers/create-test-db';

describe('0002_search_index', () => {
  it('adds the key table, the entry documents and a contentless FTS5 table, keeping 0001 data', async () => {
    const { db, sqlite } = await createTestDb('0001_customer_book');
    const now = '2026-01-01T00:00:00.000Z';
    sqlite.prepare("INSERT INTO customers (id, name, created_at, updated_at) VALUES ('c1', '张三', ?, ?)").run(now, now);
    await migrate(db, '0002_search_index');
    expect(sqlite.prepare('SELECT name FROM customers').all()).toEqual([{ name: '张三' }]);
    sqlite.prepare("INSERT INTO entry_terms (rowid, body) VALUES (7, '拉链 链坏')").run();
    expect(sqlite.prepare('SELECT rowid FROM entry_terms WHERE entry_terms MATCH \'"拉链"\'').all()).toEqual([{ rowid: 7 }]);
    sqlite.prepare('DELETE FROM entry_terms WHERE rowid = 7').run();
    expect(sqlite.prepare('SELECT rowid FROM entry_terms WHERE entry_terms MATCH \'"拉链"\'').all()).toEqual([]);
  });

  it('goes down to 0001 exactly', async () => {
    const sqlite = openSqlite(':memory:');
    const db = createKysely(sqlite);
    await migrate(db, '0001_customer_book');
    const before = schemaOf(sqlite);
    await migrate(db, '0002_search_index');
    await migrate(db, '0001_customer_book');
    expect(schemaOf(sqlite)).toBe(before);
    await migrate(db, NO_MIGRATIONS);
  });
});
