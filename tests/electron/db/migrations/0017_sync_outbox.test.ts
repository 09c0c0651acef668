import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/db/migrate';
import { createTestDb, schemaOf } from '../../../helpers/create-test-db';

describe('0017_sync_outbox', () => {
  it('keeps one outbox row per document, each write at its own place in the order', async () => {
    const { db, sqlite } = await createTestDb('0016_greetings');
    await migrate(db, '0017_sync_outbox');
    const put = sqlite.prepare('INSERT INTO sync_outbox (doc_id, seq) VALUES (?, ?)');
    put.run('customer/a', 1);
    expect(() => put.run('customer/a', 2)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => put.run('customer/b', 1)).toThrow(/UNIQUE/);
    sqlite.prepare("INSERT INTO sync_state (key, value) VALUES ('device.name', '柜台 1')").run();
    expect(sqlite.prepare('SELECT value FROM sync_state').pluck().get()).toBe('柜台 1');
  });

  it('goes down to 0016 exactly', async () => {
    const { db, sqlite } = await createTestDb('0016_greetings');
    const before = schemaOf(sqlite);
    await migrate(db, '0017_sync_outbox');
    await migrate(db, '0016_greetings');
    expect(schemaOf(sqlite)).toBe(before);
  });
});
