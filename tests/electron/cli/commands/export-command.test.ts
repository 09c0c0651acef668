import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runExport } from '../../../../electron/cli/commands/archive-commands';
import { createDispatcher } from '../../../../electron/api/dispatcher';
import { openBook } from '../../../../electron/db/open-book';
import { readXlsxTable } from '../../../../electron/domains/archive/xlsx-read';

let dir: string;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-cli-export-'));
  const book = await openBook(path.join(dir, 'shuke.sqlite'));
  const dispatch = createDispatcher({ db: book.db, now: () => new Date('2026-11-24T09:00:00Z'), locale: 'en' });
  await dispatch('customers.create', { name: '陳大文', phones: [{ number: '+852 9844 1370' }] });
  await book.close();
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('shuke export', () => {
  it('writes customers as .xlsx with headers in the language asked for, English by default', async () => {
    const tw = path.join(dir, 'out', 'customers-tw.xlsx');
    expect(await runExport('xlsx', dir, tw, 'zh-TW')).toEqual({ file: tw, customers: 1 });
    const [header, row] = await readXlsxTable(fs.readFileSync(tw));
    expect(header?.slice(0, 4)).toEqual(['姓名', '稱呼', '性別', '電話']);
    expect(row?.slice(0, 4)).toEqual(['陳大文', '', '', '+852 9844 1370']);
    const en = path.join(dir, 'out', 'purchases.xlsx');
    await runExport('purchases-xlsx', dir, en);
    expect((await readXlsxTable(fs.readFileSync(en)))[0]?.[0]).toBe('Date');
  });

  it('refuses a format or a language it does not know, saying which it knows', async () => {
    await expect(runExport('xls', dir, path.join(dir, 'a.xls'))).rejects.toThrow(/json, xlsx, csv, purchases-xlsx, purchases-csv, vcard/);
    await expect(runExport('csv', dir, path.join(dir, 'a.csv'), 'fr')).rejects.toThrow(/--lang must be one of en, zh-CN, zh-TW/);
    expect(fs.existsSync(path.join(dir, 'a.csv'))).toBe(false);
  });
});
