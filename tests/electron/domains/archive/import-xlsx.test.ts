import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Customer, CustomerSummary, ImportantDate } from '../../../../shared/contract';
import { runImport } from '../../../../electron/cli/commands/archive-commands';
import { writeExport } from '../../../../electron/domains/archive/export.service';
import { call, createTestApp, type TestApp } from '../../../helpers/create-test-db';
import { exportBook } from '../../../helpers/export-book';

const open: TestApp[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const app of open.splice(0)) await app.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function exported(locale: TestApp['ctx']['locale']): Promise<Buffer> {
  const book = await exportBook(locale);
  open.push(book);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-xlsx-'));
  dirs.push(dir);
  const file = path.join(dir, 'customers.xlsx');
  await writeExport(book.ctx.db, 'xlsx', file, { locale });
  return fs.readFileSync(file);
}

async function people(app: TestApp) {
  const { items } = await call<{ items: CustomerSummary[] }>(app, 'customers.list', { sort: 'name' });
  return Promise.all(
    items.map(async (c) => {
      const customer = await call<Customer>(app, 'customers.get', { id: c.id });
      const dates = await call<{ items: ImportantDate[] }>(app, 'dates.list', { customerId: c.id });
      const prefs = await call<{ items: { polarity: string; value: string }[] }>(app, 'preferences.list', { customerId: c.id });
      return {
        name: customer.name,
        addressAs: customer.addressAs,
        preferences: prefs.items.map((p) => `${p.polarity}:${p.value}`).sort(),
        phones: customer.phones.map((p) => p.number),
        tags: [...customer.tags].sort(),
        birthday: dates.items.filter((d) => d.kind === 'birthday').map((d) => [d.calendar, d.year, d.month, d.day]),
      };
    }),
  );
}

describe('importing an Excel workbook', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`reads what Shuke exported (${locale} headers) into a new book with the same names, phones, tags and birthdays`, async () => {
      const bytes = await exported(locale);
      const fresh = await createTestApp('zh-CN');
      open.push(fresh);
      const file = { kind: 'xlsx', base64: bytes.toString('base64') };
      const preview = await call<{ format: string; total: number; problemRows: number; matchCount: number }>(fresh, 'import.preview', {
        file,
      });
      expect(preview).toMatchObject({ format: 'xlsx', problemRows: 0, matchCount: 0 });
      expect(await call(fresh, 'import.run', { file })).toMatchObject({ added: preview.total, merged: 0 });
      const source = open[open.length - 2];
      if (source === undefined) throw new Error('no source book');
      expect(await people(fresh)).toEqual(await people(source));

      // The same workbook again: everyone is already there, and nobody is doubled.
      expect(await call(fresh, 'import.run', { file })).toMatchObject({ added: 0, merged: preview.total });
    });
  }

  it('imports a workbook from the command line, and says what is wrong with a file that is not one', async () => {
    const bytes = await exported('zh-CN');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-xlsx-cli-'));
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, 'customers.xlsx'), bytes);
    expect(await runImport(path.join(dir, 'customers.xlsx'), path.join(dir, 'book'), false)).toMatchObject({ customers: 3 });
    fs.writeFileSync(path.join(dir, 'fake.xlsx'), '姓名,手机\n张三,13800138000\n');
    await expect(runImport(path.join(dir, 'fake.xlsx'), path.join(dir, 'book'), false)).rejects.toThrow(/xlsx|workbook|Excel/i);
  });
});
