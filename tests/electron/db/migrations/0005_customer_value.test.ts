import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/db/migrate';
import { createTestDb, schemaOf } from '../../../helpers/create-test-db';

describe('0005_customer_value', () => {
  it('adds the manual tier to customers, value tables and segments, and asks the app to compute values', async () => {
    const { db, sqlite } = await createTestDb('0004_kept_apart');
    const now = '2026-01-01T00:00:00.000Z';
    sqlite.prepare("INSERT INTO customers (id, name, created_at, updated_at) VALUES ('c1', '张三', ?, ?)").run(now, now);
    sqlite.prepare("INSERT INTO settings (key, value) VALUES ('value.computedOn', '2026-01-01')").run();
    await migrate(db, '0005_customer_value');
    expect(sqlite.prepare('SELECT name, tier_override, tier_override_reason FROM customers').all()).toEqual([
      { name: '张三', tier_override: null, tier_override_reason: null },
    ]);
    expect(sqlite.prepare("SELECT count(*) AS n FROM settings WHERE key = 'value.computedOn'").get()).toEqual({ n: 0 });
    expect(() => sqlite.prepare("UPDATE customers SET tier_override = 'gold' WHERE id = 'c1'").run()).toThrow(/CHECK/);
    sqlite.prepare("INSERT INTO segments (id, name, filter, created_at, updated_at) VALUES ('s1', 'VIP 女客', '{}', ?, ?)").run(now, now);
    expect(() =>
      sqlite.prepare("INSERT INTO segments (id, name, filter, created_at, updated_at) VALUES ('s2', 'VIP 女客', '{}', ?, ?)").run(now, now),
    ).toThrow(/UNIQUE/);
  });

  it('goes down to 0004 exactly', async () => {
    const { db, sqlite } = await createTestDb('0004_kept_apart');
    const before = schemaOf(sqlite);
    await migrate(db, '0005_customer_value');
    await migrate(db, '0004_kept_apart');
    expect(schemaOf(sqlite)).toBe(before);
  });
});
