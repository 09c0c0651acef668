import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/db/migrate';
import { createTestDb, schemaOf } from '../../../helpers/create-test-db';

const now = '2026-11-24T02:00:00.000Z';

describe('0007_care_marks', () => {
  it('keeps a mark with its customer, forgets it with them, and outlives a deleted diary line', async () => {
    const { db, sqlite } = await createTestDb('0005_customer_value');
    await migrate(db, '0007_care_marks');
    sqlite.prepare("INSERT INTO customers (id, name, created_at, updated_at) VALUES ('c', '王姐', ?, ?)").run(now, now);
    sqlite
      .prepare(
        "INSERT INTO entries (id, customer_id, occurred_at, kind, text, created_at, updated_at) VALUES ('e', 'c', ?, 'call', 'x', ?, ?)",
      )
      .run(now, now, now);
    const insert = sqlite.prepare(
      "INSERT INTO care_marks (id, customer_id, subject, what, on_day, until_day, entry_id, created_at) VALUES (?, 'c', 'drift:', ?, '2026-11-24', NULL, ?, ?)",
    );
    insert.run('m1', 'called', 'e', now);
    expect(() => insert.run('m2', 'waved', null, now)).toThrow(/CHECK/);
    sqlite.prepare("DELETE FROM entries WHERE id = 'e'").run();
    expect(sqlite.prepare("SELECT entry_id FROM care_marks WHERE id = 'm1'").get()).toEqual({ entry_id: null });
    sqlite.prepare("DELETE FROM customers WHERE id = 'c'").run();
    expect(sqlite.prepare('SELECT count(*) AS n FROM care_marks').get()).toEqual({ n: 0 });
  });

  it('goes down to 0005 exactly', async () => {
    const { db, sqlite } = await createTestDb('0005_customer_value');
    const before = schemaOf(sqlite);
    await migrate(db, '0007_care_marks');
    await migrate(db, '0005_customer_value');
    expect(schemaOf(sqlite)).toBe(before);
  });
});
