import { describe, expect, it } from 'vitest';
import type { CallOutput, Customer, Entry, Team } from '../../../../shared/contract';
import { must } from '../../../helpers/session-app';
import { hubWithCounters } from '../../../helpers/sync-counters';

const { hubUrl, counter } = hubWithCounters();

describe('a team on two counters', () => {
  it('shares the staff, who wrote each entry and who looks after each customer; each counter keeps its own name and staff member', async () => {
    const a = await counter();
    const b = await counter();
    await must(a, 'team.addStaff', { name: '小王' });
    await must(a, 'team.addStaff', { name: '王店长' });
    await must(a, 'team.setCounter', { here: '小王' });
    const customer = await must<Customer>(a, 'customers.create', { name: '王丽华', responsible: '小王' });
    await must(a, 'sync.join', { hub: hubUrl('team'), deviceName: '柜台 1' });
    // Joining names the counter: its entries say where they were written.
    const entry = await must<Entry>(a, 'entries.add', { customerId: customer.id, kind: 'note', text: '喜欢蓝色' });
    expect(entry).toMatchObject({ writtenOn: '柜台 1', writtenBy: '小王' });
    await must(a, 'sync.now');

    await must(b, 'sync.join', { hub: hubUrl('team'), deviceName: '王店长的电脑' });
    await must(b, 'sync.now');
    expect(await must<Team>(b, 'team.get')).toEqual({
      staff: ['小王', '王店长'],
      counterName: '王店长的电脑',
      here: null,
      responsibles: ['小王'],
    });
    const timeline = await must<{ items: Entry[] }>(b, 'entries.timeline', { customerId: customer.id, limit: 10 });
    expect(timeline.items[0]).toMatchObject({ writtenOn: '柜台 1', writtenBy: '小王' });
    const mine = await must<{ items: Customer[] }>(b, 'customers.list', { filter: { responsible: '小王' } });
    expect(mine.items.map((c) => c.name)).toEqual(['王丽华']);

    // A rename on the second counter reaches the first, with the customers its staff member looks after.
    await must(b, 'team.renameStaff', { from: '小王', to: '王小明' });
    await must(b, 'sync.now');
    await must(a, 'sync.now');
    expect(await must<Team>(a, 'team.get')).toMatchObject({ staff: ['王小明', '王店长'], counterName: '柜台 1', here: null });
    expect((await must<Customer>(a, 'customers.get', { id: customer.id })).responsible).toBe('王小明');

    // Leaving the hub keeps the counter's name.
    expect(await must<CallOutput<'sync.leave'>>(a, 'sync.leave')).toMatchObject({ joined: false });
    expect((await must<Team>(a, 'team.get')).counterName).toBe('柜台 1');
  });
});
