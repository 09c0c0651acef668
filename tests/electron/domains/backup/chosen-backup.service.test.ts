import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../../../electron/api/context';
import { createChosenFiles, type FilePicker } from '../../../../electron/api/chosen-files';
import { createDispatcher, type Dispatcher } from '../../../../electron/api/dispatcher';
import { backupNow } from '../../../../electron/domains/backup/backup.service';
import { prepareBook } from '../../../../electron/domains/maintenance/book-maintenance.service';
import { openBook } from '../../../../electron/db/open-book';
import { fixedClock } from '../../../helpers/create-test-db';

let dir: string;
let ctx: ServiceContext;
let dispatch: Dispatcher;
/** What the person picks in the next dialog (null: cancels), and how many dialogs opened. */
const next: { file: string | null; folder: string | null; opened: number } = { file: null, folder: null, opened: 0 };
const picker: FilePicker = {
  backupFile: () => (next.opened++, Promise.resolve(next.file)),
  folder: () => (next.opened++, Promise.resolve(next.folder)),
};

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-chosen-'));
  const file = path.join(dir, 'shuke.sqlite');
  const book = await openBook(file);
  await prepareBook(book.db);
  ctx = {
    db: book.db,
    now: fixedClock('2026-12-03T09:00:00.000Z').now,
    locale: 'en',
    backupDir: path.join(dir, 'backups'),
    bookFile: file,
    chosenFiles: createChosenFiles(),
    picker,
  };
  dispatch = createDispatcher(ctx);
  Object.assign(next, { file: null, folder: null, opened: 0 });
});
afterEach(async () => {
  await ctx.db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('files and folders are chosen by a person, never named by the page', () => {
  it('refuses a path where a chosen file’s id belongs', async () => {
    const backup = await backupNow(ctx);
    for (const name of ['backup.inspect', 'backup.restore']) {
      const reply = await dispatch(name, { file: backup.file });
      expect(reply, name).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      // A path sent as if it were an id is not an id this run gave.
      expect(await dispatch(name, { chosen: backup.file }), name).toMatchObject({ ok: false, error: { key: 'chosenFileUnknown' } });
    }
    expect(await dispatch('backup.setFolder', { dir: path.join(dir, 'usb') })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('inspects and restores the backup the person picked in the dialog, by its id', async () => {
    const backup = await backupNow(ctx);
    next.file = backup.file;
    const chosen = await dispatch('backup.choose', {});
    expect(chosen.ok && chosen.value).toMatchObject({ chosen: expect.any(String) });
    const id = chosen.ok ? (chosen.value as { chosen: string }).chosen : '';
    expect(id).not.toContain(path.sep);
    expect(await dispatch('backup.inspect', { chosen: id })).toMatchObject({
      ok: true,
      value: { chosen: id, name: path.basename(backup.file), backup: { customers: 0 } },
    });
    expect(await dispatch('backup.restore', { chosen: id })).toMatchObject({ ok: true, value: { restoredFrom: backup.file } });
  });

  it('answers null and chooses nothing when the person cancels', async () => {
    expect(await dispatch('backup.choose', {})).toEqual({ ok: true, value: { chosen: null } });
    expect(next.opened).toBe(1);
  });

  it('sets the backups folder the person picked, keeps it when they cancel, and goes back to the default', async () => {
    const usb = path.join(dir, 'usb');
    fs.mkdirSync(usb);
    next.folder = usb;
    expect(await dispatch('backup.setFolder', { folder: 'choose' })).toMatchObject({ ok: true, value: { dir: usb } });
    next.folder = null;
    expect(await dispatch('backup.setFolder', { folder: 'choose' })).toMatchObject({ ok: true, value: { dir: usb } });
    expect(await dispatch('backup.setFolder', { folder: 'default' })).toMatchObject({ ok: true, value: { dir: ctx.backupDir } });
  });

  it('refuses to choose where there is no dialog (browser mode, the command line)', async () => {
    const headless = createDispatcher({ ...ctx, picker: undefined });
    for (const [name, input] of [
      ['backup.choose', {}],
      ['backup.setFolder', { folder: 'choose' }],
    ] as const)
      expect(await headless(name, input), name).toMatchObject({ ok: false, error: { key: 'chooseNeedsDesktop' } });
    expect(next.opened).toBe(0);
  });
});

describe('a backup or an export into a file a person chose to save it as', () => {
  it('backs up into the chosen file, verified, and refuses to overwrite it or a file never chosen', async () => {
    const usb = path.join(dir, 'usb', 'weekly.sqlite');
    const to = ctx.chosenFiles?.add(usb) ?? '';
    const reply = await dispatch('backup.now', { to });
    expect(reply).toMatchObject({ ok: true, value: { file: usb, customers: 0 } });
    expect(fs.existsSync(usb)).toBe(true);
    expect(await dispatch('backup.now', { to })).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'backupExists' } });
    expect(await dispatch('backup.now', { to: 'never-given' })).toMatchObject({ ok: false, error: { key: 'chosenFileUnknown' } });
    expect(await dispatch('backup.now', { to: usb })).toMatchObject({ ok: false, error: { key: 'chosenFileUnknown' } });
  });

  it('exports into the chosen file in the asked language, and never over an existing file', async () => {
    await dispatch('customers.create', { name: 'Lin' });
    const out = path.join(dir, 'customers.csv');
    const to = ctx.chosenFiles?.add(out) ?? '';
    expect(await dispatch('export.write', { format: 'csv', to, lang: 'zh-CN' })).toMatchObject({
      ok: true,
      value: { file: out, customers: 1 },
    });
    expect(fs.readFileSync(out, 'utf8')).toMatch(/姓名/);
    expect(await dispatch('export.write', { format: 'csv', to })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'exportExists' },
    });
    expect(await dispatch('export.write', { format: 'pdf', to })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
