import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/db/migrate';
import { createTestDb, schemaOf } from '../../../helpers/create-test-db';

describe('0006_last_merge', () => {
  it('keeps the last merge while its survivor is in the book', async () => {
    const { db, sqlite } = await createTestDb('0005_customer_value');
    const now = '2026-01-01T00:00:00.000Z';
    sqlite.prepare("INSERT INTO customers (id, name, created_at, updated_at) VALUES ('a', '王丽华', ?, ?)").run(now, now);
    await migrate(db, '0006_last_merge');
    sqlite.prepare("INSERT INTO last_merge (id, survivor_id, other_id, undo, merged_at) VALUES ('m', 'a', 'b', '{}', ?)").run(now);
    expect(() =>
      sqlite.prepare("INSERT INTO last_merge (id, survivor_id, other_id, undo, merged_at) VALUES ('n', 'zz', 'b', '{}', ?)").run(now),
    ).toThrow(/FOREIGN KEY/);
    sqlite.prepare("DELETE FROM customers WHERE id = 'a'").run();
    expect(sqlite.prepare('SELECT count(*) AS n FROM last_merge').get()).toEqual({ n: 0 });
  });

  it('goes down to 0005 exactly', async () => {
    const { db, sqlite } = await createTestDb('0005_customer_value');
    const before = schemaOf(sqlite);
    await migrate(db, '0006_last_merge');
    await migrate(db, '0005_customer_value');
    expect(schemaOf(sqlite)).toBe(before);
  });
});
