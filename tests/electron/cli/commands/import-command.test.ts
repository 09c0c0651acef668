import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runExport, runImport } from '../../../../electron/cli/commands/archive-commands';
import { createDispatcher } from '../../../../electron/api/dispatcher';
import { openBook } from '../../../../electron/db/open-book';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-cli-import-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function customersIn(folder: string): Promise<string[]> {
  const book = await openBook(path.join(folder, 'shuke.sqlite'));
  try {
    return (book.sqlite.prepare('SELECT name FROM customers ORDER BY name').all() as { name: string }[]).map((c) => c.name);
  } finally {
    await book.close();
  }
}

describe('shuke import, through the same calls as the app', () => {
  it('brings a JSON archive into another book (import.archive), a dry run writing nothing', async () => {
    const from = path.join(dir, 'from');
    fs.mkdirSync(from);
    const book = await openBook(path.join(from, 'shuke.sqlite'));
    const dispatch = createDispatcher({ db: book.db, now: () => new Date('2026-11-24T09:00:00Z'), locale: 'en' });
    await dispatch('customers.create', { name: '陳大文', phones: [{ number: '+852 9844 1370' }] });
    await dispatch('customers.create', { name: 'Ann Smith' });
    await book.close();
    const archive = path.join(dir, 'book.json');
    await runExport('json', from, archive);

    const to = path.join(dir, 'to');
    expect(await runImport(archive, to, true)).toMatchObject({ customers: 2, dryRun: true });
    expect(await customersIn(to)).toEqual([]);
    expect(await runImport(archive, to, false)).toMatchObject({ customers: 2, dryRun: false });
    expect(await customersIn(to)).toEqual(['Ann Smith', '陳大文']);
    // Again: everyone is already there, nothing doubled.
    expect(await runImport(archive, to, false)).toMatchObject({ customers: 0, customersAlreadyThere: 2 });
    expect(await customersIn(to)).toEqual(['Ann Smith', '陳大文']);
  });

  it('imports a CSV through import.run, and refuses a broken file changing nothing', async () => {
    const csv = path.join(dir, 'people.csv');
    fs.writeFileSync(csv, `姓名,手机\n${Array.from({ length: 3000 }, (_, i) => `客户${i},139${String(i).padStart(8, '0')}`).join('\n')}\n`);
    expect(await runImport(csv, dir, false)).toMatchObject({ customers: 3000 });
    const broken = path.join(dir, 'broken.xlsx');
    fs.writeFileSync(broken, 'not a workbook');
    await expect(runImport(broken, dir, false)).rejects.toThrow();
    expect((await customersIn(dir)).length).toBe(3000);
  });
});
