import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/db/migrate';
import { createTestDb, schemaOf } from '../../../helpers/create-test-db';

describe('0004_kept_apart', () => {
  it('keeps pairs in one order only and forgets them with either customer', async () => {
    const { db, sqlite } = await createTestDb('0003_relationship_care');
    const now = '2026-01-01T00:00:00.000Z';
    for (const id of ['a', 'b'])
      sqlite.prepare("INSERT INTO customers (id, name, created_at, updated_at) VALUES (?, '张三', ?, ?)").run(id, now, now);
    await migrate(db, '0004_kept_apart');
    sqlite.prepare("INSERT INTO kept_apart (first_id, second_id, created_at) VALUES ('a', 'b', ?)").run(now);
    expect(() => sqlite.prepare("INSERT INTO kept_apart (first_id, second_id, created_at) VALUES ('b', 'a', ?)").run(now)).toThrow(/CHECK/);
    sqlite.prepare("DELETE FROM customers WHERE id = 'b'").run();
    expect(sqlite.prepare('SELECT count(*) AS n FROM kept_apart').get()).toEqual({ n: 0 });
  });

  it('goes down to 0003 exactly', async () => {
    const { db, sqlite } = await createTestDb('0003_relationship_care');
    const before = schemaOf(sqlite);
    await migrate(db, '0004_kept_apart');
    await migrate(db, '0003_relationship_care');
    expect(schemaOf(sqlite)).toBe(before);
  });
});
