import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../../electron/domains/archive/csv-rows';
import { importDrafts } from '../../../../electron/domains/archive/import-csv.service';
import { call, createTestApp, schemaOf } from '../../../helpers/create-test-db';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Every row of the book with each id replaced by its place among the book's ids. Ids are UUIDv7,
 * made in the order the import writes, so two books written by the same steps read the same.
 */
function canonicalRows(sqlite: BetterSqlite3.Database): Record<string, string[]> {
  const tables = (
    sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
      name: string;
    }[]
  )
    .map((t) => t.name)
    .filter((name) => !name.startsWith('entry_terms') && !name.startsWith('kysely_'));
  const rows = new Map(tables.map((name) => [name, sqlite.prepare(`SELECT * FROM "${name}"`).raw().all() as unknown[][]]));
  const ids = [...new Set([...rows.values()].flat(2).filter((v): v is string => typeof v === 'string' && uuid.test(v)))].sort();
  const place = new Map(ids.map((id, i) => [id, `#${i}`]));
  return Object.fromEntries(
    [...rows].map(([name, list]) => [
      name,
      list.map((row) => JSON.stringify(row.map((v) => (typeof v === 'string' ? (place.get(v) ?? v) : v)))).sort(),
    ]),
  );
}

const names = ['王梓萱', '李娜', '张伟', '陈静', '刘洋', '欧阳娜娜', 'Anna Li', '黄磊'];
const phones = ['13800138000', '13911112222', '13700000001', '13600000002', '15000000003', '18800000004'];
const row = fc.record({
  name: fc.constantFrom(...names, ''),
  phone: fc.oneof(
    fc.constantFrom(...phones),
    fc.integer({ min: 0, max: 99_999_999 }).map((n) => `139${String(n).padStart(8, '0')}`),
  ),
  tags: fc.subarray(['VIP', '花艺', '老客'], { maxLength: 2 }),
  likes: fc.subarray(['真丝', '藏青', '喝茶', '安静'], { maxLength: 3 }),
  birthday: fc.constantFrom('', '1990/5/12', '农历八月十五', '2/30'),
  notes: fc.constantFrom('', '不要打电话太早', '老顾客'),
  card: fc.option(fc.integer({ min: 1, max: 9999 }), { nil: undefined }),
});

type Row = typeof row extends fc.Arbitrary<infer T> ? T : never;

function csvOf(rows: readonly Row[]): string {
  const lines = rows.map((r, i) =>
    [r.name, r.phone, r.tags.join('、'), r.likes.join('、'), r.birthday, r.notes, r.card === undefined ? '' : `NO${i}`, r.card ?? ''].join(
      ',',
    ),
  );
  return `姓名,手机,标签,喜好,生日,备注,卡号,余额\n${lines.join('\n')}\n`;
}

/** A book with customers an import can match, then one import of `text` along the bulk path or not. */
async function importedBook(text: string, bulk: { customers: number; checkReferences: boolean }) {
  const app = await createTestApp('zh-CN');
  await call(app, 'customers.create', { name: '王梓萱', phones: [{ number: '13800138000' }], tags: ['VIP'], about: '老顾客' });
  await call(app, 'customers.create', { name: '李娜', phones: [{ number: '13911112222' }] });
  const table = readCsv(text, undefined, 2);
  const outcome = await importDrafts(app.ctx.db, table.rows, app.clock.now(), { problemRows: 'skip', locale: 'zh-CN' }, bulk);
  const checked = app.sqlite.pragma('foreign_keys', { simple: true });
  const dangling = app.sqlite.pragma('foreign_key_check');
  const book = {
    outcome: { ...outcome, left: outcome.left.map((l) => l.row) },
    rows: canonicalRows(app.sqlite),
    schema: schemaOf(app.sqlite),
  };
  await app.close();
  return { book, checked, dangling };
}

describe('a bulk import', () => {
  it('writes exactly the rows the row-by-step import writes, every reference pointing at a row, checks back on after', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 30 }), async (rows) => {
        const text = csvOf(rows);
        const bulk = await importedBook(text, { customers: 1, checkReferences: false });
        const stepwise = await importedBook(text, { customers: Number.POSITIVE_INFINITY, checkReferences: true });
        expect(bulk.book).toEqual(stepwise.book);
        expect(bulk.dangling).toEqual([]);
        expect(bulk.checked).toBe(1);
      }),
      { numRuns: 15 },
    );
  }, 120_000);

  it('leaves reference checks on when the import is refused', async () => {
    // A negative balance is a problem row, found inside the import's transaction.
    const text = '姓名,手机,卡号,余额\n张伟,13700000001,NO1,-5\n李娜,13600000002,,\n';
    const app = await createTestApp('zh-CN');
    const table = readCsv(text, undefined, 2);
    await expect(importDrafts(app.ctx.db, table.rows, app.clock.now(), {}, { customers: 1, checkReferences: false })).rejects.toThrow();
    expect(app.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    await app.close();
  });
});
