import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { isBusy, retryWhenBusy } from '../../../electron/db/retry-when-busy';

describe('retryWhenBusy', () => {
  it('knows the error SQLite gives a transaction that read before another connection wrote', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-busy-'));
    const file = path.join(dir, 'book.sqlite');
    const pass = new BetterSqlite3(file);
    pass.pragma('journal_mode = WAL');
    pass.exec('CREATE TABLE t (x)');
    const app = new BetterSqlite3(file);
    pass.exec('BEGIN');
    pass.prepare('SELECT count(*) FROM t').get();
    app.prepare('INSERT INTO t VALUES (1)').run();
    let thrown: unknown = null;
    try {
      pass.prepare('INSERT INTO t VALUES (2)').run();
    } catch (error) {
      thrown = error;
    }
    expect(isBusy(thrown)).toBe(true);
    expect(isBusy(new Error('SQLITE_BUSY in the message only'))).toBe(false);
    pass.exec('ROLLBACK');
    pass.close();
    app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('runs the work again while it is busy, and gives up after the last attempt', async () => {
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY_SNAPSHOT' });
    let runs = 0;
    await expect(
      retryWhenBusy(() => {
        runs += 1;
        return runs < 3 ? Promise.reject(busy) : Promise.resolve('done');
      }, 3),
    ).resolves.toBe('done');
    runs = 0;
    await expect(
      retryWhenBusy(() => {
        runs += 1;
        return Promise.reject(busy);
      }, 3),
    ).rejects.toBe(busy);
    expect(runs).toBe(3);
    const other = new Error('no such table');
    await expect(retryWhenBusy(() => Promise.reject(other), 3)).rejects.toBe(other);
  });
});
