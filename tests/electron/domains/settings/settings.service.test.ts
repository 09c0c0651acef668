import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { englishMessage } from '../../../../shared/domain/messages';
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

  it('keeps the shop’s time zone, refuses one it does not know, and answers the book’s today in it', async () => {
    expect(await call(app, 'settings.get', {})).toMatchObject({ timeZone: 'Asia/Shanghai', today: '2026-11-24' });
    const refused = await app.dispatch('settings.update', { timeZone: 'Mars/Olympus_Mons' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining(englishMessage('timeZoneUnknown')) as string },
    });
    await call(app, 'settings.update', { timeZone: 'America/Los_Angeles' });
    // 05:00 UTC on the 24th is still the evening of the 23rd in Los Angeles.
    app.clock.set('2026-11-24T05:00:00.000Z');
    expect(await call(app, 'settings.get', {})).toMatchObject({ timeZone: 'America/Los_Angeles', today: '2026-11-23' });
    expect(await call(app, 'today', {})).toMatchObject({ day: '2026-11-23', today: '2026-11-23', timeZone: 'America/Los_Angeles' });
  });

  it('refuses days that are not on the calendar, and never keeps a client’s day as the book’s', async () => {
    const customer = await call<{ id: string }>(app, 'customers.create', { name: '王丽华' });
    const refused = await app.dispatch('today', { day: '2026-02-31' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining(englishMessage('dayNotReal')) as string },
    });
    expect(await app.dispatch('dates.list', { customerId: customer.id, today: '2026-02-31' })).toMatchObject({ ok: false });
    // The calls that compute values take no day: the value pass and tier history are the server's today.
    expect(await app.dispatch('insights', { today: '1999-01-01' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await app.dispatch('customers.list', { today: '1999-01-01' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await call(app, 'insights', {});
    await call(app, 'today', { day: '1999-01-01' });
    const days = app.sqlite.prepare('SELECT DISTINCT day FROM tier_history ORDER BY day DESC LIMIT 1').all();
    expect(days).toEqual([{ day: '2026-11-24' }]);
    expect(app.sqlite.prepare("SELECT value FROM settings WHERE key = 'value.computedOn'").get()).toEqual({ value: '2026-11-24' });
  });
});
