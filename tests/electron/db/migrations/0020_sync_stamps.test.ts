import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/db/migrate';
import { createTestDb, schemaOf } from '../../../helpers/create-test-db';

const before = '0019_team';

describe('0020_sync_stamps', () => {
  it('keeps one stamp per field of a document, and lets a conflict record name its field', async () => {
    const { db, sqlite } = await createTestDb(before);
    sqlite
      .prepare(
        "INSERT INTO sync_conflicts (id, doc_id, kept_rev, other_rev, other_body) VALUES ('customer/a@2-b', 'customer/a', '2-a', '2-b', NULL)",
      )
      .run();
    await migrate(db, '0020_sync_stamps');
    expect(sqlite.prepare('SELECT field FROM sync_conflicts').pluck().get()).toBeNull();
    const put = sqlite.prepare("INSERT INTO sync_stamps (doc_id, field, at, gone) VALUES ('customer/a', 'customers.name', ?, ?)");
    put.run('000001764800000000:aa', 0);
    expect(() => put.run('000001764800000001:aa', 0)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => sqlite.prepare("INSERT INTO sync_stamps (doc_id, field, at, gone) VALUES ('customer/a', 'x', 'y', 2)").run()).toThrow(
      /CHECK/,
    );
  });

  it(`goes down to ${before} exactly`, async () => {
    const { db, sqlite } = await createTestDb(before);
    const schema = schemaOf(sqlite);
    await migrate(db, '0020_sync_stamps');
    await migrate(db, before);
    expect(schemaOf(sqlite)).toBe(schema);
  });
});
