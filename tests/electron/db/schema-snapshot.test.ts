import { describe, expect, it } from 'vitest';
import { createTestDb, schemaOf } from '../../helpers/create-test-db';

describe('schema', () => {
  // Fails when a change alters the schema by accident. If the change is intended, it belongs in a
  // new migration, and the snapshot is updated with `npx vitest run -u` in the same commit.
  it('matches the snapshot after all migrations', async () => {
    const { sqlite } = await createTestDb();
    await expect(schemaOf(sqlite)).toMatchFileSnapshot('./__snapshots__/schema.sql');
  });
});
