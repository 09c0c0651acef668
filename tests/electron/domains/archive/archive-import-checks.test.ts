import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Archive } from '../../../../shared/contract/archive.schema';
import { AppError } from '../../../../electron/api/app-error';
import { writeDemoBook } from '../../../../electron/cli/demo/write-demo-book';
import { writeExport } from '../../../../electron/domains/archive/export.service';
import { importArchive } from '../../../../electron/domains/archive/import-archive.service';
import { rebuildVisitStats } from '../../../../electron/domains/entries/visit-stats.service';
import { rebuildSearchIndex } from '../../../../electron/domains/search/search-index.service';
import { ensureValues } from '../../../../electron/domains/value/value.service';
import { call, createTestApp, dumpRows, type TestApp } from '../../../helpers/create-test-db';

let dir: string;
let files = 0;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-archive-checks-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function exported(app: TestApp): Promise<{ file: string; archive: Archive }> {
  files += 1;
  const file = path.join(dir, `book-${files}.json`);
  await writeExport(app.ctx.db, 'json', file);
  return { file, archive: JSON.parse(fs.readFileSync(file, 'utf8')) as Archive };
}

function written(archive: unknown): string {
  files += 1;
  const file = path.join(dir, `edited-${files}.json`);
  fs.writeFileSync(file, JSON.stringify(archive));
  return file;
}

/** Two customers with entries, a key person with a birthday, a referral and a preference. */
async function smallBook(): Promise<TestApp> {
  const app = await createTestApp();
  const wang = await call<{ id: string }>(app, 'customers.create', { name: '老王', tags: ['VIP'] });
  const li = await call<{ id: string }>(app, 'customers.create', {
    name: '李丽',
    referredBy: wang.id,
    phones: [{ number: '13800138000' }],
  });
  await call(app, 'entries.add', { customerId: wang.id, kind: 'visit', text: '来看了新款' });
  await call(app, 'entries.add', {
    customerId: li.id,
    kind: 'purchase',
    text: '买了外套',
    lines: [{ item: '外套', unitPriceMinor: 59_900, quantity: 1 }],
  });
  await call(app, 'preferences.set', { customerId: li.id, polarity: 'like', category: 'colour', value: '深蓝' });
  const kid = await call<{ id: string }>(app, 'people.set', { customerId: li.id, name: '小雨', relation: '女儿' });
  await call(app, 'dates.set', { customerId: li.id, personId: kid.id, kind: 'birthday', calendar: 'solar', month: 5, day: 4 });
  return app;
}

const elsewhere = '0190aaaa-bbbb-7ccc-8ddd-eeeeeeeeeeee';

async function refusal(run: Promise<unknown>): Promise<AppError> {
  const error: unknown = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('an archive is checked before anything is written', () => {
  it('refuses an id that is not a UUID, and the book is unchanged', async () => {
    const { archive } = await exported(await smallBook());
    const target = await smallBook();
    const before = dumpRows(target.sqlite);
    const first = archive.customers[0];
    if (first === undefined) throw new Error('no customer');
    first.customer.id = 'customer-1';
    const error = await refusal(importArchive(target.ctx.db, written(archive)));
    expect(error.said?.key).toBe('importNotArchive');
    expect(error.message).toMatch(/customer 1, id: must be an id Shuke gave out/);
    // The app words the first problem from its key, not from the English reason.
    expect(error.said?.params).toMatchObject({ problemKey: 'notAnId', count: 1 });
    expect(dumpRows(target.sqlite)).toEqual(before);
  });

  it('refuses a kind the diary does not know, and the book is unchanged', async () => {
    const { archive } = await exported(await smallBook());
    const target = await createTestApp();
    const before = dumpRows(target.sqlite);
    const entry = archive.customers[1]?.entries[0]?.entry;
    if (entry === undefined) throw new Error('no entry');
    entry.kind = 'party';
    const error = await refusal(importArchive(target.ctx.db, written(archive)));
    expect(error.said?.key).toBe('importNotArchive');
    expect(error.message).toMatch(/customer 2, entry 1, kind: must be one of note, visit/);
    expect(dumpRows(target.sqlite)).toEqual(before);
  });

  it('refuses rows whose customer, entry or key person is in neither the archive nor the book, listing the first five', async () => {
    const { archive } = await exported(await smallBook());
    const target = await smallBook();
    const before = dumpRows(target.sqlite);
    const [wang, li] = archive.customers;
    const entry = wang?.entries[0]?.entry;
    const line = li?.entries[0]?.lines[0];
    const date = li?.dates[0];
    if (wang === undefined || li === undefined || entry === undefined || line === undefined || date === undefined)
      throw new Error('no rows');
    entry.customer_id = elsewhere;
    line.entry_id = elsewhere;
    date.person_id = elsewhere;
    li.customer.referred_by = elsewhere;
    li.people.push({ ...(li.people[0] ?? never()), id: '0190aaaa-0000-7000-8000-000000000001', linked_customer_id: elsewhere });
    archive.keptApart.push({ first_id: wang.customer.id, second_id: elsewhere, created_at: wang.customer.created_at });
    const error = await refusal(importArchive(target.ctx.db, written(archive)));
    expect(error.said).toMatchObject({ key: 'importArchiveProblems', params: { count: 6, first: `${entry.id.slice(0, 8)}…` } });
    expect(error.message).toContain(`entry ${entry.id.slice(0, 8)}…: its customer is not in the archive or the book`);
    expect(error.message).toContain('the customer who referred them is not in the archive or the book');
    expect(error.message).toContain(`purchase line ${line.id.slice(0, 8)}…: it names another entry than the one it is filed under`);
    expect(error.message).toContain('its key person is not in the archive or the book');
    expect(error.message).toContain('the customer it is linked to is not in the archive or the book');
    // Five are listed; the sixth (the kept-apart pair) is only counted.
    expect(error.message).not.toContain('kept-apart pair');
    expect(error.message).toMatch(/nothing was changed\. 6 problem\(s\)/);
    expect(dumpRows(target.sqlite)).toEqual(before);
  });

  it('accepts references to customers the book already has', async () => {
    const source = await smallBook();
    const target = await createTestApp();
    const { file } = await exported(source);
    await importArchive(target.ctx.db, file);
    // A new customer referred by one the target already holds, in an archive without the referrer.
    const newcomer = await call<{ id: string }>(source, 'customers.create', {
      name: '张敏',
      referredBy: (await exported(source)).archive.customers[0]?.customer.id,
    });
    const { archive } = await exported(source);
    archive.customers = archive.customers.filter((c) => c.customer.id === newcomer.id);
    expect(await importArchive(target.ctx.db, written(archive))).toMatchObject({ customers: 1, customersAlreadyThere: 0 });
  });
});

function never(): never {
  throw new Error('missing test row');
}

describe('importing into a book that already holds some of the customers', () => {
  it('adds their missing entries, preferences, people and dates, and says what it did', async () => {
    const source = await smallBook();
    const first = await exported(source);
    const target = await createTestApp();
    await importArchive(target.ctx.db, first.file);
    const [wang, li] = first.archive.customers;
    if (wang === undefined || li === undefined) throw new Error('no customers');
    // The source book goes on: new diary entries and a preference for customers the target has, and a new customer.
    await call(source, 'entries.add', {
      customerId: wang.customer.id,
      kind: 'purchase',
      text: '又买了',
      lines: [{ item: '围巾', unitPriceMinor: 19_900 }],
    });
    await call(source, 'entries.add', { customerId: li.customer.id, kind: 'call', text: '问尺码' });
    await call(source, 'preferences.set', { customerId: wang.customer.id, polarity: 'dislike', category: 'style', value: '太花哨' });
    await call(source, 'dates.set', { customerId: wang.customer.id, kind: 'anniversary', calendar: 'solar', month: 10, day: 1 });
    await call(source, 'customers.create', { name: '赵静' });
    const second = await exported(source);
    const report = await importArchive(target.ctx.db, second.file);
    expect(report).toEqual({
      customers: 1,
      customersAlreadyThere: 2,
      entries: 2,
      entriesAlreadyThere: 2,
      preferences: 1,
      people: 0,
      dates: 1,
      cards: 0,
      dryRun: false,
    });
    const rows = (app: TestApp) => {
      const all = dumpRows(app.sqlite);
      return ['customers', 'entries', 'purchase_lines', 'preferences', 'key_people', 'important_dates', 'search_keys'].map((t) => all[t]);
    };
    // Everything the source has, visit statistics and lookup keys included, is now in the target.
    expect(rows(target)).toEqual(rows(source));
    expect(await call(target, 'lookup', { query: '赵静' })).toMatchObject({ hits: [{ name: '赵静' }] });
    // The diary search finds the new entry of a customer who was already there.
    expect(await call(target, 'lookup', { query: '问尺码' })).toMatchObject({ hits: [{ name: '李丽' }] });
  });

  it('on a dry run says the same and writes nothing', async () => {
    const source = await smallBook();
    const target = await createTestApp();
    await importArchive(target.ctx.db, (await exported(source)).file);
    const wang = (await exported(source)).archive.customers[0];
    await call(source, 'entries.add', { customerId: wang?.customer.id, kind: 'note', text: '记一笔' });
    const before = dumpRows(target.sqlite);
    expect(await importArchive(target.ctx.db, (await exported(source)).file, { dryRun: true })).toMatchObject({
      customers: 0,
      customersAlreadyThere: 2,
      entries: 1,
      dryRun: true,
    });
    expect(dumpRows(target.sqlite)).toEqual(before);
  });
});

describe('derived data after an import', () => {
  it('gives every customer the same tier as in the book it came from, on the same day', async () => {
    const day = '2026-11-24';
    const source = await createTestApp();
    await writeDemoBook(source.ctx.db, { customers: 80, seed: 11, now: new Date('2026-11-24T08:00:00Z') });
    await rebuildSearchIndex(source.ctx.db);
    await rebuildVisitStats(source.ctx.db);
    await ensureValues(source.ctx.db, day);
    const tiers = (app: TestApp) =>
      Object.fromEntries(
        (app.sqlite.prepare('SELECT customer_id, tier FROM customer_value').all() as { customer_id: string; tier: string }[]).map((r) => [
          r.customer_id,
          r.tier,
        ]),
      );
    const original = tiers(source);
    expect(new Set(Object.values(original)).size).toBeGreaterThan(1);
    const target = await createTestApp();
    await importArchive(target.ctx.db, (await exported(source)).file);
    await ensureValues(target.ctx.db, day);
    expect(tiers(target)).toEqual(original);
  });

  it('writes the lookup index and visit statistics in the import’s own transaction', async () => {
    const source = await smallBook();
    const target = await createTestApp();
    await importArchive(target.ctx.db, (await exported(source)).file);
    const rows = dumpRows(target.sqlite);
    const sourceRows = dumpRows(source.sqlite);
    expect(rows.search_keys).toEqual(sourceRows.search_keys);
    expect(rows.customers).toEqual(sourceRows.customers);
    expect(await call(target, 'lookup', { query: '外套' })).toMatchObject({ hits: [{ name: '李丽' }] });
  });
});
