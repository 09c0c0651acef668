import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Customer, Preference } from '../../../../shared/contract';
import { call, createTestApp, type TestApp } from '../../../helpers/create-test-db';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

describe('preferences', () => {
  it('adds, changes and removes likes and dislikes', async () => {
    const c = await call<Customer>(app, 'customers.create', { name: 'Mia' });
    const like = await call<Preference>(app, 'preferences.set', { customerId: c.id, polarity: 'like', category: 'colour', value: 'navy' });
    expect(like).toMatchObject({ polarity: 'like', category: 'colour', value: 'navy' });
    const changed = await call<Preference>(app, 'preferences.set', {
      id: like.id,
      customerId: c.id,
      polarity: 'dislike',
      category: 'colour',
      value: 'orange',
    });
    expect(changed).toMatchObject({ id: like.id, polarity: 'dislike', value: 'orange', createdAt: like.createdAt });
    expect((await call<{ items: Preference[] }>(app, 'preferences.list', { customerId: c.id })).items).toHaveLength(1);
    await call(app, 'preferences.remove', { id: like.id });
    expect((await call<{ items: Preference[] }>(app, 'preferences.list', { customerId: c.id })).items).toEqual([]);
  });

  it('will not move a preference to another customer', async () => {
    const a = await call<Customer>(app, 'customers.create', { name: 'A' });
    const b = await call<Customer>(app, 'customers.create', { name: 'B' });
    const p = await call<Preference>(app, 'preferences.set', { customerId: a.id, polarity: 'like', value: 'tea' });
    expect(await app.dispatch('preferences.set', { id: p.id, customerId: b.id, polarity: 'like', value: 'coffee' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});
