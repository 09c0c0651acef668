import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Customer } from '../../../../shared/contract';
import { InsightsPage } from '../../../../renderer/src/features/insights/InsightsPage';
import { call } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

const cells = (region: HTMLElement, month: string) =>
  within(region)
    .getAllByRole('row')
    .find((row) => row.firstChild?.textContent === month)
    ?.querySelectorAll('td');

describe('member cards in Insights', () => {
  it('say what the shop owes its members, paid in and bonus apart, and how the cards moved each month', async () => {
    const { client, app } = await fakeClient();
    await call(app, 'cards.setRules', { pointsPerUnit: 1, tierMultipliers: {}, bonusTiers: [{ from: 50_000, bonus: 5_000 }] });
    const wang = await call<Customer>(app, 'customers.create', { name: '王丽华' });
    const move = (request: unknown) => call(app, 'cards.move', { customerId: wang.id, request });
    await move({ kind: 'top_up', principal: 50_000 });
    await move({ kind: 'pay', amount: 12_000 });
    await move({ kind: 'earn', points: 200 });
    await move({ kind: 'redeem', points: 50 });
    await move({ kind: 'sell_punch', punchKind: '洗车', uses: 10 });
    renderWithApp(<InsightsPage />, client);
    // The card figures are a call of their own, answered after the page's first insights.
    const owed = await screen.findByRole('region', { name: '会员储值余额（每月月底，店里欠会员的钱）' }, { timeout: 5_000 });
    expect(owed.textContent).toContain('现在店里共欠会员 ¥430.00：本金 ¥380.00，赠送 ¥50.00。');
    expect([...(cells(owed, '2026-11') ?? [])].map((c) => c.textContent)).toEqual(['2026-11', '¥380.00', '¥50.00', '¥430.00']);
    const flows = screen.getByRole('region', { name: '每月充值与兑换' });
    expect([...(cells(flows, '2026-11') ?? [])].map((c) => c.textContent)).toEqual(['2026-11', '¥500.00', '¥50.00', '¥120.00', '50']);
    const punches = screen.getByRole('region', { name: '次卡：卖出与使用' });
    expect([...(cells(punches, '2026-11') ?? [])].map((c) => c.textContent)).toEqual(['2026-11', '1', '10', '0']);
  });

  it('say nothing of cards in a shop that keeps none', async () => {
    const { client } = await fakeClient();
    renderWithApp(<InsightsPage />, client);
    await screen.findByRole('region', { name: '二八曲线' });
    expect(screen.queryByRole('region', { name: '会员卡' })).toBeNull();
  });
});
