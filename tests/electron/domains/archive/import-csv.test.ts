import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CustomerSummary, ImportantDate, Preference, Recall } from '../../../../shared/contract';
import { runImport } from '../../../../electron/cli/commands/archive-commands';
import { readCsv } from '../../../../electron/domains/archive/csv-rows';
import { importCsv } from '../../../../electron/domains/archive/import-csv.service';
import { createDispatcher } from '../../../../electron/api/dispatcher';
import { openBook } from '../../../../electron/db/open-book';
import { call, createTestApp, dumpRows, schemaOf } from '../../../helpers/create-test-db';
import { encodeGb18030 } from '../../../helpers/gb18030';

// What WPS saves on Chinese Windows: GB18030 bytes, Chinese headers, CRLF.
const wpsCsv =
  '姓名,手机,性别,生日,地址,备注,喜好\r\n张三,138 0013 8000,男,1985/3/12,上海市淮海路1号,老客户,藏青、宽松\r\n王丽华,13900001234,女,农历八月十五,,"喜欢真丝, 怕冷",\r\n李娜,,女,3月12日,,,\r\n';

describe('CSV import', () => {
  it('imports a WPS file saved in GBK with Chinese headers: phones, gender, solar and lunar birthdays, likes, notes', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-csv-'));
    const file = path.join(dir, 'customers.csv');
    fs.writeFileSync(file, encodeGb18030(wpsCsv));
    expect(fs.readFileSync(file).includes(Buffer.from('张三'))).toBe(false);
    expect(await runImport(file, dir, true)).toMatchObject({ customers: 3, dryRun: true });
    expect(await runImport(file, dir, false)).toMatchObject({ customers: 3 });

    const book = await openBook(path.join(dir, 'shuke.sqlite'));
    const dispatch = createDispatcher({ db: book.db, now: () => new Date('2026-11-24T02:00:00Z'), locale: 'zh-CN' });
    const list = await dispatch('customers.list', {});
    const items = list.ok ? (list.value as { items: CustomerSummary[] }).items : [];
    expect(items.map((c) => [c.name, c.displayAddressAs]).sort()).toEqual([
      ['张三', '张先生'],
      ['李娜', '李女士'],
      ['王丽华', '王女士'],
    ]);
    const zhang = items.find((c) => c.name === '张三')?.id ?? '';
    const recall = await dispatch('recall', { customerId: zhang });
    expect(recall.ok && (recall.value as Recall).likes.map((l) => l.value)).toEqual(['藏青', '宽松']);
    const wang = items.find((c) => c.name === '王丽华')?.id ?? '';
    const dates = await dispatch('dates.list', { customerId: wang, today: '2026-09-01' });
    expect(dates.ok && (dates.value as { items: ImportantDate[] }).items.map((d) => [d.calendar, d.month, d.day, d.next.on])).toEqual([
      ['lunar', 8, 15, '2026-09-25'],
    ]);
    const found = await dispatch('lookup', { query: '8000' });
    expect(found).toMatchObject({ ok: true, value: { hits: [{ name: '张三' }] } });
    const prefs = await dispatch('preferences.list', { customerId: wang });
    expect(prefs.ok && (prefs.value as { items: Preference[] }).items).toEqual([]);
    await book.close();
  });

  it('refuses the whole file with row numbers when a row is wrong, and writes nothing', async () => {
    const app = await createTestApp();
    const before = dumpRows(app.sqlite);
    const bad = '姓名,手机,生日,邮箱\r\n张三,13800138000,1985/3/12,\r\n,,,\r\n,,明年,\r\n王五,abc,,not-an-email\r\n';
    await expect(importCsv(app.ctx.db, bad, undefined, new Date())).rejects.toThrow(
      /row 4: birthday “明年” is not a date Shuke can read, has neither a name nor a phone; row 5: phone “abc” has no digits, email “not-an-email”/,
    );
    expect(dumpRows(app.sqlite)).toEqual(before);
    await expect(importCsv(app.ctx.db, 'a,b\r\n1,2\r\n', undefined, new Date())).rejects.toThrow(/No column holds a name or a phone/);
    await call(app, 'customers.create', { name: 'x' });
  });

  it('reads UTF-8 with a BOM and English headers, and a mapping chosen by hand', () => {
    const table = readCsv('\uFEFFFull Name,Mobile,Company,Misc\r\nAnna Smith,+44 7700 900123,ACME,x\r\n');
    expect(table.mapping).toEqual(['name', 'phone', 'company', null]);
    expect(table.rows[0]).toMatchObject({ row: 2, name: 'Anna Smith', phones: ['+44 7700 900123'], company: 'ACME', problems: [] });
    const chosen = readCsv('A,B\r\n王五,13800000000\r\n', ['name', 'phone']);
    expect(chosen.rows[0]).toMatchObject({ name: '王五', phones: ['13800000000'] });
  });

  it('imports a large file through the bulk path: the lookup index is rebuilt as the migrations made it and finds old and new customers', async () => {
    const app = await createTestApp();
    await call(app, 'customers.create', { name: '陈美玲', phones: [{ number: '13912345678' }] });
    const schemaBefore = schemaOf(app.sqlite);
    const lines = ['姓名,手机,喜好'];
    for (let i = 0; i < 10_000; i += 1) lines.push(`顾客${i},1370000${String(i).padStart(4, '0')},真丝`);
    lines.push('欧阳娜娜,13855556666,羊绒');
    expect(await importCsv(app.ctx.db, `${lines.join('\n')}\n`, undefined, app.clock.now())).toMatchObject({
      added: 10_001,
      merged: 0,
      dryRun: false,
    });
    expect(schemaOf(app.sqlite)).toBe(schemaBefore);
    const byPinyin = await call<{ hits: { name: string }[] }>(app, 'lookup', { query: 'oyn' });
    expect(byPinyin.hits.map((h) => h.name)).toEqual(['欧阳娜娜']);
    const old = await call<{ hits: { name: string }[] }>(app, 'lookup', { query: '13912' });
    expect(old.hits.map((h) => h.name)).toEqual(['陈美玲']);
    const byLike = await call<{ hits: { name: string }[] }>(app, 'lookup', { query: '羊绒' });
    expect(byLike.hits.map((h) => h.name)).toContain('欧阳娜娜');
    const exact = await call<{ hits: { name: string }[] }>(app, 'lookup', { query: '顾客42' });
    expect(exact.hits[0]?.name).toBe('顾客42');
    await app.close();
  });
});
