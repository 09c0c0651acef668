import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/db/migrate';
import { createTestDb, schemaOf } from '../../../helpers/create-test-db';

const now = '2026-12-03T02:00:00.000Z';

describe('0016_greetings', () => {
  it('keeps one outcome per customer and batch, and forgets greetings with their customer', async () => {
    const { db, sqlite } = await createTestDb('0015_card_insights');
    await migrate(db, '0016_greetings');
    sqlite.prepare("INSERT INTO customers (id, name, created_at, updated_at) VALUES ('c', '王姐', ?, ?)").run(now, now);
    sqlite.prepare("INSERT INTO greeting_choices (customer_id, no_marketing, changed_at) VALUES ('c', 1, ?)").run(now);
    sqlite
      .prepare(
        "INSERT INTO greeting_batches (id, occasion_id, label, on_day, created_at) VALUES ('b', 'festival:mid_autumn:2026', '中秋节', '2026-09-25', ?)",
      )
      .run(now);
    const greet = sqlite.prepare(
      "INSERT INTO greetings (id, batch_id, customer_id, occasion_id, outcome, at) VALUES (?, 'b', 'c', 'festival:mid_autumn:2026', ?, ?)",
    );
    greet.run('g1', 'sent', now);
    expect(() => greet.run('g2', 'sent', now)).toThrow(/UNIQUE/);
    expect(() => sqlite.prepare("UPDATE greetings SET outcome = 'maybe' WHERE id = 'g1'").run()).toThrow(/CHECK/);
    sqlite.prepare("DELETE FROM customers WHERE id = 'c'").run();
    expect(sqlite.prepare('SELECT (SELECT count(*) FROM greetings) + (SELECT count(*) FROM greeting_choices) AS n').get()).toEqual({
      n: 0,
    });
  });

  it('goes down to 0015 exactly', async () => {
    const { db, sqlite } = await createTestDb('0015_card_insights');
    const before = schemaOf(sqlite);
    await migrate(db, '0016_greetings');
    await migrate(db, '0015_card_insights');
    expect(schemaOf(sqlite)).toBe(before);
  });
});
