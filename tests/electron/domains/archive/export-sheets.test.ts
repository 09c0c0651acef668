import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeExport } from '../../../../electron/domains/archive/export.service';
import { readCsv } from '../../../../electron/domains/archive/csv-rows';
import { customerHeaders, exportWords, purchaseColumns } from '../../../../shared/domain/export-words';
import { guessMapping } from '../../../../shared/domain/import-columns';
import { call } from '../../../helpers/create-test-db';
import { exportBook } from '../../../helpers/export-book';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-sheets-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const rowsOf = (file: string) => Papa.parse<string[]>(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('the customer CSV', () => {
  it('has the columns in the user’s language, phones Excel cannot turn into numbers, and the shop’s days', async () => {
    const app = await exportBook();
    const file = path.join(dir, 'customers.csv');
    expect(await writeExport(app.ctx.db, 'csv', file, { locale: 'zh-CN' })).toEqual({ file, customers: 3 });
    const text = fs.readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFF姓名,称呼,性别,电话,')).toBe(true);
    const [header, zhang, chan, wang] = rowsOf(file);
    expect(header).toEqual(customerHeaders('zh-CN', 'CNY'));
    expect(header).toContain('累计消费（CNY）');
    expect(text).toContain('张三,,男,"=""13800138000""",zhang@example.com,');
    expect(zhang).toEqual([
      '张三',
      '',
      '男',
      '="13800138000"',
      'zhang@example.com',
      '',
      '',
      '',
      '="1985-03-12"',
      'VIP, 老客',
      '蓝色',
      '香菜',
      // Bought at 01:30 on the 21st in Shanghai, 17:30 on the 20th in UTC: the shop's day counts.
      '2026-11-21',
      '2026-11-21',
      '1',
      '219.00',
      'VIP',
      '',
      '喜欢安静的下午来',
      '2026-11-24',
    ]);
    expect(chan?.slice(0, 4)).toEqual(['陈大文', '', '女', '="+852 9844 1370 / 13900139000"']);
    expect(chan?.[8]).toBe('农历八月十五');
    expect(chan?.slice(12, 17)).toEqual(['', '', '0', '0.00', '新客']);
    expect(wang?.[3]).toBe('="021-6543 2100"');
    expect(wang?.[6]).toBe(`'=HYPERLINK("http://evil")`);
    expect(wang?.[8]).toBe('="03-12"');
  });

  it('says who looks after each customer', async () => {
    const app = await exportBook();
    await call(app, 'team.addStaff', { name: '小王' });
    const [zhang] = (await call<{ items: { id: string }[] }>(app, 'customers.list', { query: '张三' })).items;
    await call(app, 'customers.update', { id: zhang?.id, patch: { responsible: '小王' } });
    const file = path.join(dir, 'team.csv');
    await writeExport(app.ctx.db, 'csv', file, { locale: 'zh-CN' });
    const [header, ...rows] = rowsOf(file);
    const column = header?.indexOf('负责人') ?? -1;
    expect(column).toBeGreaterThan(0);
    expect(rows.map((r) => [r[0], r[column]])).toEqual(
      expect.arrayContaining([
        ['张三', '小王'],
        ['陈大文', ''],
      ]),
    );
  });

  it('speaks English and Traditional Chinese too, lunar birthdays in Chinese either way', async () => {
    const app = await exportBook('zh-TW');
    const en = path.join(dir, 'en.csv');
    const tw = path.join(dir, 'tw.csv');
    await writeExport(app.ctx.db, 'csv', en, { locale: 'en' });
    await writeExport(app.ctx.db, 'csv', tw, { locale: 'zh-TW' });
    const [enHeader, enZhang, enChan] = rowsOf(en);
    expect(enHeader?.slice(0, 4)).toEqual(['Name', 'Address as', 'Gender', 'Phone']);
    expect(enHeader).toContain('Total spend (CNY)');
    expect([enZhang?.[2], enZhang?.[16], enChan?.[2], enChan?.[8]]).toEqual(['Male', 'VIP', 'Female', '农历八月十五']);
    const [twHeader, , twChan] = rowsOf(tw);
    expect(twHeader?.slice(0, 5)).toEqual(['姓名', '稱呼', '性別', '電話', '電子郵件']);
    expect([twChan?.[2], twChan?.[8], twChan?.[16]]).toEqual(['女', '農曆八月十五', '新客']);
  });

  it('comes back in as the same customers, whatever its language', async () => {
    const app = await exportBook();
    for (const locale of ['en', 'zh-CN', 'zh-TW'] as const) {
      const file = path.join(dir, `${locale}.csv`);
      await writeExport(app.ctx.db, 'csv', file, { locale });
      const table = readCsv(fs.readFileSync(file, 'utf8'));
      expect(table.rows.map((r) => r.problems)).toEqual([[], [], []]);
      expect(table.rows.map((r) => [r.name, r.phones, r.gender, r.tags, r.likes, r.notes, r.email, r.company])).toEqual([
        ['张三', ['13800138000'], 'male', ['VIP', '老客'], ['蓝色'], '喜欢安静的下午来', 'zhang@example.com', null],
        ['陈大文', ['+852 9844 1370', '13900139000'], 'female', [], [], null, null, null],
        ['王丽华', ['021-6543 2100'], null, [], [], null, null, '=HYPERLINK("http://evil")'],
      ]);
      expect(table.rows[0]?.birthday).toEqual({ calendar: 'solar', year: 1985, month: 3, day: 12, leapMonth: false });
      expect(table.rows[1]?.birthday).toEqual({ calendar: 'lunar', year: null, month: 8, day: 15, leapMonth: false });
    }
  });
});

describe('the import’s column guessing', () => {
  it('knows every header the export writes, in every language, and leaves derived columns unmapped', () => {
    for (const locale of ['en', 'zh-CN', 'zh-TW'] as const) {
      expect(guessMapping(customerHeaders(locale, locale === 'zh-TW' ? 'TWD' : 'HKD')), locale).toEqual([
        'name',
        'addressAs',
        'gender',
        'phone',
        'email',
        'address',
        'company',
        'title',
        'birthday',
        'tags',
        'likes',
        'dislikes',
        null,
        null,
        null,
        null,
        null,
        null,
        'notes',
        null,
      ]);
    }
  });
});

describe('the purchases CSV', () => {
  it('has one row per line, dated in the shop’s zone, money with its decimals', async () => {
    const app = await exportBook();
    const file = path.join(dir, 'purchases.csv');
    await writeExport(app.ctx.db, 'purchases-csv', file, { locale: 'zh-CN' });
    expect(rowsOf(file)).toEqual([
      purchaseColumns.map((c) => exportWords['zh-CN'].purchase[c]),
      ['2026-11-21', '张三', '="13800138000"', '外套', '蓝', 'M', '1', '128.00', '128.00', 'CNY'],
      ['2026-11-21', '张三', '="13800138000"', '围巾', '', '', '2', '45.50', '91.00', 'CNY'],
    ]);
  });
});

describe('the .xlsx exports', () => {
  it('type every cell as Excel keeps it, with a bold frozen header and set widths', async () => {
    const app = await exportBook();
    const file = path.join(dir, 'customers.xlsx');
    expect(await writeExport(app.ctx.db, 'xlsx', file, { locale: 'zh-CN' })).toEqual({ file, customers: 3 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.worksheets[0];
    expect(sheet?.name).toBe('客户');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet?.getRow(1).values).toEqual([undefined, ...customerHeaders('zh-CN', 'CNY')]);
    expect(sheet?.getColumn(4).width).toBe(18);
    const zhang = sheet?.getRow(2);
    expect(zhang?.getCell(4).value).toBe('13800138000');
    expect(zhang?.getCell(4).numFmt).toBe('@');
    expect(zhang?.getCell(9).value).toBe('1985-03-12');
    expect(zhang?.getCell(13).value).toEqual(new Date(Date.UTC(2026, 10, 21)));
    expect(zhang?.getCell(13).numFmt).toBe('yyyy-mm-dd');
    expect(zhang?.getCell(15).value).toBe(1);
    expect(zhang?.getCell(16).value).toBe(219);
    expect(zhang?.getCell(16).numFmt).toBe('0.00');
    expect(sheet?.getRow(3).getCell(4).value).toBe('+852 9844 1370 / 13900139000');
    // A text cell is never a formula in .xlsx: no guard needed, nothing to undo.
    expect(sheet?.getRow(4).getCell(7).value).toBe('=HYPERLINK("http://evil")');
    expect(sheet?.rowCount).toBe(4);
  });

  it('write purchases with real days and amounts, each with its currency’s decimals', async () => {
    const app = await exportBook();
    const tourist = await call<{ id: string }>(app, 'customers.create', { name: 'Sato' });
    await call(app, 'entries.add', {
      customerId: tourist.id,
      kind: 'purchase',
      occurredAt: '2026-11-22T03:00:00.000Z',
      lines: [{ item: '茶', unitPriceMinor: 1200, currency: 'JPY' }],
    });
    const file = path.join(dir, 'purchases.xlsx');
    await writeExport(app.ctx.db, 'purchases-xlsx', file, { locale: 'en' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.worksheets[0];
    expect(sheet?.name).toBe('Purchases');
    const rows = [2, 3, 4].map((r) => sheet?.getRow(r));
    const scarf = rows.find((r) => r?.getCell(4).value === '围巾');
    expect(scarf?.values).toEqual([
      undefined,
      new Date(Date.UTC(2026, 10, 21)),
      '张三',
      '13800138000',
      '围巾',
      undefined,
      undefined,
      2,
      45.5,
      91,
      'CNY',
    ]);
    expect(scarf?.getCell(9).numFmt).toBe('0.00');
    const tea = rows.find((r) => r?.getCell(4).value === '茶');
    expect([tea?.getCell(8).value, tea?.getCell(8).numFmt, tea?.getCell(10).value]).toEqual([1200, '0', 'JPY']);
    const csv = path.join(dir, 'purchases.csv');
    await writeExport(app.ctx.db, 'purchases-csv', csv, { locale: 'en' });
    expect(rowsOf(csv).find((r) => r[3] === '茶')).toEqual(['2026-11-22', 'Sato', '', '茶', '', '', '1', '1200', '1200', 'JPY']);
  });

  it('never overwrite, and leave nothing behind when they fail', async () => {
    const app = await exportBook();
    const file = path.join(dir, 'customers.xlsx');
    await writeExport(app.ctx.db, 'xlsx', file);
    const before = fs.readFileSync(file);
    await expect(writeExport(app.ctx.db, 'xlsx', file)).rejects.toThrow(/already exists/);
    expect(fs.readFileSync(file)).toEqual(before);
    // A read that fails once the file is open (here: a table gone) leaves neither file nor .partial.
    app.sqlite.exec('DROP TABLE customer_value');
    await expect(writeExport(app.ctx.db, 'xlsx', path.join(dir, 'broken.xlsx'))).rejects.toThrow(/customer_value/);
    await expect(writeExport(app.ctx.db, 'csv', path.join(dir, 'broken.csv'))).rejects.toThrow(/customer_value/);
    expect(fs.readdirSync(dir)).toEqual(['customers.xlsx']);
  });
});
