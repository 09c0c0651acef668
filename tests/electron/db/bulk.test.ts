import { describe, expect, it } from 'vitest';
import { insertNarrowRows, insertRows, rowsPerStatement } from '../../../electron/db/bulk';
import { createTestDb } from '../../helpers/create-test-db';

describe('bulk inserts', () => {
  it('writes lists longer than one statement in full, every column as given', async () => {
    const { db, sqlite } = await createTestDb();
    const rows = Array.from({ length: rowsPerStatement * 2 + 7 }, (_, i) => ({ key: `k${String(i).padStart(5, '0')}`, value: `v${i}` }));
    await insertRows(db, 'settings', rows);
    expect(sqlite.prepare('SELECT count(*) AS n FROM settings WHERE key LIKE ?').get('k%')).toEqual({ n: rows.length });
    expect(sqlite.prepare('SELECT value FROM settings WHERE key = ?').get('k02006')).toEqual({ value: 'v2006' });
  });

  it('keeps numbers numbers, text text (digits included) and nulls null in narrow rows', async () => {
    const { sqlite, db } = await createTestDb();
    sqlite.exec("INSERT INTO customers (id, name, created_at, updated_at) VALUES ('c1', '张三', 'x', 'x')");
    const rows = Array.from({ length: 20_005 }, (_, i) => ['c1', i % 11, i === 3 ? '13800138000' : `键${i}`]);
    await insertNarrowRows(db, 'search_keys', ['customer_id', 'kind', 'key'], rows);
    expect(sqlite.prepare('SELECT count(*) AS n FROM search_keys').get()).toEqual({ n: 20_005 });
    expect(sqlite.prepare('SELECT typeof(kind) AS k, typeof(key) AS t, key FROM search_keys WHERE rowid = 4').get()).toEqual({
      k: 'integer',
      t: 'text',
      key: '13800138000',
    });
  });
});
