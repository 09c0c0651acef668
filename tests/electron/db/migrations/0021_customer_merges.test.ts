import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/db/migrate';
import { createTestDb, schemaOf } from '../../../helpers/create-test-db';

const before = '0020_sync_stamps';

describe('0021_customer_merges', () => {
  it('remembers one merge per merged customer', async () => {
    const { db, sqlite } = await createTestDb(before);
    await migrate(db, '0021_customer_merges');
    const put = sqlite.prepare(
      "INSERT INTO customer_merges (merged_id, survivor_id, merged_at) VALUES ('b', ?, '2026-12-04T10:00:00.000Z')",
    );
    put.run('a');
    expect(() => put.run('c')).toThrow(/UNIQUE|PRIMARY/);
    expect(sqlite.prepare('SELECT survivor_id, stamps FROM customer_merges').get()).toEqual({ survivor_id: 'a', stamps: null });
  });

  it(`goes down to ${before} exactly`, async () => {
    const { db, sqlite } = await createTestDb(before);
    const schema = schemaOf(sqlite);
    await migrate(db, '0021_customer_merges');
    await migrate(db, before);
    expect(schemaOf(sqlite)).toBe(schema);
  });
});
