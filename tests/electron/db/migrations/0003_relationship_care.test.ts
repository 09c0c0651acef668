import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/db/migrate';
import { createTestDb, schemaOf } from '../../../helpers/create-test-db';

describe('0003_relationship_care', () => {
  it('adds care tables and customer columns, keeping existing customers', async () => {
    const { db, sqlite } = await createTestDb('0002_search_index');
    const now = '2026-01-01T00:00:00.000Z';
    sqlite.prepare("INSERT INTO customers (id, name, created_at, updated_at) VALUES ('c1', '张三', ?, ?)").run(now, now);
    sqlite.prepare("INSERT INTO settings (key, value) VALUES ('stats.visitVersion', '1')").run();
    await migrate(db, '0003_relationship_care');
    expect(sqlite.prepare('SELECT name, visit_count, median_gap_days, referred_by FROM customers').all()).toEqual([
      { name: '张三', visit_count: 0, median_gap_days: null, referred_by: null },
    ]);
    // The app recomputes visit statistics when the marker is missing.
    expect(sqlite.prepare("SELECT count(*) AS n FROM settings WHERE key = 'stats.visitVersion'").get()).toEqual({ n: 0 });
    expect(() =>
      sqlite
        .prepare(
          "INSERT INTO important_dates (id, customer_id, kind, calendar, month, day, created_at, updated_at) VALUES ('d', 'c1', 'birthday', 'lunar', 13, 1, ?, ?)",
        )
        .run(now, now),
    ).toThrow(/CHECK/);
  });

  it('goes down to 0002 exactly', async () => {
    const { db, sqlite } = await createTestDb('0002_search_index');
    const before = schemaOf(sqlite);
    await migrate(db, '0003_relationship_care');
    await migrate(db, '0002_search_index');
    expect(schemaOf(sqlite)).toBe(before);
  });
});
