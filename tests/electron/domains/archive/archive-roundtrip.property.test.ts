import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../../../../shared/contract/archive.schema';
import { writeExport } from '../../../../electron/domains/archive/export.service';
import { importArchive } from '../../../../electron/domains/archive/import-archive.service';
import { call, createTestApp, type TestApp } from '../../../helpers/create-test-db';

let dir: string;
let files = 0;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-archive-property-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const word = (max: number) => fc.stringMatching(new RegExp(`^[王李张丽明雨买看问好蓝a-z]{1,${max}}$`));
const monthDay = fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });

const entryArb = fc.record({
  kind: fc.constantFrom('note', 'visit', 'purchase', 'call', 'service'),
  text: word(12),
  daysAgo: fc.integer({ min: 0, max: 500 }),
  price: fc.integer({ min: 0, max: 200_000 }),
  trashed: fc.boolean(),
});

const customerArb = fc.record({
  name: word(6),
  phone: fc.option(fc.stringMatching(/^1[3-9]\d{9}$/), { nil: undefined }),
  tags: fc.uniqueArray(fc.constantFrom('VIP', '老客', '学生'), { maxLength: 2 }),
  referrer: fc.option(fc.nat(), { nil: undefined }),
  entries: fc.array(entryArb, { maxLength: 4 }),
  preferences: fc.uniqueArray(
    fc.record({
      polarity: fc.constantFrom('like', 'dislike', 'fact'),
      category: fc.constantFrom('colour', 'size', 'style', 'brand', 'taste', 'other'),
      value: word(8),
    }),
    { maxLength: 2, selector: (p) => p.value },
  ),
  birthday: fc.option(monthDay, { nil: undefined }),
  person: fc.option(
    fc.record({ name: word(4), relation: fc.constantFrom('女儿', '先生', '朋友'), birthday: fc.option(monthDay, { nil: undefined }) }),
    {
      nil: undefined,
    },
  ),
});

type Customer = typeof customerArb extends fc.Arbitrary<infer T> ? T : never;

/** A book made the way the app makes one: through its calls, one customer after another. */
async function bookOf(customers: readonly Customer[]): Promise<TestApp> {
  const app = await createTestApp();
  const now = app.ctx.now().getTime();
  const ids: string[] = [];
  for (const c of customers) {
    const referredBy = c.referrer === undefined || ids.length === 0 ? undefined : ids[c.referrer % ids.length];
    const { id } = await call<{ id: string }>(app, 'customers.create', {
      name: c.name,
      tags: c.tags,
      ...(c.phone === undefined ? {} : { phones: [{ number: c.phone }] }),
      ...(referredBy === undefined ? {} : { referredBy }),
    });
    ids.push(id);
    for (const e of c.entries) {
      const entry = await call<{ id: string }>(app, 'entries.add', {
        customerId: id,
        kind: e.kind,
        text: e.text,
        occurredAt: new Date(now - e.daysAgo * 86_400_000).toISOString(),
        ...(e.kind === 'purchase' ? { lines: [{ item: e.text, unitPriceMinor: e.price }] } : {}),
      });
      if (e.trashed) await call(app, 'entries.delete', { id: entry.id });
    }
    for (const p of c.preferences) await call(app, 'preferences.set', { customerId: id, ...p });
    if (c.birthday !== undefined) await call(app, 'dates.set', { customerId: id, kind: 'birthday', calendar: 'solar', ...c.birthday });
    if (c.person !== undefined) {
      const linked = ids.length > 1 ? ids[0] : undefined;
      const person = await call<{ id: string }>(app, 'people.set', {
        customerId: id,
        name: c.person.name,
        relation: c.person.relation,
        ...(linked === undefined ? {} : { linkedCustomerId: linked }),
      });
      if (c.person.birthday !== undefined) {
        await call(app, 'dates.set', { customerId: id, personId: person.id, kind: 'birthday', calendar: 'lunar', ...c.person.birthday });
      }
    }
  }
  return app;
}

async function exportOf(app: TestApp): Promise<{ file: string; archive: Archive }> {
  files += 1;
  const file = path.join(dir, `book-${files}.json`);
  await writeExport(app.ctx.db, 'json', file);
  return { file, archive: JSON.parse(fs.readFileSync(file, 'utf8')) as Archive };
}

describe('the JSON archive, for any book', () => {
  it('export → import into a fresh book → export gives the same archive', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(customerArb, { minLength: 1, maxLength: 5 }), async (customers) => {
        const source = await bookOf(customers);
        const first = await exportOf(source);
        const target = await createTestApp();
        const report = await importArchive(target.ctx.db, first.file);
        expect(report.customers).toBe(customers.length);
        const second = await exportOf(target);
        expect({ ...second.archive, exportedAt: '' }).toEqual({ ...first.archive, exportedAt: '' });
        await source.close();
        await target.close();
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
