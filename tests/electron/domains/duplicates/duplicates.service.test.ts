import { describe, expect, it } from 'vitest';
import type { CallOutput, Customer, Entry, Recall } from '../../../../shared/contract';
import { call, createTestApp, dumpRows } from '../../../helpers/create-test-db';

describe('duplicates and merge', () => {
  it('finds the same phone, the same email, and the same name with the same phone tail; keeps two different 张三 apart', async () => {
    const app = await createTestApp();
    await call(app, 'customers.create', { name: '王丽华', phones: [{ number: '+86 138 0013 8821' }] });
    await call(app, 'customers.create', { name: '丽华', phones: [{ number: '13800138821' }], allowDuplicate: true });
    await call(app, 'customers.create', { name: 'Anna', email: 'Anna@Example.com' });
    await call(app, 'customers.create', { name: 'Anna S', email: 'anna@example.com', allowDuplicate: true });
    await call(app, 'customers.create', { name: '张三', phones: [{ number: '13900001111' }] });
    await call(app, 'customers.create', { name: '张三', phones: [{ number: '13700002222' }] });
    const { groups } = await call<CallOutput<'duplicates.find'>>(app, 'duplicates.find', {});
    expect(groups.map((g) => [g.reason, g.customers.map((c) => c.name).sort()])).toEqual([
      ['phone', ['丽华', '王丽华']],
      ['email', ['Anna', 'Anna S']],
    ]);
  });

  it('shows the merge before committing it, then moves everything to the survivor', async () => {
    const app = await createTestApp();
    const a = await call<Customer>(app, 'customers.create', { name: '王丽华', phones: [{ number: '13800138821' }], tags: ['VIP'] });
    const b = await call<Customer>(app, 'customers.create', {
      name: '丽华',
      phones: [{ number: '138 0013 8821' }, { number: '021-64381234' }],
      email: 'wang@example.com',
      tags: ['老客户'],
      allowDuplicate: true,
    });
    await call(app, 'entries.add', {
      customerId: b.id,
      kind: 'purchase',
      text: '买了丝巾',
      lines: [{ item: '丝巾', unitPriceMinor: 12800 }],
      occurredAt: '2026-10-01T04:00:00Z',
    });
    await call(app, 'preferences.set', { customerId: b.id, polarity: 'like', value: '藏青' });
    const friend = await call<Customer>(app, 'customers.create', { name: '小李', referredBy: b.id });

    const before = dumpRows(app.sqlite);
    const plan = await call<CallOutput<'customers.merge'>>(app, 'customers.merge', { survivorId: a.id, otherId: b.id });
    expect(plan).toMatchObject({
      moves: { entries: 1, preferences: 1, dates: 0, people: 0, referrals: 1, keptApart: 0 },
      folds: { preferences: 0, dates: 0, people: 0 },
      fills: ['email'],
      phones: ['13800138821', '021-64381234'],
      tags: ['VIP', '老客户'],
    });
    expect(dumpRows(app.sqlite)).toEqual(before);

    await call(app, 'customers.merge', { survivorId: a.id, otherId: b.id, dryRun: false });
    expect(await app.dispatch('customers.get', { id: b.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const recall = await call<Recall>(app, 'recall', { customerId: a.id });
    expect(recall).toMatchObject({ visitCount: 1, likes: [{ value: '藏青' }], lastPurchase: { lines: [{ item: '丝巾' }] } });
    expect((await call<Customer>(app, 'customers.get', { id: a.id })).email).toBe('wang@example.com');
    expect((await call<Customer>(app, 'customers.get', { id: friend.id })).referredBy).toEqual({ id: a.id, name: '王丽华' });
    expect(await call(app, 'lookup', { query: '丝巾' })).toMatchObject({ hits: [{ customerId: a.id }] });
    expect(await call(app, 'lookup', { query: '1234' })).toMatchObject({ hits: [{ customerId: a.id }] });
    // The purchase, and the line recording the merge with both records as they were.
    const timeline = (await call<{ items: Entry[] }>(app, 'entries.timeline', { customerId: a.id })).items;
    expect(timeline.map((e) => e.kind).sort()).toEqual(['note', 'purchase']);
    expect(timeline.find((e) => e.kind === 'note')?.text).toContain('wang@example.com');
    expect(await app.dispatch('customers.merge', { survivorId: a.id, otherId: a.id })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('remembers customers kept apart: the pair is not proposed again, a third look-alike still is, and the note goes with a deleted customer', async () => {
    const app = await createTestApp();
    const a = await call<Customer>(app, 'customers.create', { name: '张三', phones: [{ number: '13900001111' }] });
    const b = await call<Customer>(app, 'customers.create', { name: '张三', phones: [{ number: '13800001111' }], allowDuplicate: true });
    const names = async () =>
      (await call<CallOutput<'duplicates.find'>>(app, 'duplicates.find', {})).groups.map((g) => g.customers.map((c) => c.id).sort());
    expect(await names()).toEqual([[a.id, b.id].sort()]);
    expect(await call(app, 'duplicates.keepApart', { customerIds: [b.id, a.id] })).toEqual({ pairs: 1 });
    expect(await call(app, 'duplicates.keepApart', { customerIds: [a.id, b.id] })).toEqual({ pairs: 1 });
    expect(await names()).toEqual([]);
    const c = await call<Customer>(app, 'customers.create', { name: '张三', phones: [{ number: '13700001111' }], allowDuplicate: true });
    expect(await names()).toEqual([[a.id, b.id, c.id].sort()]);
    await call(app, 'customers.delete', { id: b.id, confirmName: '张三' });
    expect(app.sqlite.prepare('SELECT count(*) AS n FROM kept_apart').get()).toEqual({ n: 0 });
    const refused = await app.dispatch('duplicates.keepApart', { customerIds: [a.id, '01900000-0000-7000-8000-000000000000'] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await app.close();
  });
});
