import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/db/migrate';
import { createTestDb, schemaOf } from '../../../helpers/create-test-db';

function planOf(sqlite: { prepare(sql: string): { all(): unknown[] } }, query: string): string {
  return sqlite
    .prepare(`EXPLAIN QUERY PLAN ${query}`)
    .all()
    .map((row) => (row as { detail: string }).detail)
    .join('\n');
}

describe('0009_list_indexes', () => {
  it('lets a page of live customers, by last seen, name or visits, be read from an index without sorting the book', async () => {
    const { db, sqlite } = await createTestDb('0008_entry_revisions');
    await migrate(db, '0009_list_indexes');
    const live = 'SELECT * FROM customers WHERE archived_at IS NULL';
    const pages = {
      recent: `${live} ORDER BY coalesce(last_visit_at, created_at) DESC, id DESC LIMIT 100`,
      name: `${live} ORDER BY name, id LIMIT 100 OFFSET 500`,
      visits: `${live} ORDER BY visit_count DESC, id DESC LIMIT 100`,
    };
    for (const [sort, query] of Object.entries(pages)) {
      const plan = planOf(sqlite, query);
      expect(plan, sort).toContain(`INDEX customers_live_${sort}`);
      expect(plan, sort).not.toContain('TEMP B-TREE');
    }
  });

  it('goes down to 0008 exactly', async () => {
    const { db, sqlite } = await createTestDb('0008_entry_revisions');
    const before = schemaOf(sqlite);
    await migrate(db, '0009_list_indexes');
    await migrate(db, '0008_entry_revisions');
    expect(schemaOf(sqlite)).toBe(before);
  });
});
