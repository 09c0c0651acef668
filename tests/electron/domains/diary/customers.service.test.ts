import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Customer, CustomerSummary } from '../../../../shared/contract';
import { call, createTestApp, type TestApp } from '../../../helpers/create-test-db';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('zh-CN');
});
afterEach(async () => {
  await app.close();
});

describe('customers', () => {
  it('quick-adds with only a name, or only a phone', async () => {
    const named = await call<Customer>(app, 'customers.create', { name: '  李娜 ' });
    expect(named).toMatchObject({ name: '李娜', phones: [], displayAddressAs: '李娜', tags: [], archivedAt: null });
    const phoned = await call<Customer>(app, 'customers.create', { phones: [{ number: '+86 138-0013-8000' }] });
    expect(phoned.name).toBe('');
    expect(phoned.phones).toEqual([{ label: null, number: '+86 138-0013-8000', digits: '13800138000' }]);
    expect(phoned.displayAddressAs).toBe('+86 138-0013-8000');
  });

  it('suggests how to address them from surname and gender, and keeps what the owner typed', async () => {
    const c = await call<Customer>(app, 'customers.create', { name: '欧阳娜娜', gender: 'female' });
    expect(c.displayAddressAs).toBe('欧阳女士');
    const renamed = await call<Customer>(app, 'customers.update', { id: c.id, patch: { addressAs: '娜娜姐' } });
    expect(renamed).toMatchObject({ addressAs: '娜娜姐', displayAddressAs: '娜娜姐' });
    const cleared = await call<Customer>(app, 'customers.update', { id: c.id, patch: { addressAs: '' } });
    expect(cleared).toMatchObject({ addressAs: null, displayAddressAs: '欧阳女士' });
  });

  it('changes only the fields given', async () => {
    const c = await call<Customer>(app, 'customers.create', {
      name: 'Anna Smith',
      email: 'anna@example.com',
      company: 'ACME',
      tags: ['VIP'],
    });
    app.clock.advance(60_000);
    const updated = await call<Customer>(app, 'customers.update', {
      id: c.id,
      patch: { title: 'Buyer', phones: [{ number: '0912 345 678', label: 'mobile' }] },
    });
    expect(updated).toMatchObject({ email: 'anna@example.com', company: 'ACME', title: 'Buyer', tags: ['VIP'], createdAt: c.createdAt });
    expect(updated.phones).toEqual([{ label: 'mobile', number: '0912 345 678', digits: '0912345678' }]);
    expect(updated.updatedAt > c.updatedAt).toBe(true);
  });

  it('will not leave a customer with neither name nor phone', async () => {
    const c = await call<Customer>(app, 'customers.create', { name: '王五' });
    const result = await app.dispatch('customers.update', { id: c.id, patch: { name: '' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await call<Customer>(app, 'customers.get', { id: c.id })).name).toBe('王五');
  });

  it('lists the most recently seen first and filters by name, company and phone digits', async () => {
    const a = await call<Customer>(app, 'customers.create', { name: '张三', phones: [{ number: '138-0013-8821' }] });
    app.clock.advance(1000);
    const b = await call<Customer>(app, 'customers.create', { name: '李四', company: '华美服饰' });
    app.clock.advance(1000);
    await call(app, 'entries.add', { customerId: a.id, kind: 'visit', text: '来看看' });
    const list = await call<{ items: CustomerSummary[]; total: number }>(app, 'customers.list', {});
    expect(list.items.map((i) => i.name)).toEqual(['张三', '李四']);
    expect(list.total).toBe(2);
    const byPhone = await call<{ items: CustomerSummary[] }>(app, 'customers.list', { query: '8821' });
    expect(byPhone.items.map((i) => i.id)).toEqual([a.id]);
    const byCompany = await call<{ items: CustomerSummary[] }>(app, 'customers.list', { query: '华美' });
    expect(byCompany.items.map((i) => i.id)).toEqual([b.id]);
    const wildcard = await call<{ items: CustomerSummary[] }>(app, 'customers.list', { query: '%' });
    expect(wildcard.items).toEqual([]);
  });

  it('archives without deleting, and brings back', async () => {
    const c = await call<Customer>(app, 'customers.create', { name: '赵六' });
    await call(app, 'entries.add', { customerId: c.id, kind: 'note', text: '搬去外地了' });
    const archived = await call<Customer>(app, 'customers.archive', { id: c.id, archived: true });
    expect(archived.archivedAt).toBe('2026-11-24T09:00:00.000Z');
    expect((await call<{ total: number }>(app, 'customers.list', {})).total).toBe(0);
    expect((await call<{ total: number }>(app, 'customers.list', { includeArchived: true })).total).toBe(1);
    const back = await call<Customer>(app, 'customers.archive', { id: c.id, archived: false });
    expect(back.archivedAt).toBeNull();
    expect((await call<{ items: unknown[] }>(app, 'entries.timeline', { customerId: c.id })).items).toHaveLength(1);
  });
});
