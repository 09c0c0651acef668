import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Customer, Entry, Team } from '../../../../shared/contract';
import { call, createTestApp, dumpRows, type TestApp } from '../../../helpers/create-test-db';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

async function refused(name: string, input: unknown) {
  const before = dumpRows(app.sqlite);
  const result = await app.dispatch(name, input);
  expect(result.ok).toBe(false);
  expect(dumpRows(app.sqlite)).toEqual(before);
  return result.ok ? null : result.error;
}

describe('the staff list', () => {
  it('starts empty, with a counter that has no name and nobody at it', async () => {
    expect(await call<Team>(app, 'team.get', {})).toEqual({ staff: [], counterName: '', here: null, responsibles: [] });
  });

  it('adds, renames and removes staff in the order they were added', async () => {
    await call(app, 'team.addStaff', { name: ' 小王 ' });
    await call(app, 'team.addStaff', { name: '王店长' });
    expect((await call<Team>(app, 'team.renameStaff', { from: '小王', to: '王小明' })).staff).toEqual(['王小明', '王店长']);
    expect((await call<Team>(app, 'team.removeStaff', { name: '王店长' })).staff).toEqual(['王小明']);
  });

  it('refuses a name already on the list, an empty one, and a name it does not know, changing nothing', async () => {
    await call(app, 'team.addStaff', { name: '小王' });
    await call(app, 'team.addStaff', { name: '小李' });
    expect((await refused('team.addStaff', { name: '小王' }))?.key).toBe('staffNameTaken');
    expect((await refused('team.renameStaff', { from: '小李', to: '小王' }))?.key).toBe('staffNameTaken');
    expect((await refused('team.addStaff', { name: '  ' }))?.code).toBe('INVALID_INPUT');
    expect((await refused('team.renameStaff', { from: '老张', to: '张' }))?.key).toBe('staffUnknown');
    expect((await refused('team.removeStaff', { name: '老张' }))?.key).toBe('staffUnknown');
  });

  it('is a setting every counter shares, while the counter’s name and who is at it stay on this device', async () => {
    await call(app, 'team.addStaff', { name: '小王' });
    await call(app, 'team.setCounter', { counterName: '柜台 1', here: '小王' });
    const keys = app.sqlite
      .prepare('SELECT key FROM settings WHERE key IN (?, ?, ?) ORDER BY key')
      .pluck()
      .all('staff', 'device.name', 'device.staff');
    expect(keys).toEqual(['device.name', 'device.staff', 'staff']);
    const { isSharedSetting } = await import('../../../../electron/domains/sync/sync-documents');
    expect(keys.map((k) => isSharedSetting(String(k)))).toEqual([false, false, true]);
  });
});

describe('the counter', () => {
  it('is named and says who is at it; an empty name leaves it unnamed', async () => {
    await call(app, 'team.addStaff', { name: '小王' });
    expect(await call<Team>(app, 'team.setCounter', { counterName: ' 柜台 1 ', here: '小王' })).toMatchObject({
      counterName: '柜台 1',
      here: '小王',
    });
    expect(await call<Team>(app, 'team.setCounter', { counterName: '' })).toMatchObject({ counterName: '', here: '小王' });
    expect(await call<Team>(app, 'team.setCounter', { here: null })).toMatchObject({ here: null });
  });

  it('refuses someone not on the staff list at the counter', async () => {
    expect((await refused('team.setCounter', { here: '陌生人' }))?.key).toBe('staffUnknown');
  });

  it('follows a rename of who is at it, and forgets them when they are removed', async () => {
    await call(app, 'team.addStaff', { name: '小王' });
    await call(app, 'team.setCounter', { here: '小王' });
    expect((await call<Team>(app, 'team.renameStaff', { from: '小王', to: '王小明' })).here).toBe('王小明');
    expect((await call<Team>(app, 'team.removeStaff', { name: '王小明' })).here).toBeNull();
  });
});

describe('entries signed by the counter', () => {
  it('records the counter and who was at it; a correction keeps them', async () => {
    await call(app, 'team.addStaff', { name: '小王' });
    await call(app, 'team.addStaff', { name: '小李' });
    await call(app, 'team.setCounter', { counterName: '柜台 1', here: '小王' });
    const customer = await call<Customer>(app, 'customers.create', { name: '王丽华' });
    const entry = await call<Entry>(app, 'entries.add', { customerId: customer.id, kind: 'note', text: '喜欢蓝色' });
    expect(entry).toMatchObject({ writtenOn: '柜台 1', writtenBy: '小王' });
    await call(app, 'team.setCounter', { here: '小李' });
    const edited = await call<Entry>(app, 'entries.update', { id: entry.id, patch: { text: '喜欢深蓝色' } });
    expect(edited).toMatchObject({ text: '喜欢深蓝色', writtenOn: '柜台 1', writtenBy: '小王' });
  });

  it('leaves them empty on a counter with no name and nobody at it', async () => {
    const customer = await call<Customer>(app, 'customers.create', { name: '王丽华' });
    expect(await call<Entry>(app, 'entries.add', { customerId: customer.id, kind: 'note', text: '来过' })).toMatchObject({
      writtenOn: null,
      writtenBy: null,
    });
  });

  it('signs a card purchase and a line written from Today', async () => {
    await call(app, 'team.addStaff', { name: '小王' });
    await call(app, 'team.setCounter', { counterName: '柜台 2', here: '小王' });
    const customer = await call<Customer>(app, 'customers.create', { name: '李娜' });
    const bought = await call<{ entry: Entry }>(app, 'cards.purchase', {
      entry: { customerId: customer.id, kind: 'purchase', lines: [{ item: '丝巾', unitPriceMinor: 6_400 }] },
      payMinor: 0,
    });
    expect(bought.entry).toMatchObject({ writtenOn: '柜台 2', writtenBy: '小王' });
    const done = await call<{ entryId: string }>(app, 'care.done', { customerId: customer.id, what: 'called', text: '打过电话' });
    expect(app.sqlite.prepare('SELECT written_on, written_by FROM entries WHERE id = ?').get(done.entryId)).toEqual({
      written_on: '柜台 2',
      written_by: '小王',
    });
  });
});

describe('who looks after a customer', () => {
  it('is one of the staff, shown on the customer and the list, and follows a rename', async () => {
    await call(app, 'team.addStaff', { name: '小王' });
    const customer = await call<Customer>(app, 'customers.create', { name: '王丽华', responsible: '小王' });
    expect(customer.responsible).toBe('小王');
    await call(app, 'team.renameStaff', { from: '小王', to: '王小明' });
    expect((await call<Customer>(app, 'customers.get', { id: customer.id })).responsible).toBe('王小明');
    const list = await call<{ items: { responsible: string | null }[] }>(app, 'customers.list', {});
    expect(list.items.map((i) => i.responsible)).toEqual(['王小明']);
    expect((await call<Team>(app, 'team.get', {})).responsibles).toEqual(['王小明']);
  });

  it('refuses a name not on the staff list, and keeps one since removed until changed', async () => {
    await call(app, 'team.addStaff', { name: '小王' });
    const customer = await call<Customer>(app, 'customers.create', { name: '王丽华', responsible: '小王' });
    expect((await refused('customers.update', { id: customer.id, patch: { responsible: '小张' } }))?.key).toBe('staffUnknown');
    await call(app, 'team.removeStaff', { name: '小王' });
    const renamed = await call<Customer>(app, 'customers.update', { id: customer.id, patch: { name: '王丽华姐', responsible: '小王' } });
    expect(renamed.responsible).toBe('小王');
    expect((await call<Team>(app, 'team.get', {})).responsibles).toEqual(['小王']);
    expect((await call<Customer>(app, 'customers.update', { id: customer.id, patch: { responsible: null } })).responsible).toBeNull();
  });
});

describe('my customers', () => {
  it('lists only the customers a staff member looks after, with the other filters', async () => {
    await call(app, 'team.addStaff', { name: '小王' });
    await call(app, 'team.addStaff', { name: '小李' });
    const mine = await call<Customer>(app, 'customers.create', { name: '王丽华', responsible: '小王', tags: ['VIP'] });
    await call<Customer>(app, 'customers.create', { name: '王芳', responsible: '小王' });
    await call<Customer>(app, 'customers.create', { name: '李娜', responsible: '小李', tags: ['VIP'] });
    await call<Customer>(app, 'customers.create', { name: '张伟' });
    const names = async (filter: object, query = '') =>
      (await call<{ items: Customer[]; total: number }>(app, 'customers.list', { filter, query, sort: 'name' })).items.map((c) => c.name);
    expect(await names({ responsible: '小王' })).toEqual(['王丽华', '王芳']);
    expect(await names({ responsible: '小王', tag: 'vip' })).toEqual([mine.name]);
    expect(await names({ responsible: '小李' }, '李')).toEqual(['李娜']);
    expect(await names({ responsible: '没有这个人' })).toEqual([]);
  });
});

describe('a merge of two customers', () => {
  it('keeps whoever looked after either, and an undo gives it back', async () => {
    await call(app, 'team.addStaff', { name: '小王' });
    const survivor = await call<Customer>(app, 'customers.create', { name: '王丽华' });
    const other = await call<Customer>(app, 'customers.create', { name: '王丽华', responsible: '小王', allowDuplicate: true });
    await call(app, 'customers.merge', { survivorId: survivor.id, otherId: other.id, dryRun: false });
    expect((await call<Customer>(app, 'customers.get', { id: survivor.id })).responsible).toBe('小王');
    await call(app, 'customers.unmerge', { otherId: other.id });
    expect((await call<Customer>(app, 'customers.get', { id: survivor.id })).responsible).toBeNull();
    expect((await call<Customer>(app, 'customers.get', { id: other.id })).responsible).toBe('小王');
  });
});
