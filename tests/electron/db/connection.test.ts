import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openSqlite, withStatementCache } from '../../../electron/db/connection';
import { createTestDb } from '../../helpers/create-test-db';

describe('the statement cache', () => {
  it('prepares a text once and hands back the same statement while it stays among the most recent', () => {
    const sqlite = openSqlite(':memory:');
    const cache = withStatementCache(sqlite, 2);
    const first = cache.prepare('SELECT 1');
    expect(cache.prepare('SELECT 1')).toBe(first);
    cache.prepare('SELECT 2');
    cache.prepare('SELECT 1');
    cache.prepare('SELECT 3'); // evicts SELECT 2, the least recently used
    expect(cache.prepare('SELECT 1')).toBe(first);
    const second = cache.prepare('SELECT 2');
    expect(cache.prepare('SELECT 2')).toBe(second);
    expect(cache.prepare('SELECT 3')).not.toBe(second);
    sqlite.close();
  });

  it('keeps no more SQL text than its budget, and never a statement longer than all of it', () => {
    const sqlite = openSqlite(':memory:');
    const cache = withStatementCache(sqlite, 100, 40);
    const short = cache.prepare('SELECT 1 AS a'); // 13 characters
    const other = cache.prepare('SELECT 2 AS a');
    cache.prepare('SELECT 3 AS a'); // 39 held
    cache.prepare('SELECT 44 AS a'); // 53: the oldest goes
    expect(cache.prepare('SELECT 2 AS a')).toBe(other);
    expect(cache.prepare('SELECT 1 AS a')).not.toBe(short);
    const long = `SELECT ${'1 + '.repeat(20)}1 AS a`;
    expect(cache.prepare(long)).not.toBe(cache.prepare(long));
    sqlite.close();
  });

  it('answers correctly when a cached statement runs again after its table was rebuilt', async () => {
    const { db } = await createTestDb();
    const read = () => sql<{ value: string }>`SELECT value FROM settings WHERE key = ${'k'}`.execute(db);
    await sql`INSERT INTO settings (key, value) VALUES ('k', 'before')`.execute(db);
    expect((await read()).rows).toEqual([{ value: 'before' }]);
    await sql`CREATE TABLE settings_copy AS SELECT * FROM settings`.execute(db);
    await sql`DROP TABLE settings`.execute(db);
    await sql`CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)`.execute(db);
    await sql`INSERT INTO settings (key, value) VALUES ('k', 'after')`.execute(db);
    expect((await read()).rows).toEqual([{ value: 'after' }]);
  });
});
