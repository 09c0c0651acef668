import { createChosenFiles } from '../../../../electron/api/chosen-files';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../../../electron/api/context';
import { createDispatcher, type Dispatcher } from '../../../../electron/api/dispatcher';
import { autoBackup } from '../../../../electron/domains/backup/backup.service';
import { prepareBook } from '../../../../electron/domains/maintenance/book-maintenance.service';
import { SAMPLE_CUSTOMERS } from '../../../../electron/domains/book/sample-book.service';
import { openBook } from '../../../../electron/db/open-book';
import { writeSetting } from '../../../../electron/domains/settings/settings.repository';
import { dumpRows, fixedClock } from '../../../helpers/create-test-db';

let dir: string;
let ctx: ServiceContext;
let dispatch: Dispatcher;
let real: string;
let sample: string;

async function ok<T>(name: string, input: object = {}): Promise<T> {
  const result = await dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

async function total(): Promise<number> {
  return (await ok<{ total: number }>('customers.list', { limit: 1 })).total;
}

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-sample-'));
  real = path.join(dir, 'shuke.sqlite');
  sample = path.join(dir, 'sample', 'shuke.sqlite');
  const book = await openBook(real);
  await prepareBook(book.db);
  await writeSetting(book.db, 'timeZone', 'Asia/Taipei');
  await writeSetting(book.db, 'currency', 'TWD');
  const clock = fixedClock('2026-12-03T09:00:00.000Z');
  ctx = {
    db: book.db,
    now: clock.now,
    locale: 'zh-TW',
    backupDir: path.join(dir, 'backups'),
    bookFile: real,
    books: { real, sample },
    chosenFiles: createChosenFiles(),
  };
  dispatch = createDispatcher(ctx);
});
afterEach(async () => {
  await ctx.db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the sample book', () => {
  it('opens in a file of its own, full of made-up customers in the shop’s currency, and goes back to the real book untouched', async () => {
    await ok('customers.create', { name: '真的客人' });
    await ok('backup.now');
    expect(await total()).toBe(1);
    const reading = new Sqlite(real, { readonly: true });
    const before = dumpRows(reading);
    reading.close();
    expect(await ok('book.status')).toEqual({ kind: 'real', sampleAvailable: true });

    expect(await ok('book.openSample')).toEqual({ kind: 'sample', sampleAvailable: true, customers: SAMPLE_CUSTOMERS });
    expect(fs.existsSync(sample)).toBe(true);
    expect(await ok('book.status')).toMatchObject({ kind: 'sample' });
    expect(await total()).toBe(SAMPLE_CUSTOMERS);
    expect(await ok('settings.get')).toMatchObject({ currency: 'TWD', timeZone: 'Asia/Taipei' });
    // What is tried in the sample stays in it.
    await ok('customers.create', { name: '试一试' });

    expect(await ok('book.openReal')).toEqual({ kind: 'real', sampleAvailable: true });
    expect(await total()).toBe(1);
    await ctx.db.destroy();
    const after = new Sqlite(real, { readonly: true });
    expect(dumpRows(after)).toEqual(before);
    after.close();
    ctx.db = (await openBook(real)).db;
  });

  it('is never backed up, restored over or given the real book’s backup folder, by hand or on the hour', async () => {
    await ok('backup.now');
    const backups = fs.readdirSync(path.join(dir, 'backups'));
    const backupFile = path.join(dir, 'backups', backups[0] ?? '');
    await ok('book.openSample');
    const chosen = ctx.chosenFiles?.add(backupFile) ?? '';
    for (const [name, input] of [
      ['backup.now', {}],
      ['backup.setFolder', { folder: 'default' }],
      ['backup.inspect', { chosen }],
      ['backup.restore', { chosen }],
    ] as const) {
      const refused = await dispatch(name, input);
      expect(refused, name).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(refused.ok ? '' : (refused.error.key ?? ''), name).toMatch(/^sampleNot/);
    }
    expect(await autoBackup(ctx)).toBeNull();
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual(backups);
    expect(fs.existsSync(path.join(dir, 'elsewhere'))).toBe(false);
  });

  it('is made fresh each time it is opened, so what was tried in it last time is gone', async () => {
    await ok('book.openSample');
    await ok('customers.create', { name: '上次试的' });
    await ok('book.openReal');
    await ok('book.openSample');
    expect(await total()).toBe(SAMPLE_CUSTOMERS);
  });

  it('is refused where there is no sample (a book in memory), and nothing changes', async () => {
    const { books: _unused, ...inMemory } = ctx;
    const plain = createDispatcher(inMemory);
    expect(await plain('book.status', {})).toMatchObject({ ok: true, value: { kind: 'real', sampleAvailable: false } });
    expect(await plain('book.openSample', {})).toMatchObject({ ok: false, error: { key: 'sampleUnavailable' } });
  });
});
