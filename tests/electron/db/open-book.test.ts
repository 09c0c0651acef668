import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKysely, openSqlite, SHUKE_APPLICATION_ID } from '../../../electron/db/connection';
import { migrate } from '../../../electron/db/migrate';
import { openBook } from '../../../electron/db/open-book';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-open-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('openBook', () => {
  it('creates a new book with durable settings', async () => {
    const book = await openBook(path.join(dir, 'shuke.sqlite'));
    expect(book.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(book.sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(book.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(book.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(book.sqlite.pragma('application_id', { simple: true })).toBe(SHUKE_APPLICATION_ID);
    await book.close();
  });

  it('keeps 64 MB of pages on the connection that answers lookups', async () => {
    const book = await openBook(path.join(dir, 'shuke.sqlite'));
    expect(book.sqlite.pragma('cache_size', { simple: true })).toBe(-65536);
    await book.close();
  });

  it('reopens an up-to-date book without taking a snapshot', async () => {
    const file = path.join(dir, 'shuke.sqlite');
    await (await openBook(file)).close();
    await (await openBook(file)).close();
    expect(fs.existsSync(path.join(dir, 'snapshots'))).toBe(false);
  });

  it('refuses a book written by a newer Shuke and leaves it untouched', async () => {
    const file = path.join(dir, 'shuke.sqlite');
    await (await openBook(file)).close();
    const raw = new BetterSqlite3(file);
    raw.prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('9999_from_the_future', '2030-01-01')").run();
    raw.close();
    const before = fs.readFileSync(file);
    await expect(openBook(file)).rejects.toThrow(/newer version of Shuke/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a foreign SQLite file and leaves it untouched', async () => {
    const file = path.join(dir, 'other.sqlite');
    const raw = new BetterSqlite3(file);
    raw.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 9.5);');
    raw.close();
    const before = fs.readFileSync(file);
    await expect(openBook(file)).rejects.toThrow(/not a Shuke customer book/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is not SQLite at all', async () => {
    const file = path.join(dir, 'notes.sqlite');
    fs.writeFileSync(file, 'these are not the droids'.repeat(200));
    await expect(openBook(file)).rejects.toThrow(/customer book/);
  });

  it('snapshots an existing book with the backup API before migrating it', async () => {
    const file = path.join(dir, 'shuke.sqlite');
    const book = await openBook(file);
    book.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('currency', 'TWD')").run();
    book.sqlite.exec("CREATE TABLE marker (x TEXT); INSERT INTO marker VALUES ('kept')");
    await book.close();
    // Take the book back to how version 0001 left it, as an older Shuke would have.
    const older = createKysely(openSqlite(file));
    await migrate(older, '0001_customer_book');
    await older.destroy();

    const reopened = await openBook(file, { now: () => new Date('2026-11-24T10:00:00Z') });
    const snapshots = fs.readdirSync(path.join(dir, 'snapshots'));
    expect(snapshots).toEqual(['before-0002_search_index-2026-11-24T10-00-00-000Z.sqlite']);
    const snap = new BetterSqlite3(path.join(dir, 'snapshots', snapshots[0] ?? ''), { readonly: true });
    expect(snap.prepare('SELECT x FROM marker').get()).toEqual({ x: 'kept' });
    expect(snap.prepare("SELECT value FROM settings WHERE key = 'currency'").get()).toEqual({ value: 'TWD' });
    expect(snap.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'search_keys'").get()).toEqual({ n: 0 });
    snap.close();
    await reopened.close();
  });
});
