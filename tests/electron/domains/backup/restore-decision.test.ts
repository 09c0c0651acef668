import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../../../electron/api/context';
import { createChosenFiles } from '../../../../electron/api/chosen-files';
import { createDispatcher, type Dispatcher } from '../../../../electron/api/dispatcher';
import { backupNow } from '../../../../electron/domains/backup/backup.service';
import { prepareBook } from '../../../../electron/domains/maintenance/book-maintenance.service';
import { openBook } from '../../../../electron/db/open-book';
import { APP_VERSION } from '../../../../shared/domain/app-version';
import { fixedClock } from '../../../helpers/create-test-db';

let dir: string;
let ctx: ServiceContext;
let dispatch: Dispatcher;
let clock: ReturnType<typeof fixedClock>;

async function value<T>(name: string, input: unknown): Promise<T> {
  const result = await dispatch(name, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

async function names(): Promise<string[]> {
  const list = await value<{ items: { name: string }[] }>('customers.list', { limit: 500 });
  return list.items.map((c) => c.name).sort();
}

async function addWithEntry(name: string, text: string, at: string): Promise<string> {
  const customer = await value<{ id: string }>('customers.create', { name });
  await value('entries.add', { customerId: customer.id, kind: 'note', text, occurredAt: at });
  return customer.id;
}

/** A file as a person would choose it: the calls take its id, not its path. */
function choose(file: string): string {
  if (ctx.chosenFiles === undefined) throw new Error('no chosen files');
  return ctx.chosenFiles.add(file);
}

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-restore-decision-'));
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

describe('restore is a decision', () => {
  it('describes both books side by side and changes nothing', async () => {
    await addWithEntry('王丽华', '买了蓝色围巾', '2026-11-20T10:00:00.000Z');
    const backup = await backupNow(ctx);
    await addWithEntry('后来的人', '第一次来', '2026-11-24T08:00:00.000Z');
    await addWithEntry('又一位', '问了价格', '2026-11-24T08:30:00.000Z');

    const seen = await value<{
      backup: { customers: number; entries: number; newestEntryAt: string; madeAt: string; appVersion: string };
      current: { customers: number; entries: number; newestEntryAt: string; madeAt: null };
    }>('backup.inspect', { chosen: choose(backup.file) });
    expect(seen.backup).toMatchObject({ customers: 1, entries: 1, newestEntryAt: '2026-11-20T10:00:00.000Z', appVersion: APP_VERSION });
    expect(Date.parse(seen.backup.madeAt)).not.toBeNaN();
    expect(seen.current).toMatchObject({ customers: 3, entries: 3, newestEntryAt: '2026-11-24T08:30:00.000Z', madeAt: null });
    expect(await names()).toEqual(['又一位', '后来的人', '王丽华']);
  });

  it('refuses to describe a file that is not a book, in the reply a person reads', async () => {
    const notes = path.join(dir, 'notes.sqlite');
    fs.writeFileSync(notes, 'this is not a database');
    const reply = await dispatch('backup.inspect', { chosen: choose(notes) });
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('keeps the backup status true after a restore, and offers to undo it', async () => {
    await addWithEntry('王丽华', '买了蓝色围巾', '2026-11-20T10:00:00.000Z');
    const first = await backupNow(ctx);
    clock.advance(3600_000);
    await addWithEntry('后来的人', '第一次来', '2026-11-24T09:30:00.000Z');
    const second = await backupNow(ctx);
    clock.advance(3600_000);

    await value('backup.restore', { chosen: choose(first.file) });
    expect(await names()).toEqual(['王丽华']);
    const status = await value<{ lastAt: string; lastFile: string; lastRestore: { from: string; snapshot: string } }>('backup.status', {});
    // The restored book was backed up earlier than the one it replaced; the newer record stays.
    expect(status.lastAt).toBe(second.at);
    expect(status.lastFile).toBe(second.file);
    expect(status.lastRestore).toMatchObject({ from: first.file });

    await value('backup.undoRestore', {});
    expect(await names()).toEqual(['后来的人', '王丽华']);
    const after = await value<{ lastRestore: unknown }>('backup.status', {});
    expect(after.lastRestore).toBeNull();
    expect(await dispatch('backup.undoRestore', {})).toMatchObject({ ok: false, error: { key: 'restoreNothingToUndo' } });
  });

  it('offers the undo for a day only', async () => {
    await addWithEntry('王丽华', '买了蓝色围巾', '2026-11-20T10:00:00.000Z');
    const backup = await backupNow(ctx);
    await value('backup.restore', { chosen: choose(backup.file) });
    clock.advance(25 * 3600_000);
    expect(await value<{ lastRestore: unknown }>('backup.status', {})).toMatchObject({ lastRestore: null });
  });

  it('lets no save be acknowledged on the book being replaced: calls made during the swap land in the restored book', async () => {
    await addWithEntry('王丽华', '买了蓝色围巾', '2026-11-20T10:00:00.000Z');
    const backup = await backupNow(ctx);
    const restoring = dispatch('backup.restore', { chosen: choose(backup.file) });
    // Sent while the restore runs: they wait for it, then write to the book it leaves.
    const saves = Array.from({ length: 5 }, (_, i) => dispatch('customers.create', { name: `排队${i}` }));
    const [restored, ...saved] = await Promise.all([restoring, ...saves]);
    expect(restored.ok).toBe(true);
    expect(saved.every((s) => s.ok)).toBe(true);
    expect(await names()).toEqual(['排队0', '排队1', '排队2', '排队3', '排队4', '王丽华']);
  });

  it('waits for calls already running before it swaps, so their saves are in the kept book', async () => {
    const backup = await backupNow(ctx);
    const saves = Array.from({ length: 5 }, (_, i) => dispatch('customers.create', { name: `之前${i}` }));
    const restored = await value<{ snapshot: string }>('backup.restore', { chosen: choose(backup.file) });
    expect((await Promise.all(saves)).every((s) => s.ok)).toBe(true);
    expect(await names()).toEqual([]);
    const seen = await value<{ backup: { customers: number } }>('backup.inspect', { chosen: choose(restored.snapshot) });
    expect(seen.backup.customers).toBe(5);
  });
});
