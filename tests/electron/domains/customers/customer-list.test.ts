import { describe, expect, it } from 'vitest';
import type { CallOutput, Segment } from '../../../../shared/contract';
import { call, dumpRows } from '../../../helpers/create-test-db';
import { smallShop } from '../../../helpers/small-shop';

type List = CallOutput<'customers.list'>;

describe('the customer list by value', () => {
  it('filters by tier, stage, tag, last visit, spend and birthday month, and sorts by spend', async () => {
    const shop = await smallShop();
    const { app } = shop;
    await call(app, 'customers.update', { id: shop.ids[0], patch: { tags: ['老客户'] } });
    await call(app, 'dates.set', { customerId: shop.ids[3], kind: 'birthday', calendar: 'solar', month: 12, day: 3 });
    const list = async (input: object) => call<List>(app, 'customers.list', input);
    const names = (l: List) => l.items.map((c) => c.name);

    const vips = await list({ filter: { tiers: ['vip'] }, sort: 'spend' });
    expect(names(vips)).toEqual(['顾客10', '顾客9']);
    expect(vips.items[0]).toMatchObject({ tier: 'vip', stage: 'maturity', spendInWindow: 100_000 });
    expect(names(await list({ filter: { tiers: ['at_risk', 'lost'] }, sort: 'name' }))).toEqual(['好久没来', '走了的']);
    expect(names(await list({ filter: { stages: ['departure'] } }))).toEqual(['走了的']);
    expect(names(await list({ filter: { tag: '老客户' } }))).toEqual(['顾客1']);
    expect(names(await list({ filter: { seenWithinDays: 7 } }))).toEqual(['新来的']);
    expect(names(await list({ filter: { notSeenForDays: 100 }, sort: 'name' }))).toEqual(['只留了电话', '好久没来', '走了的']);
    expect((await list({ filter: { minSpend: 80_000 }, sort: 'spend' })).total).toBe(3);
    expect(names(await list({ filter: { birthdayMonth: 12 } }))).toEqual(['顾客4']);
    expect(names(await list({ sort: 'spend', limit: 3 }))).toEqual(['顾客10', '顾客9', '顾客8']);
    const page = await list({ sort: 'name', limit: 5, offset: 5 });
    expect(page.total).toBe(14);
    expect(page.items).toHaveLength(5);
    await app.close();
  });

  it('saves filters as named segments, replaces one saved under the same name, and refuses a broken one', async () => {
    const shop = await smallShop();
    const { app } = shop;
    const saved = await call<Segment>(app, 'segments.save', { name: '要回访的', filter: { tiers: ['at_risk'] } });
    const again = await call<Segment>(app, 'segments.save', { name: '要回访的', filter: { tiers: ['at_risk', 'lost'] }, sort: 'spend' });
    expect(again.id).toBe(saved.id);
    expect(await call(app, 'segments.list', {})).toEqual({
      items: [{ id: saved.id, name: '要回访的', filter: { tiers: ['at_risk', 'lost'] }, sort: 'spend' }],
    });
    const before = dumpRows(app.sqlite);
    const refused = await app.dispatch('segments.save', { name: '坏的', filter: { tiers: ['gold'] } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(dumpRows(app.sqlite)).toEqual(before);
    expect(await call(app, 'segments.delete', { id: saved.id })).toEqual({ id: saved.id });
    expect(await call(app, 'segments.list', {})).toEqual({ items: [] });
    await app.close();
  });
});
