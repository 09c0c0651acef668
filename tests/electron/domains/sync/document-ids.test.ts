import { afterEach, describe, expect, it } from 'vitest';
import { documentIds } from '../../../../electron/domains/sync/apply-documents.service';
import { createTestApp, type TestApp } from '../../../helpers/create-test-db';

let app: TestApp;
afterEach(async () => {
  await app.close();
});

describe('documentIds', () => {
  it('lists a kind of several hundred thousand documents (a large book joining a hub)', async () => {
    app = await createTestApp('zh-CN');
    const insert = app.sqlite.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
    app.sqlite.transaction(() => {
      for (let i = 0; i < 300_000; i += 1) insert.run(`bench${i}`, '1');
    })();
    const ids = await documentIds(app.ctx.db);
    expect(ids.filter((id) => id.startsWith('setting/bench'))).toHaveLength(300_000);
  });
});
