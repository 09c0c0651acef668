import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallOutput, Customer } from '../../../../shared/contract';
import { call, createTestApp, dumpRows, type TestApp } from '../../../helpers/create-test-db';
import { addRegular } from '../../../helpers/regular-customer';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

async function regular(): Promise<Customer> {
  app.clock.set('2026-03-05T02:00:00.000Z');
  const wang = await addRegular(app);
  app.clock.set('2026-11-24T09:00:00.000Z');
  return wang;
}

describe('customers.matches', () => {
  it('says who the person already is, with visits, spend, tier and since when', async () => {
    const wang = await regular();
    const { match } = await call<CallOutput<'customers.matches'>>(app, 'customers.matches', { phones: ['+86 138-0013-8821'] });
    expect(match).toMatchObject({
      reason: 'phone',
      customer: {
        id: wang.id,
        name: '王梓萱',
        gender: 'female',
        visitCount: 3,
        spendTotal: 38400,
        entryCount: 3,
        firstSeenAt: '2026-03-05T02:00:00.000Z',
        firstVisitAt: '2026-06-15T12:00:00.000Z',
        lastVisitAt: '2026-11-15T12:00:00.000Z',
        tier: 'vip',
      },
    });
    expect(await call(app, 'customers.matches', { phones: ['13800138821'], excludeId: wang.id })).toEqual({ match: null });
    expect(await call(app, 'customers.matches', { name: '王梓萱', phones: ['139 0000 8821'] })).toMatchObject({
      match: { reason: 'name' },
    });
  });
});

describe('customers.create', () => {
  it('refuses a phone already in the book, naming whose it is, and adds it when told to add anyway', async () => {
    await regular();
    const before = dumpRows(app.sqlite);
    const refused = await app.dispatch('customers.create', { name: '小王', phones: [{ number: '138 0013 8821' }] });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'customerPhoneTaken', params: { name: '王梓萱' } },
    });
    expect(dumpRows(app.sqlite)).toEqual(before);
    const added = await call<Customer>(app, 'customers.create', {
      name: '小王',
      phones: [{ number: '138 0013 8821' }],
      allowDuplicate: true,
    });
    expect(added.phones[0]?.digits).toBe('13800138821');
  });

  it('refuses the same email whatever its case, and lets a new person in', async () => {
    await call(app, 'customers.create', { name: 'Anna', email: 'anna@example.com' });
    expect(await app.dispatch('customers.create', { name: 'Anna S', email: 'ANNA@example.com' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'customerEmailTaken', params: { name: 'Anna' } },
    });
    expect(await call(app, 'customers.create', { name: 'Bob', email: 'bob@example.com' })).toMatchObject({ name: 'Bob' });
  });
});
