import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Customer, Entry } from '../../../../shared/contract';
import type { MemberCard } from '../../../../shared/contract/cards.contract';
import { TodayPage } from '../../../../renderer/src/features/care/TodayPage';
import { call } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

describe('member cards on Today', () => {
  it('says whose punch card has one use left or ends soon, and D tells them with a line in the diary', async () => {
    const { client, app } = await fakeClient();
    app.clock.set('2026-12-03T02:00:00.000Z');
    const wang = await call<Customer>(app, 'customers.create', { name: '王丽华' });
    const sold = await call<{ card: MemberCard }>(app, 'cards.move', {
      customerId: wang.id,
      request: { kind: 'sell_punch', punchKind: '洗车', uses: 2 },
    });
    const punchId = sold.card.punchCards[0]?.id ?? '';
    await call(app, 'cards.move', { customerId: wang.id, request: { kind: 'punch', punchId } });
    const li = await call<Customer>(app, 'customers.create', { name: '李四' });
    await call(app, 'cards.move', {
      customerId: li.id,
      request: { kind: 'sell_punch', punchKind: '打蜡', uses: 3, validUntil: '2026-12-20' },
    });
    renderWithApp(<TodayPage />, client);
    const cards = await screen.findByRole('region', { name: '会员卡' });
    expect(within(cards).getByText('洗车卡还剩 1 次')).toBeTruthy();
    expect(within(cards).getByText(/^打蜡卡还剩 3 次，.*12月20日.*到期$/)).toBeTruthy();
    const item = within(cards).getByRole('listitem', { name: /王丽华/ });
    item.focus();
    await userEvent.keyboard('d');
    const line = await within(item).findByRole('textbox');
    expect((line as HTMLInputElement).value).toBe('提醒了：洗车卡还剩 1 次。');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(within(cards).queryByText('洗车卡还剩 1 次')).toBeNull());
    const { items } = await call<{ items: Entry[] }>(app, 'entries.timeline', { customerId: wang.id });
    expect(items[0]?.text).toBe('提醒了：洗车卡还剩 1 次。');
    // S puts the other off for a week, without a diary line.
    within(cards).getByRole('listitem', { name: /李四/ }).focus();
    await userEvent.keyboard('s');
    await waitFor(() => expect(screen.queryByRole('region', { name: '会员卡' })).toBeNull());
    expect((await call<{ items: Entry[] }>(app, 'entries.timeline', { customerId: li.id })).items.map((e) => e.text)).toEqual([
      '办打蜡 3 次卡',
    ]);
  });
});
