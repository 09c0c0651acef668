import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/db/migrate';
import { createTestDb, schemaOf } from '../../../helpers/create-test-db';

describe('0015_card_insights', () => {
  it('reads a purse and kind over a period from the index alone', async () => {
    const { sqlite } = await createTestDb('0015_card_insights');
    const plan = sqlite
      .prepare(
        "EXPLAIN QUERY PLAN SELECT sum(delta) FROM card_movements WHERE purse = 'principal' AND kind = 'top_up' AND at >= ? AND at < ?",
      )
      .all('2026-01-01', '2026-02-01') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('COVERING INDEX card_movements_purse_kind_at');
  });

  it('goes down to 0014 exactly', async () => {
    const { db, sqlite } = await createTestDb('0014_card_reminders');
    const before = schemaOf(sqlite);
    await migrate(db, '0015_card_insights');
    await migrate(db, '0014_card_reminders');
    expect(schemaOf(sqlite)).toBe(before);
  });
});
