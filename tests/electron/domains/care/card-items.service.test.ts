import { afterEach, describe, expect, it } from 'vitest';
import type { Customer, Today } from '../../../../shared/contract';
import type { MemberCard } from '../../../../shared/contract/cards.contract';
import { cardsDailyPass } from '../../../../electron/domains/cards/points-expiry.service';
import { call, createTestApp, type TestApp } from '../../../helpers/create-test-db';

let app: TestApp;
afterEach(async () => {
  await app.close();
});

type Moved = { card: MemberCard };
const sell = async (customerId: string, punchKind: string, uses: number, validUntil: string | null) =>
  (await call<Moved>(app, 'cards.move', { customerId, request: { kind: 'sell_punch', punchKind, uses, validUntil } })).card.punchCards.at(
    -1,
  )?.id ?? '';
const cardsOnToday = async () =>
  (await call<Today>(app, 'today', {})).cards.map((c) => [c.customerName, c.about, c.punchKind, c.count, c.due]);

describe('member cards on Today', () => {
  it('lists punch cards ending within 30 days, cards with one use left, and points expiring within 30 days', async () => {
    app = await createTestApp('zh-CN');
    app.clock.set('2025-03-01T02:00:00.000Z');
    await call(app, 'cards.setRules', { pointsPerUnit: 1, tierMultipliers: {}, bonusTiers: [], pointsExpiry: 'endOfNextYear' });
    const wang = await call<Customer>(app, 'customers.create', { name: '王丽华' });
    const li = await call<Customer>(app, 'customers.create', { name: '李四' });
    const zhao = await call<Customer>(app, 'customers.create', { name: '赵六' });
    await call(app, 'cards.move', { customerId: zhao.id, request: { kind: 'earn', points: 80 } });
    app.clock.set('2026-12-03T02:00:00.000Z');
    const wash = await sell(wang.id, '洗车', 2, null);
    await call(app, 'cards.move', { customerId: wang.id, request: { kind: 'punch', punchId: wash } });
    await sell(li.id, '打蜡', 3, '2026-12-20');
    await sell(li.id, '保养', 3, '2027-02-20');
    const used = await sell(li.id, '抛光', 1, '2026-12-10');
    await call(app, 'cards.move', { customerId: li.id, request: { kind: 'punch', punchId: used } });
    await cardsDailyPass(app.ctx.db, app.clock.now(), 'zh-CN');
    expect(await cardsOnToday()).toEqual([
      ['李四', 'punchEnding', '打蜡', 3, '2026-12-20'],
      ['王丽华', 'oneLeft', '洗车', 1, null],
      ['赵六', 'pointsExpiring', null, 80, '2026-12-31'],
    ]);

    // Told (D): it leaves Today with a line in the diary; put off (S): it leaves for a week.
    await call(app, 'care.done', {
      customerId: wang.id,
      what: 'called',
      text: '提醒了王女士：洗车卡还剩 1 次。',
      card: { about: 'oneLeft', punchId: wash },
    });
    const dozed = await call(app, 'care.snooze', {
      customerId: zhao.id,
      what: 'snoozed',
      card: { about: 'pointsExpiring', due: '2026-12-31' },
    });
    expect(dozed).toEqual({ until: '2026-12-10' });
    expect(await cardsOnToday()).toEqual([['李四', 'punchEnding', '打蜡', 3, '2026-12-20']]);
    const today = await call<Today>(app, 'today', {});
    expect(today.doneToday.map((d) => [d.what, d.text]).sort()).toEqual([
      ['called', '提醒了王女士：洗车卡还剩 1 次。'],
      ['snoozed', null],
    ]);

    // Points used up before they expire leave by themselves.
    app.clock.set('2026-12-11T02:00:00.000Z');
    expect((await cardsOnToday()).map((c) => c[1])).toContain('pointsExpiring');
    await call(app, 'cards.move', { customerId: zhao.id, request: { kind: 'redeem', points: 80 } });
    expect((await cardsOnToday()).map((c) => c[1])).not.toContain('pointsExpiring');
  });

  it('refuses a reminder about another customer’s punch card', async () => {
    app = await createTestApp('zh-CN');
    const wang = await call<Customer>(app, 'customers.create', { name: '王丽华' });
    const li = await call<Customer>(app, 'customers.create', { name: '李四' });
    const wash = await sell(wang.id, '洗车', 1, null);
    const refused = await app.dispatch('care.done', {
      customerId: li.id,
      what: 'called',
      text: '提醒',
      card: { about: 'oneLeft', punchId: wash },
    });
    expect(refused).toMatchObject({ ok: false, error: { key: 'punchCardUnknown' } });
  });
});
