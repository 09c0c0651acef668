import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, createTestApp, type TestApp } from '../../../helpers/create-test-db';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

describe('settings', () => {
  it('defaults to CNY and remembers a change', async () => {
    expect(await call(app, 'settings.get', {})).toEqual({ currency: 'CNY' });
    expect(await call(app, 'settings.update', { currency: 'HKD' })).toEqual({ currency: 'HKD' });
    expect(await call(app, 'settings.get', {})).toEqual({ currency: 'HKD' });
  });
});
