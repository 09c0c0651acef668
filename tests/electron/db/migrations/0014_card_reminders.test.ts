import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/db/migrate';
import { createTestDb, schemaOf } from '../../../helpers/create-test-db';

const plan = (sqlite: { prepare(sql: string): { all(): unknown[] } }, query: string) =>
  JSON.stringify(sqlite.prepare(`EXPLAIN QUERY PLAN ${query}`).all());

describe('0014_card_reminders', () => {
  it('lets Today find punch cards by their end day and the lines that left one use without reading the whole ledger', async () => {
    const { db, sqlite } = await createTestDb('0013_member_cards');
    await migrate(db, '0014_card_reminders');
    expect(
      plan(
        sqlite,
        "SELECT id FROM punch_cards WHERE valid_until IS NOT NULL AND valid_until >= '2026-12-01' AND valid_until <= '2026-12-31'",
      ),
    ).toContain('punch_cards_valid_until');
    expect(plan(sqlite, "SELECT id FROM card_movements WHERE purse = 'punch' AND balance_after = 1 ORDER BY at DESC, id DESC")).toContain(
      'card_movements_one_left',
    );
  });

  it('goes down to 0013 exactly', async () => {
    const { db, sqlite } = await createTestDb('0013_member_cards');
    const before = schemaOf(sqlite);
    await migrate(db, '0014_card_reminders');
    await migrate(db, '0013_member_cards');
    expect(schemaOf(sqlite)).toBe(before);
  });
});
