import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Customer, Entry } from '../../../../shared/contract';
import { call, createTestApp, dumpRows, type TestApp } from '../../../helpers/create-test-db';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

const add = (input: object) => call<Customer>(app, 'customers.create', { ...input, allowDuplicate: true });
const merge = (survivorId: string, otherId: string) => call(app, 'customers.merge', { survivorId, otherId, dryRun: false });

describe('customers.unmerge', () => {
  it('brings the other back with what was theirs, keeps what was written since, and sends the merge note to the trash', async () => {
    const survivor = await add({ name: '王丽华', phones: [{ number: '13800138821' }] });
    const other = await add({ name: '丽华', phones: [{ number: '021-64381234' }], email: 'wang@example.com', tags: ['老客户'] });
    await call(app, 'preferences.set', { customerId: other.id, polarity: 'like', value: '藏青' });
    await merge(survivor.id, other.id);
    await call(app, 'entries.add', { customerId: survivor.id, kind: 'note', text: '合并后写的' });
    await call(app, 'customers.update', { id: survivor.id, patch: { email: 'new@example.com' } });

    expect(await call(app, 'customers.unmerge', { otherId: other.id })).toEqual({
      survivorId: survivor.id,
      otherId: other.id,
      name: '丽华',
    });
    expect(await call<Customer>(app, 'customers.get', { id: other.id })).toMatchObject({
      name: '丽华',
      email: 'wang@example.com',
      tags: ['老客户'],
      phones: [{ number: '021-64381234' }],
    });
    // The email changed since the merge stays as changed; the phone and tag from the other go back.
    expect(await call<Customer>(app, 'customers.get', { id: survivor.id })).toMatchObject({
      email: 'new@example.com',
      tags: [],
      phones: [{ number: '13800138821' }],
    });
    expect(await call(app, 'preferences.list', { customerId: other.id })).toMatchObject({ items: [{ value: '藏青' }] });
    const timeline = (await call<{ items: Entry[] }>(app, 'entries.timeline', { customerId: survivor.id })).items;
    expect(timeline.map((e) => e.text)).toEqual(['合并后写的']);
    expect((await call<{ items: Entry[] }>(app, 'entries.trash', { customerId: survivor.id })).items).toHaveLength(1);
    expect(app.sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
  });

  it('undoes only the last merge, once, and changes nothing when refused', async () => {
    const a = await add({ name: '王丽华' });
    const b = await add({ name: '丽华' });
    const c = await add({ name: '小华' });
    await merge(a.id, b.id);
    await merge(a.id, c.id);
    const before = dumpRows(app.sqlite);
    expect(await app.dispatch('customers.unmerge', { otherId: b.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', key: 'mergeNothingToUndo' },
    });
    expect(dumpRows(app.sqlite)).toEqual(before);
    await call(app, 'customers.unmerge', { otherId: c.id });
    expect(await app.dispatch('customers.unmerge', { otherId: c.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
