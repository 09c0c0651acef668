import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/db/migrate';
import { createTestDb, schemaOf } from '../../../helpers/create-test-db';

const now = '2026-11-24T02:00:00.000Z';

describe('0013_member_cards', () => {
  it('keeps ledger lines as written, lets a deleted diary line go, and forgets a card with its customer', async () => {
    const { db, sqlite } = await createTestDb('0009_list_indexes');
    await migrate(db, '0013_member_cards');
    sqlite.prepare("INSERT INTO customers (id, name, created_at, updated_at) VALUES ('c', '王姐', ?, ?)").run(now, now);
    sqlite
      .prepare(
        "INSERT INTO entries (id, customer_id, occurred_at, kind, text, created_at, updated_at) VALUES ('e', 'c', ?, 'note', 'x', ?, ?)",
      )
      .run(now, now, now);
    sqlite.prepare("INSERT INTO member_cards (customer_id, number, joined_on, created_at) VALUES ('c', 'A1', '2026-11-24', ?)").run(now);
    const line = sqlite.prepare(
      "INSERT INTO card_movements (id, movement_id, customer_id, purse, punch_id, kind, delta, balance_after, at, entry_id) VALUES (?, 'm', 'c', ?, ?, 'earn', ?, ?, ?, 'e')",
    );
    line.run('l1', 'points', null, 10, 10, now);
    expect(() => line.run('l2', 'points', null, -20, -10, now)).toThrow(/CHECK/);
    expect(() => line.run('l3', 'punch', null, 1, 1, now)).toThrow(/CHECK/);
    expect(() => sqlite.prepare("UPDATE card_movements SET balance_after = 11 WHERE id = 'l1'").run()).toThrow(/never edited/);
    sqlite.prepare("DELETE FROM entries WHERE id = 'e'").run();
    expect(sqlite.prepare("SELECT entry_id, delta FROM card_movements WHERE id = 'l1'").get()).toEqual({ entry_id: null, delta: 10 });
    sqlite.prepare("DELETE FROM customers WHERE id = 'c'").run();
    expect(sqlite.prepare('SELECT (SELECT count(*) FROM member_cards) + (SELECT count(*) FROM card_movements) AS n').get()).toEqual({
      n: 0,
    });
  });

  it('goes down to 0009 exactly', async () => {
    const { db, sqlite } = await createTestDb('0009_list_indexes');
    const before = schemaOf(sqlite);
    await migrate(db, '0013_member_cards');
    await migrate(db, '0009_list_indexes');
    expect(schemaOf(sqlite)).toBe(before);
  });
});
