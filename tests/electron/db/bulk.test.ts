import { describe, expect, it } from 'vitest';
import { insertRows, insertTuples, rowsPerStatement } from '../../../electron/db/bulk';
import { createTestDb } from '../../helpers/create-test-db';

describe('bulk inserts', () => {
  it('writes lists longer than one statement in full, every column as given', async () => {
    const { db, sqlite } = await createTestDb();
    const rows = Array.from({ length: rowsPerStatement * 2 + 7 }, (_, i) => ({ key: `k${String(i).padStart(5, '0')}`, value: `v${i}` }));
    await insertRows(db, 'settings', rows);
    expect(sqlite.prepare('SELECT count(*) AS n FROM settings WHERE key LIKE ?').get('k%')).toEqual({ n: rows.length });
    expect(sqlite.prepare('SELECT value FROM settings WHERE key = ?').get('k02006')).toEqual({ value: 'v2006' });
  });

  it('writes NULL for a column some rows leave out', async () => {
    const { db, sqlite } = await createTestDb();
    const at = '2026-11-29T00:00:00.000Z';
    await insertRows(db, 'customers', [
      { id: 'c1', name: '张三', email: 'z@example.com', created_at: at, updated_at: at },
      { id: 'c2', name: '李四', created_at: at, updated_at: at },
    ]);
    expect(sqlite.prepare('SELECT id, email FROM customers ORDER BY id').all()).toEqual([
      { id: 'c1', email: 'z@example.com' },
      { id: 'c2', email: null },
    ]);
  });

  it('keeps numbers numbers, text text (digits included) and nulls null in tuples', async () => {
    const { sqlite, db } = await createTestDb();
    sqlite.exec("INSERT INTO customers (id, name, created_at, updated_at) VALUES ('c1', '张三', 'x', 'x')");
    const rows = Array.from({ length: 20_005 }, (_, i) => ['c1', i % 11, i === 3 ? '13800138000' : `键${i}`]);
    await insertTuples(db, 'search_keys', ['customer_id', 'kind', 'key'], rows);
    expect(sqlite.prepare('SELECT count(*) AS n FROM search_keys').get()).toEqual({ n: 20_005 });
    expect(sqlite.prepare('SELECT typeof(kind) AS k, typeof(key) AS t, key FROM search_keys WHERE rowid = 4').get()).toEqual({
      k: 'integer',
      t: 'text',
      key: '13800138000',
    });
  });
});
