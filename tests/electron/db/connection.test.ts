import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createKysely, openSqlite, withStatementCache } from '../../../electron/db/connection';
import { openBook } from '../../../electron/db/open-book';
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

describe('transactions', () => {
  it('take the write lock when they begin, so another writer cannot slip in between their reads and writes', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-immediate-'));
    const book = await openBook(path.join(dir, 'shuke.sqlite'));
    const other = new BetterSqlite3(book.file);
    other.pragma('busy_timeout = 0');
    const write = (key: string) => other.prepare("INSERT INTO settings (key, value) VALUES (?, 'x')").run(key);
    await book.db.transaction().execute(async (trx) => {
      await sql`SELECT count(*) AS n FROM settings`.execute(trx);
      expect(() => write('worker')).toThrow(/locked|busy/i);
      await sql`INSERT INTO settings (key, value) VALUES ('app', 'saved')`.execute(trx);
    });

    // The values worker's kind (deferred) lets the other writer in, and then cannot write itself.
    const deferred = createKysely(openSqlite(book.file), { deferredTransactions: true });
    await expect(
      deferred.transaction().execute(async (trx) => {
        await sql`SELECT count(*) AS n FROM settings`.execute(trx);
        write('app-meanwhile');
        await sql`INSERT INTO settings (key, value) VALUES ('stale', 'x')`.execute(trx);
      }),
    ).rejects.toMatchObject({ code: 'SQLITE_BUSY_SNAPSHOT' });
    await deferred.destroy();
    other.close();
    await book.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
