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
    expect(await call(app, 'settings.get', {})).toMatchObject({ currency: 'CNY', complaintFollowUpDays: 3, contactCooldownDays: 7 });
    expect(await call(app, 'settings.update', { currency: 'HKD', contactCooldownDays: 5 })).toMatchObject({
      currency: 'HKD',
      contactCooldownDays: 5,
    });
    expect(await call(app, 'settings.get', {})).toMatchObject({ currency: 'HKD', contactCooldownDays: 5, followUpAfterPurchaseDays: 14 });
  });
});
