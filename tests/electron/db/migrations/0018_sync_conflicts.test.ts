import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/db/migrate';
import { createTestDb, schemaOf } from '../../../helpers/create-test-db';

describe('0018_sync_conflicts', () => {
  it('keeps one record per document and losing revision, settled one way or the other', async () => {
    const { db, sqlite } = await createTestDb('0017_sync_outbox');
    await migrate(db, '0018_sync_conflicts');
    const put = sqlite.prepare(
      "INSERT INTO sync_conflicts (id, doc_id, kept_rev, other_rev, other_body) VALUES (?, 'customer/a', '2-a', '2-b', NULL)",
    );
    put.run('customer/a@2-b');
    expect(() => put.run('customer/a@2-b')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => sqlite.prepare("UPDATE sync_conflicts SET settled = 'maybe'").run()).toThrow(/CHECK/);
    const plan = sqlite
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM sync_conflicts WHERE doc_id = 'customer/a' AND settled IS NULL")
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('sync_conflicts_open');
  });

  it('goes down to 0017 exactly', async () => {
    const { db, sqlite } = await createTestDb('0017_sync_outbox');
    const before = schemaOf(sqlite);
    await migrate(db, '0018_sync_conflicts');
    await migrate(db, '0017_sync_outbox');
    expect(schemaOf(sqlite)).toBe(before);
  });
});
