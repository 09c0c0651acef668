import { describe, expect, it } from 'vitest';
import type { Customer } from '../../../../shared/contract';
import { call, createTestApp, dumpRows } from '../../../helpers/create-test-db';

describe("a customer's own data", () => {
  it('gives everything about one customer, and deletes them for good, search index included', async () => {
    const app = await createTestApp();
    const keep = await call<Customer>(app, 'customers.create', { name: '留下', referredBy: null });
    const c = await call<Customer>(app, 'customers.create', { name: '王丽华', phones: [{ number: '13800138821' }], referredBy: keep.id });
    await call(app, 'customers.update', { id: keep.id, patch: { referredBy: c.id } });
    await call(app, 'entries.add', { customerId: c.id, kind: 'note', text: '拉链坏了' });
    await call(app, 'preferences.set', { customerId: c.id, polarity: 'like', value: '藏青' });
    const person = await call<{ id: string }>(app, 'people.set', { customerId: c.id, name: '小雨', relation: '女儿' });
    await call(app, 'dates.set', { customerId: c.id, personId: person.id, kind: 'birthday', calendar: 'solar', month: 3, day: 12 });

    const everything = await call<{ customer: { name: string }; entries: unknown[]; preferences: unknown[]; dates: unknown[] }>(
      app,
      'customers.everything',
      { id: c.id },
    );
    expect(everything.customer.name).toBe('王丽华');
    expect([everything.entries.length, everything.preferences.length, everything.dates.length]).toEqual([1, 1, 1]);

    expect(await app.dispatch('customers.delete', { id: c.id, confirmName: '王' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    const deleted = await call<{ notice: string }>(app, 'customers.delete', { id: c.id, confirmName: '王丽华' });
    expect(deleted.notice).toMatch(/Backups made before now still hold/);
    const rows = dumpRows(app.sqlite);
    const mentions = Object.entries(rows).filter(
      ([table, list]) => table !== 'kysely_migration' && list.some((r) => String(r).includes(c.id)),
    );
    expect(mentions).toEqual([]);
    expect(await call(app, 'lookup', { query: '拉链' })).toEqual({ hits: [] });
    expect(await call(app, 'lookup', { query: '8821' })).toEqual({ hits: [] });
    expect((await call<Customer>(app, 'customers.get', { id: keep.id })).referredBy).toBeNull();
  });

  it('asks for the phone of a customer saved without a name, never an empty string', async () => {
    const app = await createTestApp();
    const c = await call<{ id: string }>(app, 'customers.create', { name: '', phones: [{ number: '138 0013 8821' }] });
    expect(await app.dispatch('customers.delete', { id: c.id, confirmName: '' })).toMatchObject({
      ok: false,
      error: { key: 'deleteNameMismatch' },
    });
    await call(app, 'customers.delete', { id: c.id, confirmName: '138 0013 8821' });
    expect(await app.dispatch('customers.get', { id: c.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await app.close();
  });
});
