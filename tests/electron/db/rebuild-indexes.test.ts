import { describe, expect, it } from 'vitest';
import { withIndexesRebuiltAfter } from '../../../electron/db/rebuild-indexes';
import { createTestDb, schemaOf } from '../../helpers/create-test-db';

describe('withIndexesRebuiltAfter', () => {
  it('drops the tables’ indexes for the write and brings them back exactly as they were', async () => {
    const { db, sqlite } = await createTestDb();
    const before = schemaOf(sqlite);
    const countIndexes = () =>
      sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name = 'customers'").get();
    let during: unknown;
    await withIndexesRebuiltAfter(db, ['customers'], () => {
      during = countIndexes();
      return Promise.resolve();
    });
    expect(during).toEqual({ n: 0 });
    expect(schemaOf(sqlite)).toBe(before);
  });

  it('leaves the indexes in place when the write fails inside a transaction', async () => {
    const { db, sqlite } = await createTestDb();
    const before = schemaOf(sqlite);
    await expect(
      db
        .transaction()
        .execute((trx) => withIndexesRebuiltAfter(trx, ['customers', 'search_keys'], () => Promise.reject(new Error('disk full')))),
    ).rejects.toThrow('disk full');
    expect(schemaOf(sqlite)).toBe(before);
  });
});
