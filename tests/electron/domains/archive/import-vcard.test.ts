import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Customer, CustomerSummary, ImportantDate } from '../../../../shared/contract';
import { importVcards } from '../../../../electron/domains/archive/import-vcard.service';
import { decodeText } from '../../../../shared/domain/text-encoding';
import { call, createTestApp, dumpRows } from '../../../helpers/create-test-db';

const vcf = [
  'BEGIN:VCARD',
  'VERSION:2.1',
  'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0;=E4=B8=89;;;',
  'TEL;CELL:138-0013-8000',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Smith;Anna;;;',
  'FN:Anna Smith',
  'NICKNAME:Annie',
  'TEL;TYPE=CELL:+44 7700 900123',
  'CATEGORIES:VIP',
  'BDAY:--0312',
  'END:VCARD',
].join('\r\n');

describe('vCard import', () => {
  it('brings phone contacts in with nickname, tags and a yearless birthday, findable at once', async () => {
    const app = await createTestApp('en');
    expect(await importVcards(app.ctx.db, vcf, new Date(), { dryRun: true })).toMatchObject({ added: 2, dryRun: true });
    expect((await call<{ total: number }>(app, 'customers.list', {})).total).toBe(0);
    expect(await importVcards(app.ctx.db, vcf, new Date())).toMatchObject({ added: 2, dryRun: false });
    const { items } = await call<{ items: CustomerSummary[] }>(app, 'customers.list', {});
    expect(items.map((c) => c.name).sort()).toEqual(['Anna Smith', '张三']);
    const anna = await call<Customer>(app, 'customers.get', { id: items.find((c) => c.name === 'Anna Smith')?.id ?? '' });
    expect(anna).toMatchObject({ addressAs: 'Annie', tags: ['VIP'] });
    const dates = await call<{ items: ImportantDate[] }>(app, 'dates.list', { customerId: anna.id, today: '2026-11-24' });
    expect(dates.items.map((d) => [d.year, d.month, d.day])).toEqual([[null, 3, 12]]);
    expect(await call(app, 'lookup', { query: 'zs' })).toMatchObject({ hits: [{ name: '张三' }] });
  });

  it('refuses a file with no contacts and writes nothing', async () => {
    const app = await createTestApp();
    const before = dumpRows(app.sqlite);
    await expect(importVcards(app.ctx.db, 'hello', new Date())).rejects.toThrow(/No contacts were found/);
    expect(dumpRows(app.sqlite)).toEqual(before);
  });

  it('imports an Android export whole: the phone after a photo, the nickname, a yearless birthday, a contact with only a number', async () => {
    const app = await createTestApp('zh-CN');
    const { text } = decodeText(fs.readFileSync(path.join(import.meta.dirname, '../../../fixtures/vcard/android-2.1-qp.vcf')));
    expect(await importVcards(app.ctx.db, text, new Date())).toMatchObject({ added: 3, dryRun: false });
    const li = await call<{ hits: { customerId: string; name: string }[] }>(app, 'lookup', { query: '6438-5678' });
    expect(li.hits.map((h) => h.name)).toEqual(['李娜']);
    const dates = await call<{ items: ImportantDate[] }>(app, 'dates.list', {
      customerId: li.hits[0]?.customerId ?? '',
      today: '2026-08-01',
    });
    expect(dates.items.map((d) => [d.year, d.month, d.day])).toEqual([[null, 8, 15]]);
    const zhang = await call<{ hits: { customerId: string }[] }>(app, 'lookup', { query: '13800138000' });
    expect(await call<Customer>(app, 'customers.get', { id: zhang.hits[0]?.customerId ?? '' })).toMatchObject({
      name: '张三',
      addressAs: '小张',
      company: '华美服饰',
      about: '喜欢藏青色，宽松的款式。\n不要香水；上次买了羊绒大衣。',
    });
  });
});
