import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Customer } from '../../../../shared/contract';
import type { MemberCard } from '../../../../shared/contract/cards.contract';
import { CustomerPage } from '../../../../renderer/src/features/customer/CustomerPage';
import { call } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

async function page() {
  const { client, app } = await fakeClient();
  await call(app, 'cards.setRules', { pointsPerUnit: 1, tierMultipliers: {}, bonusTiers: [{ from: 50_000, bonus: 5_000 }] });
  const customer = await call<Customer>(app, 'customers.create', { name: '王丽华' });
  renderWithApp(<CustomerPage customerId={customer.id} currency="CNY" />, client);
  const panel = await screen.findByRole('region', { name: '会员卡' });
  return { app, customer, panel };
}

describe('the member card on a customer’s page', () => {
  it('tops up with the bonus shown before confirming, and shows the balance and the diary line', async () => {
    const { app, customer, panel } = await page();
    expect(panel.textContent).toContain('还没有会员卡');
    await userEvent.click(within(panel).getByRole('button', { name: '充值……' }));
    const dialog = await screen.findByRole('dialog', { name: '充值' });
    await userEvent.type(within(dialog).getByLabelText('充值金额'), '500');
    expect(within(dialog).getByRole('status').textContent).toBe('按规则送 ¥50.00，卡上共 ¥550.00。');
    await userEvent.click(within(dialog).getByRole('button', { name: '确定' }));
    await waitFor(() => expect(within(panel).getByText('¥550.00')).toBeTruthy());
    expect(panel.textContent).toContain('（其中赠送 ¥50.00）');
    // Said on the status line, and written into the diary.
    await waitFor(() =>
      expect(
        screen.getAllByText('充值 ¥500.00，送 ¥50.00；余额 ¥550.00').filter((e) => e.closest('[role="status"]') === null),
      ).toHaveLength(1),
    );
    const { card } = await call<{ card: MemberCard }>(app, 'cards.get', { customerId: customer.id });
    expect(card.value.total).toBe(55_000);
  });

  it('says beside the amount when the balance is not enough, and writes nothing', async () => {
    const { app, customer, panel } = await page();
    await userEvent.click(within(panel).getByRole('button', { name: '余额支付……' }));
    const dialog = await screen.findByRole('dialog', { name: '余额支付' });
    await userEvent.type(within(dialog).getByLabelText('支付金额'), '20');
    await userEvent.click(within(dialog).getByRole('button', { name: '确定' }));
    await waitFor(() => expect(dialog.textContent).toContain('卡上的余额不够：只有 ¥0.00，要用 ¥20.00。什么都没有改变。'));
    expect(await call(app, 'cards.ledger', { customerId: customer.id })).toEqual({ items: [] });
  });

  it('sells a punch card and uses it with one click', async () => {
    const { panel } = await page();
    await userEvent.click(within(panel).getByRole('button', { name: '办次卡……' }));
    const dialog = await screen.findByRole('dialog', { name: '办次卡' });
    await userEvent.type(within(dialog).getByLabelText('做什么用'), '洗车');
    await userEvent.type(within(dialog).getByLabelText('价格（可不填）'), '300');
    await userEvent.click(within(dialog).getByRole('button', { name: '确定' }));
    const use = await within(panel).findByRole('button', { name: '洗车卡用 1 次' });
    expect(panel.textContent).toContain('洗车：剩 10 次 / 共 10 次');
    await userEvent.click(use);
    await waitFor(() => expect(panel.textContent).toContain('洗车：剩 9 次 / 共 10 次'));
  });
});
