import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/db/migrate';
import { createTestDb, schemaOf } from '../../../helpers/create-test-db';

const now = '2026-11-24T02:00:00.000Z';

describe('0008_entry_revisions', () => {
  it('keeps earlier versions with their entry and forgets them when the entry is deleted for good', async () => {
    const { db, sqlite } = await createTestDb('0007_care_marks');
    await migrate(db, '0008_entry_revisions');
    sqlite.prepare("INSERT INTO customers (id, name, created_at, updated_at) VALUES ('c', '王姐', ?, ?)").run(now, now);
    sqlite
      .prepare(
        "INSERT INTO entries (id, customer_id, occurred_at, kind, text, created_at, updated_at) VALUES ('e', 'c', ?, 'note', 'x', ?, ?)",
      )
      .run(now, now, now);
    sqlite
      .prepare(
        "INSERT INTO entry_revisions (id, entry_id, occurred_at, kind, text, lines, details, replaced_at) VALUES ('r', 'e', ?, 'note', 'old', '[]', NULL, ?)",
      )
      .run(now, now);
    expect(() =>
      sqlite
        .prepare(
          "INSERT INTO entry_revisions (id, entry_id, occurred_at, kind, text, lines, replaced_at) VALUES ('r2', 'nope', ?, 'note', 'x', '[]', ?)",
        )
        .run(now, now),
    ).toThrow(/FOREIGN KEY/);
    sqlite.prepare("DELETE FROM customers WHERE id = 'c'").run();
    expect(sqlite.prepare('SELECT count(*) AS n FROM entry_revisions').get()).toEqual({ n: 0 });
  });

  it('goes down to 0007 exactly', async () => {
    const { db, sqlite } = await createTestDb('0007_care_marks');
    const before = schemaOf(sqlite);
    await migrate(db, '0008_entry_revisions');
    await migrate(db, '0007_care_marks');
    expect(schemaOf(sqlite)).toBe(before);
  });
});
