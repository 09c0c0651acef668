import { describe, expect, it } from 'vitest';
import type { Customer, CustomerSummary, ImportantDate } from '../../../../shared/contract';
import { importVcards } from '../../../../electron/domains/archive/import-vcard.service';
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
});
