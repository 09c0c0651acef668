import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBackup } from '../../../../electron/cli/commands/backup-command';
import { runRestore } from '../../../../electron/cli/commands/restore-command';
import { createDispatcher } from '../../../../electron/api/dispatcher';
import { openBook } from '../../../../electron/db/open-book';
import { lockBookFolder } from '../../../../electron/db/book-lock';
import { runImport } from '../../../../electron/cli/commands/archive-commands';

describe('shuke restore', () => {
  it('restores a backup over a book folder and refuses a file that is not one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-cli-restore-'));
    const file = path.join(dir, 'shuke.sqlite');
    let book = await openBook(file);
    await createDispatcher({ db: book.db, now: () => new Date(), locale: 'en' })('customers.create', { name: 'Anna' });
    await book.close();
    const backup = await runBackup(dir, path.join(dir, 'anna.sqlite'));
    book = await openBook(file);
    await createDispatcher({ db: book.db, now: () => new Date(), locale: 'en' })('customers.create', { name: 'Later' });
    await book.close();

    const result = await runRestore(backup.file, dir);
    expect(result.customers).toBe(1);
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a backup');
    await expect(runRestore(path.join(dir, 'notes.txt'), dir)).rejects.toThrow(/nothing was changed/);
    book = await openBook(file);
    const list = await createDispatcher({ db: book.db, now: () => new Date(), locale: 'en' })('customers.list', {});
    await book.close();
    expect(list).toMatchObject({ ok: true, value: { total: 1, items: [{ name: 'Anna' }] } });
  });

  it('refuses to restore or import while the app has the book, naming it, and changes nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-cli-locked-'));
    const file = path.join(dir, 'shuke.sqlite');
    const book = await openBook(file);
    await createDispatcher({ db: book.db, now: () => new Date(), locale: 'en' })('customers.create', { name: 'Anna' });
    await book.close();
    const backup = await runBackup(dir, path.join(dir, 'anna.sqlite'));
    const before = fs.readFileSync(file);

    const app = lockBookFolder(dir, 'the desktop app');
    try {
      await expect(runRestore(backup.file, dir)).rejects.toThrow(/open in the desktop app .*Nothing was changed/);
      fs.writeFileSync(path.join(dir, 'people.csv'), 'name\nBob\n');
      await expect(runImport(path.join(dir, 'people.csv'), dir, false)).rejects.toThrow(/open in the desktop app/);
      await expect(runBackup(dir)).rejects.toThrow(/open in the desktop app/);
    } finally {
      app.release();
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
