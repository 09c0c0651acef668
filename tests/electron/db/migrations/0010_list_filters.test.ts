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

describe('0010_list_filters', () => {
  it('answers each filter of the customer list from an index of its own, in the order the list sorts by', async () => {
    const { db, sqlite } = await createTestDb('0009_list_indexes');
    await migrate(db, '0010_list_filters');
    const filters = {
      customers_live_seen: "SELECT count(*) FROM customers WHERE archived_at IS NULL AND last_visit_at >= '2026-01-01'",
      customers_archived: 'SELECT id FROM customers WHERE archived_at IS NOT NULL',
      customers_live_name: "SELECT id FROM customers WHERE archived_at IS NULL AND instr(company, '王') ORDER BY name, id",
      customer_value_tier: "SELECT customer_id FROM customer_value WHERE tier = 'vip' ORDER BY spend_window DESC, customer_id DESC",
      customer_value_stage: "SELECT customer_id FROM customer_value WHERE stage = 'growth' ORDER BY spend_window DESC, customer_id DESC",
      customer_value_spend: 'SELECT customer_id FROM customer_value WHERE spend_window > 0 ORDER BY spend_window DESC, customer_id DESC',
      customer_tags_folded: "SELECT customer_id FROM customer_tags WHERE tag = 'VIP' COLLATE NOCASE",
      customer_value_first_visit:
        "SELECT count(*) FROM customer_value WHERE first_visit_at >= '2026-01-01' AND first_visit_at < '2026-02-01'",
      important_dates_birthday: "SELECT customer_id FROM important_dates WHERE kind = 'birthday' AND person_id IS NULL AND month = 3",
    };
    for (const [index, query] of Object.entries(filters)) {
      const plan = planOf(sqlite, query);
      expect(plan, index).toContain(`INDEX ${index}`);
      expect(plan, index).not.toContain('TEMP B-TREE');
    }
  });

  it('goes down to 0009 exactly', async () => {
    const { db, sqlite } = await createTestDb('0009_list_indexes');
    const before = schemaOf(sqlite);
    await migrate(db, '0010_list_filters');
    await migrate(db, '0009_list_indexes');
    expect(schemaOf(sqlite)).toBe(before);
  });
});
