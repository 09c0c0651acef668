import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../../../electron/domains/archive/csv-rows';
import { writeExport } from '../../../../electron/domains/archive/export.service';
import { call, createTestApp } from '../../../helpers/create-test-db';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-csv-roundtrip-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Text as people type it, with everything CSV and spreadsheets treat specially, trimmed as the book keeps it. */
const tricky = (chars: string, max: number) =>
  fc
    .array(fc.constantFrom(...chars), { minLength: 1, maxLength: max })
    .map((cs) => cs.join('').trim())
    .filter((s) => s !== '');
const special = `"',=+-@\t\r\n ;|/`;
const name = tricky(`${special}张三王丽華ab1`, 12);
const note = tricky(`${special}喜欢蓝色xy9`, 30);
// A tag holds anything but the characters a tags cell is split on (, ， 、 ; ； / | and line breaks).
const tag = tricky(`"'=+-@\t 标签VIPa1`, 8);
// Phones as people write them: +852 9844 1370, (021) 6543-2100, 13800138000, 0755 8888 1234 ext 12.
const phone = fc
  .tuple(
    fc.constantFrom('', '+', '('),
    fc.array(fc.stringMatching(/^\d{1,5}$/), { minLength: 1, maxLength: 4 }),
    fc.constantFrom(' ', '-'),
    fc.constantFrom('', ' ext 12'),
  )
  .map(([start, groups, joint, extension]) => {
    const [first = '0', ...rest] = groups;
    const head = start === '(' ? `(${first})` : `${start}${first}`;
    return [head, ...rest].join(joint) + extension;
  })
  .filter((p) => p.length <= 40);

const customer = fc.record({
  name,
  phones: fc.uniqueArray(phone, { maxLength: 3 }),
  tags: fc.uniqueArray(tag, { maxLength: 4 }),
  about: fc.option(note, { nil: null }),
});

describe('the customer CSV export', () => {
  it('reads back with the same names, phones, tags and notes, whatever they hold', { timeout: 240_000 }, async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(customer, { minLength: 1, maxLength: 5 }), async (customers) => {
        const app = await createTestApp('zh-CN');
        try {
          for (const c of customers) {
            await call(app, 'customers.create', { ...c, phones: c.phones.map((number) => ({ number })) });
          }
          run += 1;
          const file = path.join(dir, `customers-${run}.csv`);
          await writeExport(app.ctx.db, 'csv', file, { locale: 'zh-CN' });
          const table = readCsv(fs.readFileSync(file, 'utf8'));
          const key = (c: { name: string; phones: string[]; tags: string[]; about: string | null }) =>
            JSON.stringify([c.name, c.phones, [...c.tags].sort(), c.about]);
          expect(table.rows.map((r) => r.problems).flat()).toEqual([]);
          expect(table.rows.map((r) => key({ ...r, about: r.notes })).sort()).toEqual(customers.map(key).sort());
        } finally {
          await app.close();
        }
      }),
      { numRuns: 40 },
    );
  });
});
