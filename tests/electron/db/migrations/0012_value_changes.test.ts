import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/db/migrate';
import { createTestDb, schemaOf } from '../../../helpers/create-test-db';

const noted = (sqlite: { prepare(sql: string): { all(): unknown[] } }) =>
  sqlite.prepare('SELECT customer_id FROM value_changes ORDER BY customer_id').all();

describe('0012_value_changes', () => {
  it('notes customers whose visits, purchases or value fields were written while the values are current, and nobody otherwise', async () => {
    const { db, sqlite } = await createTestDb('0009_list_indexes');
    await migrate(db, '0012_value_changes');
    const at = '2026-11-24T10:00:00.000Z';
    const customer = sqlite.prepare("INSERT INTO customers (id, created_at, updated_at) VALUES (?, '', '')");
    customer.run('a');
    expect(noted(sqlite)).toEqual([]);
    sqlite.prepare("INSERT INTO settings (key, value) VALUES ('value.computedOn', '2026-11-24')").run();
    customer.run('b');
    sqlite
      .prepare("INSERT INTO entries (id, customer_id, occurred_at, kind, created_at, updated_at) VALUES ('e', 'a', ?, 'purchase', '', '')")
      .run(at);
    expect(noted(sqlite)).toEqual([{ customer_id: 'a' }, { customer_id: 'b' }]);
    sqlite.prepare('DELETE FROM value_changes').run();
    sqlite.prepare("UPDATE entries SET text = 'only words' WHERE id = 'e'").run();
    sqlite.prepare("UPDATE customers SET name = 'only a name' WHERE id = 'b'").run();
    expect(noted(sqlite)).toEqual([]);
    sqlite
      .prepare("INSERT INTO purchase_lines (id, entry_id, position, item, quantity, currency) VALUES ('l', 'e', 0, 'x', 1, 'CNY')")
      .run();
    expect(noted(sqlite)).toEqual([{ customer_id: 'a' }]);
    sqlite.prepare("UPDATE entries SET customer_id = 'b' WHERE id = 'e'").run();
    sqlite.prepare("UPDATE customers SET median_gap_days = 3 WHERE id = 'b'").run();
    expect(noted(sqlite)).toEqual([{ customer_id: 'a' }, { customer_id: 'b' }]);
  });

  it('makes the next pass recompute the whole book, and goes down to 0009 exactly', async () => {
    const { db, sqlite } = await createTestDb('0009_list_indexes');
    const before = schemaOf(sqlite);
    sqlite.prepare("INSERT INTO settings (key, value) VALUES ('value.computedOn', '2026-11-24')").run();
    await migrate(db, '0012_value_changes');
    expect(sqlite.prepare("SELECT * FROM settings WHERE key = 'value.computedOn'").all()).toEqual([]);
    await migrate(db, '0009_list_indexes');
    expect(schemaOf(sqlite)).toBe(before);
  });
});
