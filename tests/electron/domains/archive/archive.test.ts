import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeDemoBook } from '../../../../electron/cli/demo/write-demo-book';
import { exportFileName, exportFormatOf, exportFormats, writeExport } from '../../../../electron/domains/archive/export.service';
import { importArchive } from '../../../../electron/domains/archive/import-archive.service';
import { rebuildVisitStats } from '../../../../electron/domains/entries/visit-stats.service';
import { rebuildSearchIndex } from '../../../../electron/domains/search/search-index.service';
import { call, createTestApp, dumpRows, type TestApp } from '../../../helpers/create-test-db';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-archive-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const bookTables = [
  'customers',
  'customer_phones',
  'customer_tags',
  'entries',
  'purchase_lines',
  'preferences',
  'key_people',
  'important_dates',
  'entry_details',
  'search_keys',
  'kept_apart',
  'segments',
];

function bookRows(app: TestApp) {
  const rows = dumpRows(app.sqlite);
  return Object.fromEntries(bookTables.map((t) => [t, rows[t]]));
}

async function richBook(): Promise<TestApp> {
  const app = await createTestApp();
  await writeDemoBook(app.ctx.db, { customers: 60, seed: 3, now: new Date('2026-11-24T10:00:00Z') });
  await rebuildSearchIndex(app.ctx.db);
  await rebuildVisitStats(app.ctx.db);
  const referrer = await call<{ id: string }>(app, 'customers.create', { name: '老王', about: '=HYPERLINK("http://evil")', tags: ['VIP'] });
  // A team: who looks after her, and the counter and staff member her entries were written by.
  await call(app, 'team.addStaff', { name: '小王' });
  await call(app, 'team.setCounter', { counterName: '柜台 1', here: '小王' });
  const c = await call<{ id: string }>(app, 'customers.create', {
    name: '王丽华',
    responsible: '小王',
    referredBy: referrer.id,
    phones: [{ number: '+86 138 0013 8821' }],
  });
  await call(app, 'duplicates.keepApart', { customerIds: [referrer.id, c.id] });
  await call(app, 'segments.save', { name: '流失风险的 VIP', filter: { tiers: ['at_risk'], minSpend: 100_000 }, sort: 'spend' });
  const kid = await call<{ id: string }>(app, 'people.set', {
    customerId: c.id,
    name: '小雨',
    relation: '女儿',
    linkedCustomerId: referrer.id,
  });
  await call(app, 'dates.set', { customerId: c.id, personId: kid.id, kind: 'birthday', calendar: 'lunar', year: 2015, month: 8, day: 15 });
  await call(app, 'dates.set', { customerId: c.id, kind: 'birthday', calendar: 'solar', month: 3, day: 12 });
  const complaint = await call<{ id: string }>(app, 'entries.add', {
    customerId: c.id,
    kind: 'complaint',
    text: '拉链坏了',
    occurredAt: '2026-11-18T03:00:00Z',
    details: { remedy: '换了', resolvedOn: '2026-11-20' },
  });
  await call(app, 'care.done', { customerId: c.id, entryId: complaint.id, what: 'complaintCall', text: '回访好评' });
  const trashed = await call<{ id: string }>(app, 'entries.add', { customerId: c.id, kind: 'note', text: '写错了' });
  await call(app, 'entries.delete', { id: trashed.id });
  return app;
}

describe('the JSON archive', () => {
  it('round-trips a whole book with nothing lost (trash, dates, people, referrals, details included)', async () => {
    const source = await richBook();
    const out = path.join(dir, 'book.json');
    const written = await writeExport(source.ctx.db, 'json', out);
    expect(written.customers).toBe(62);
    const target = await createTestApp();
    const report = await importArchive(target.ctx.db, out);
    expect(report).toMatchObject({ customers: 62, customersAlreadyThere: 0, entriesAlreadyThere: 0 });
    expect(bookRows(target)).toEqual(bookRows(source));
    expect(target.sqlite.prepare("SELECT count(*) AS n FROM entries WHERE written_on = '柜台 1' AND written_by = '小王'").get()).toEqual({
      n: 3,
    });
    expect(target.sqlite.prepare("SELECT responsible FROM customers WHERE name = '王丽华'").get()).toEqual({ responsible: '小王' });
    // The staff list is the book's; the counter's name and who is at it stay with the counter that exported.
    expect(target.sqlite.prepare("SELECT key FROM settings WHERE key IN ('staff', 'device.name', 'device.staff')").pluck().all()).toEqual([
      'staff',
    ]);
    expect(await call(target, 'lookup', { query: 'wlh' })).toMatchObject({ hits: [{ name: '王丽华' }] });
    // Importing the same archive again adds nothing.
    const before = dumpRows(target.sqlite);
    expect(await importArchive(target.ctx.db, out)).toMatchObject({
      customers: 0,
      customersAlreadyThere: 62,
      entries: 0,
      entriesAlreadyThere: report.entries,
      preferences: 0,
      people: 0,
      dates: 0,
    });
    expect(dumpRows(target.sqlite)).toEqual(before);
  });

  it('refuses a broken or foreign file with where the problem is, and writes nothing', async () => {
    const target = await createTestApp();
    await call(target, 'customers.create', { name: '原有客户' });
    const before = dumpRows(target.sqlite);
    const broken = path.join(dir, 'broken.json');
    fs.writeFileSync(broken, '{"format":"shuke-archive","version":1,');
    await expect(importArchive(target.ctx.db, broken)).rejects.toThrow(/not valid JSON.*nothing was imported/);
    const wrong = path.join(dir, 'wrong.json');
    const source = await richBook();
    await writeExport(source.ctx.db, 'json', wrong);
    const archive = JSON.parse(fs.readFileSync(wrong, 'utf8')) as { customers: { entries: { entry: { kind: unknown } }[] }[] };
    const index = archive.customers.findIndex((c) => c.entries.length >= 3);
    const entry = archive.customers[index]?.entries[2]?.entry;
    expect(entry).toBeDefined();
    if (entry !== undefined) entry.kind = 42;
    fs.writeFileSync(wrong, JSON.stringify(archive));
    await expect(importArchive(target.ctx.db, wrong)).rejects.toThrow(new RegExp(`customer ${index + 1}, entry 3, kind`));
    fs.writeFileSync(wrong, JSON.stringify({ hello: 'world' }));
    await expect(importArchive(target.ctx.db, wrong)).rejects.toThrow(/not a Shuke archive/);
    expect(dumpRows(target.sqlite)).toEqual(before);
  });

  it('dry-runs without writing', async () => {
    const source = await richBook();
    const out = path.join(dir, 'book.json');
    await writeExport(source.ctx.db, 'json', out);
    const target = await createTestApp();
    const before = dumpRows(target.sqlite);
    expect(await importArchive(target.ctx.db, out, { dryRun: true })).toMatchObject({ customers: 62, dryRun: true });
    expect(dumpRows(target.sqlite)).toEqual(before);
  });
});

describe('CSV and vCard exports', () => {
  it('writes customers for Excel with a BOM and neutralised formulas, and purchases', async () => {
    const source = await richBook();
    const csv = path.join(dir, 'customers.csv');
    await writeExport(source.ctx.db, 'csv', csv);
    const text = fs.readFileSync(csv, 'utf8');
    expect(text.startsWith('\uFEFFName,Address as,Gender,Phone,')).toBe(true);
    expect(text).toContain(`老王,,,,,,,,,VIP,,,,,0,0.00,`);
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(text.split('\r\n').length).toBe(62 + 2);
    const purchases = path.join(dir, 'purchases.csv');
    await writeExport(source.ctx.db, 'purchases-csv', purchases);
    expect(fs.readFileSync(purchases, 'utf8').split('\r\n')[1]).toMatch(/^\d{4}-\d{2}-\d{2},.+,CNY$/);
  });

  it('writes vCards phones can import, and never overwrites a file', async () => {
    const source = await richBook();
    const vcf = path.join(dir, 'contacts.vcf');
    const result = await writeExport(source.ctx.db, 'vcard', vcf);
    const text = fs.readFileSync(vcf, 'utf8');
    expect(text.match(/BEGIN:VCARD/g)?.length).toBe(result.customers);
    expect(text).toContain('FN:王丽华\r\nTEL;TYPE=CELL:+86 138 0013 8821\r\nBDAY:--0312\r\n');
    await expect(writeExport(source.ctx.db, 'vcard', vcf)).rejects.toThrow(/already exists/);
  });
});

describe('export files', () => {
  it('are named for what they hold and when, with the extension their program opens', () => {
    const at = new Date('2026-11-24T10:00:00Z');
    expect(exportFormats.map((f) => exportFileName(f, at))).toEqual([
      'shuke-json-2026-11-24.json',
      'shuke-xlsx-2026-11-24.xlsx',
      'shuke-csv-2026-11-24.csv',
      'shuke-purchases-xlsx-2026-11-24.xlsx',
      'shuke-purchases-csv-2026-11-24.csv',
      'shuke-vcard-2026-11-24.vcf',
      'shuke-cards-xlsx-2026-11-24.xlsx',
      'shuke-cards-csv-2026-11-24.csv',
    ]);
    expect(exportFormatOf('vcard')).toBe('vcard');
    expect(exportFormatOf('exe')).toBeUndefined();
  });
});
