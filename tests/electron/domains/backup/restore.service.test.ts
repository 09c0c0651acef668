import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ServiceContext } from '../../../../electron/api/context';
import { createChosenFiles } from '../../../../electron/api/chosen-files';
import { createDispatcher, type Dispatcher } from '../../../../electron/api/dispatcher';
import { backupNow } from '../../../../electron/domains/backup/backup.service';
import { restoreBook } from '../../../../electron/domains/backup/restore.service';
import { prepareBook } from '../../../../electron/domains/maintenance/book-maintenance.service';
import { createKysely, openSqlite } from '../../../../electron/db/connection';
import { migrate } from '../../../../electron/db/migrate';
import { openBook } from '../../../../electron/db/open-book';
import { dumpRows, fixedClock } from '../../../helpers/create-test-db';

let dir: string;
let ctx: ServiceContext;
let dispatch: Dispatcher;
let clock: ReturnType<typeof fixedClock>;

async function names(): Promise<string[]> {
  const result = await dispatch('customers.list', { limit: 500 });
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { items: { name: string }[] }).items.map((c) => c.name).sort();
}

/** A file as a person would choose it: the calls take its id, not its path. */
function choose(file: string): string {
  if (ctx.chosenFiles === undefined) throw new Error('no chosen files');
  return ctx.chosenFiles.add(file);
}

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-restore-'));
  const file = path.join(dir, 'shuke.sqlite');
  const book = await openBook(file);
  await prepareBook(book.db);
  clock = fixedClock('2026-11-24T09:00:00.000Z');
  ctx = {
    db: book.db,
    now: clock.now,
    locale: 'zh-CN',
    backupDir: path.join(dir, 'backups'),
    bookFile: file,
    chosenFiles: createChosenFiles(),
  };
  dispatch = createDispatcher(ctx);
});
afterEach(async () => {
  await ctx.db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('restore', () => {
  it('survives backup → wipe → restore with the same content, and the lookup works again', async () => {
    await dispatch('customers.create', { name: '王丽华', phones: [{ number: '13800138821' }] });
    const backup = await backupNow(ctx);
    await dispatch('customers.create', { name: '后来的人' });
    expect(await names()).toEqual(['后来的人', '王丽华']);
    clock.advance(60_000);
    const restored = await dispatch('backup.restore', { chosen: choose(backup.file) });
    expect(restored).toMatchObject({ ok: true, value: { customers: 1 } });
    expect(await names()).toEqual(['王丽华']);
    expect(await dispatch('lookup', { query: 'wlh' })).toMatchObject({ ok: true, value: { hits: [{ name: '王丽华' }] } });
    // The book as it was before the restore is kept, whole.
    const snapshot = (restored.ok ? (restored.value as { snapshot: string }).snapshot : '') ?? '';
    const kept = new BetterSqlite3(snapshot, { readonly: true });
    expect(kept.prepare('SELECT count(*) AS n FROM customers').get()).toEqual({ n: 2 });
    kept.close();
  });

  it.each([
    [
      'foreign',
      (file: string) => new BetterSqlite3(file).exec('CREATE TABLE invoices (x); INSERT INTO invoices VALUES (1)'),
      /not a Shuke book/,
    ],
    ['not SQLite', (file: string) => fs.writeFileSync(file, 'hello'.repeat(1000)), /cannot be read as a book|not a Shuke/],
    [
      'truncated',
      (file: string) => fs.writeFileSync(file, fs.readFileSync(path.join(dir, 'good.sqlite')).subarray(0, 8192)),
      /damaged|cannot be read as a book|not a Shuke/,
    ],
  ])('refuses a %s file and changes nothing', async (_label, make, message) => {
    await dispatch('customers.create', { name: '张三' });
    for (let i = 0; i < 200; i += 1) await dispatch('customers.create', { name: `客户${i}`, about: 'x'.repeat(200) });
    const good = await backupNow(ctx);
    fs.renameSync(good.file, path.join(dir, 'good.sqlite'));
    const bad = path.join(dir, 'bad.sqlite');
    make(bad);
    const before = dumpRows(openSqlite(ctx.bookFile ?? '', { readonly: true }));
    const result = await dispatch('backup.restore', { chosen: choose(bad) });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(message);
      // Worded by key too, so the UI can say it in the user's language.
      expect(result.error.key).toMatch(/^restore(Foreign|Damaged|Unreadable)$/);
    }
    expect(dumpRows(openSqlite(ctx.bookFile ?? '', { readonly: true }))).toEqual(before);
    expect((await names()).length).toBe(201);
  });

  it('migrates an older backup when it is restored', async () => {
    const older = path.join(dir, 'older.sqlite');
    const sqlite = openSqlite(older);
    sqlite.pragma('application_id = 0x5348554b');
    const db = createKysely(sqlite);
    await migrate(db, '0001_customer_book');
    sqlite
      .prepare(
        "INSERT INTO customers (id, name, created_at, updated_at) VALUES ('01900000-0000-7000-8000-000000000001', '老客户', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')",
      )
      .run();
    await db.destroy();
    const result = await restoreBook(ctx, older);
    expect(result.customers).toBe(1);
    expect(await names()).toEqual(['老客户']);
    expect(await dispatch('lookup', { query: 'lkh' })).toMatchObject({ ok: true, value: { hits: [{ name: '老客户' }] } });
  });

  it('leaves the book as it was, and open, when the backup cannot take its place', async () => {
    await dispatch('customers.create', { name: '王丽华' });
    const backup = await backupNow(ctx);
    await dispatch('customers.create', { name: '后来的人' });
    const file = ctx.bookFile ?? '';
    const rename = fs.renameSync.bind(fs);
    const blocked = vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      if (to === file) throw new Error('EBUSY: the file is in use');
      rename(from, to);
    });
    try {
      const result = await dispatch('backup.restore', { chosen: choose(backup.file) });
      expect(result).toMatchObject({ ok: false, error: { key: 'restoreSwapFailed', params: { reason: 'EBUSY: the file is in use' } } });
    } finally {
      blocked.mockRestore();
    }
    expect(await names()).toEqual(['后来的人', '王丽华']);
    expect(fs.existsSync(`${file}.restoring`)).toBe(false);
  });
});
