import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../../../electron/api/context';
import { createDispatcher } from '../../../../electron/api/dispatcher';
import { autoBackup, backupNow, listAutoBackups, setBackupFolder } from '../../../../electron/domains/backup/backup.service';
import { verifyBackup } from '../../../../electron/domains/backup/verify-backup';
import { prepareBook } from '../../../../electron/domains/maintenance/book-maintenance.service';
import { openBook, type Book } from '../../../../electron/db/open-book';
import { fixedClock } from '../../../helpers/create-test-db';

let dir: string;
let book: Book;
let ctx: ServiceContext;
let clock: ReturnType<typeof fixedClock>;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-backup-'));
  book = await openBook(path.join(dir, 'shuke.sqlite'));
  await prepareBook(book.db);
  clock = fixedClock('2026-11-24T09:00:00.000Z');
  ctx = { db: book.db, now: clock.now, locale: 'zh-CN', backupDir: path.join(dir, 'backups'), bookFile: book.file };
});
afterEach(async () => {
  await book.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('backups', () => {
  it('backs up with VACUUM INTO, verifies, records it, and Today stops nudging', async () => {
    const dispatch = createDispatcher(ctx);
    await dispatch('customers.create', { name: '王丽华', phones: [{ number: '13800138821' }] });
    const before = await dispatch('today', { day: '2026-11-24' });
    expect(before).toMatchObject({ ok: true, value: { backup: { lastAt: null } } });
    const result = await backupNow(ctx);
    expect(path.basename(result.file)).toBe('shuke-20261124-090000.sqlite');
    expect(result.customers).toBe(1);
    expect(fs.existsSync(`${result.file}.partial`)).toBe(false);
    expect(verifyBackup(result.file)).toEqual({ ok: true, problem: null, kind: null, detail: '', customers: 1 });
    const copy = new BetterSqlite3(result.file, { readonly: true });
    expect(copy.prepare('SELECT name FROM customers').all()).toEqual([{ name: '王丽华' }]);
    copy.close();
    expect(await dispatch('backup.status', {})).toEqual({
      ok: true,
      value: { lastAt: '2026-11-24T09:00:00.000Z', lastFile: result.file, dir: ctx.backupDir, lastRestore: null },
    });
    expect(await dispatch('today', { day: '2026-11-24' })).toMatchObject({
      ok: true,
      value: { backup: { lastAt: '2026-11-24T09:00:00.000Z' } },
    });
  });

  it('never overwrites a file', async () => {
    await backupNow(ctx);
    await expect(backupNow(ctx)).rejects.toThrow(/already exists/);
  });

  it('makes at most one automatic backup a day and thins old ones out', async () => {
    expect(await autoBackup(ctx)).not.toBeNull();
    clock.advance(3600_000);
    expect(await autoBackup(ctx)).toBeNull();
    for (let i = 0; i < 40; i += 1) {
      clock.advance(25 * 3600_000);
      await autoBackup(ctx);
    }
    const files = listAutoBackups(ctx.backupDir ?? '');
    expect(files.length).toBeLessThan(41);
    expect(files.length).toBeGreaterThanOrEqual(7);
    const newest = files.sort((a, b) => b.at.getTime() - a.at.getTime())[0];
    expect(newest?.at.toISOString()).toBe(
      clock
        .now()
        .toISOString()
        .replace(/\.\d+Z$/, '.000Z'),
    );
  });

  it('refuses foreign or damaged files as backups', () => {
    const foreign = path.join(dir, 'foreign.sqlite');
    const raw = new BetterSqlite3(foreign);
    raw.exec('CREATE TABLE t (x)');
    raw.close();
    expect(verifyBackup(foreign)).toMatchObject({ ok: false, problem: 'is not a Shuke book', kind: 'foreign' });
    const junk = path.join(dir, 'junk.sqlite');
    fs.writeFileSync(junk, 'not a database at all'.repeat(100));
    expect(verifyBackup(junk).ok).toBe(false);
  });

  it('sends backups to a chosen folder once it is known to take files, and back to the default', async () => {
    const usb = path.join(dir, 'usb', 'shuke');
    expect(await setBackupFolder(ctx, usb)).toMatchObject({ dir: usb });
    expect(path.dirname((await backupNow(ctx)).file)).toBe(usb);
    await expect(setBackupFolder(ctx, 'relative/folder')).rejects.toThrow(/whole path/);
    const blocked = path.join(dir, 'a-file');
    fs.writeFileSync(blocked, 'x');
    await expect(setBackupFolder(ctx, path.join(blocked, 'inside'))).rejects.toThrow(/cannot be written/);
    expect(await setBackupFolder(ctx, null)).toMatchObject({ dir: ctx.backupDir });
    clock.advance(1000);
    expect(path.dirname((await backupNow(ctx)).file)).toBe(ctx.backupDir);
  });
});
