import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Customer, Entry } from '../../../../shared/contract';
import type { MemberCard } from '../../../../shared/contract/cards.contract';
import { CustomerPage } from '../../../../renderer/src/features/customer/CustomerPage';
import { call } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

/** A customer's page; with a card holding ¥550 (¥500 + ¥50 bonus) and the punch cards named. */
async function page(options: { member: boolean; punches?: string[] }) {
  const { client, app } = await fakeClient();
  await call(app, 'cards.setRules', { pointsPerUnit: 1, tierMultipliers: {}, bonusTiers: [{ from: 50_000, bonus: 5_000 }] });
  const customer = await call<Customer>(app, 'customers.create', { name: '王丽华' });
  const move = (request: unknown) => call<{ card: MemberCard }>(app, 'cards.move', { customerId: customer.id, request });
  if (options.member) await move({ kind: 'top_up', principal: 50_000 });
  for (const kind of options.punches ?? []) await move({ kind: 'sell_punch', punchKind: kind, uses: 10 });
  renderWithApp(<CustomerPage customerId={customer.id} currency="CNY" />, client);
  const recall = await screen.findByRole('region', { name: '王丽华' });
  const card = async () => (await call<{ card: MemberCard | null }>(app, 'cards.get', { customerId: customer.id })).card;
  const timeline = async () => (await call<{ items: Entry[] }>(app, 'entries.timeline', { customerId: customer.id })).items;
  return { recall, card, timeline };
}

async function typePurchase(price: string) {
  await userEvent.click(screen.getByRole('radio', { name: '购买' }));
  await userEvent.type(screen.getByLabelText('商品 1'), '亚麻衬衫');
  await userEvent.type(screen.getByLabelText('单价 1'), price);
}

describe('the member card at the counter', () => {
  it('shows the balance and punch card on the recall card, and Alt+P uses one punch', async () => {
    const { recall, card, timeline } = await page({ member: true, punches: ['洗车'] });
    expect(recall.textContent).toContain('余额 ¥550.00');
    expect(recall.textContent).toContain('积分 0');
    expect(recall.textContent).toContain('洗车 剩 10/10 次');
    await userEvent.keyboard('{Alt>}p{/Alt}');
    await waitFor(() => expect(recall.textContent).toContain('洗车 剩 9/10 次'));
    expect(recall.textContent).toMatch(/上次用卡：洗车卡用 1 次（[^）]+）/);
    expect((await card())?.punchCards[0]?.remaining).toBe(9);
    expect((await timeline())[0]?.text).toBe('洗车卡用 1 次；还剩 9 次');
  });

  it('asks which punch card when several can be used, and a number picks it', async () => {
    const { recall, card } = await page({ member: true, punches: ['洗车', '打蜡'] });
    await userEvent.click(within(recall).getByRole('button', { name: /用一次次卡/ }));
    const chooser = within(recall).getByRole('group', { name: '用哪张次卡？按数字选，Esc 取消' });
    await waitFor(() => expect(document.activeElement?.textContent).toContain('1. 洗车'));
    await userEvent.keyboard('2');
    await waitFor(() => expect(recall.textContent).toContain('打蜡 剩 9/10 次'));
    expect(chooser.isConnected).toBe(false);
    expect((await card())?.punchCards.map((p) => p.remaining)).toEqual([10, 9]);
  });

  it('pays part of a purchase from the balance, shows the points before saving, and saves both at once', async () => {
    const { recall, card, timeline } = await page({ member: true });
    await typePurchase('299');
    await userEvent.type(screen.getByLabelText('余额支付'), '100');
    await waitFor(() => expect(screen.getByText('这次积分 +199')).toBeTruthy());
    expect(screen.getByText('（按现付 ¥199.00 计，余额支付的部分不积分）')).toBeTruthy();
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(recall.textContent).toContain('余额 ¥450.00'));
    expect(recall.textContent).toContain('积分 199');
    expect(recall.textContent).toMatch(/上次用卡：余额支付 ¥100.00（[^）]+）/);
    expect(await card()).toMatchObject({ points: 199, value: { total: 45_000 } });
    expect((await timeline())[0]?.text).toBe('余额支付 ¥100.00；余额 ¥450.00\n积分 +199；共 199 分');
    expect((screen.getByLabelText('余额支付') as HTMLInputElement).value).toBe('');
  });

  it('pays all from the balance with one button, earning no points', async () => {
    const { card } = await page({ member: true });
    await typePurchase('120');
    await userEvent.click(screen.getByRole('button', { name: '全用余额' }));
    expect((screen.getByLabelText('余额支付') as HTMLInputElement).value).toBe('120.00');
    await waitFor(() => expect(screen.getByText('这次积分 +0')).toBeTruthy());
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(async () => expect(await card()).toMatchObject({ points: 0, value: { total: 43_000 } }));
  });

  it('refuses paying more than the card holds, says what it holds, and saves nothing', async () => {
    const { card, timeline } = await page({ member: true });
    await typePurchase('800');
    await userEvent.type(screen.getByLabelText('余额支付'), '600');
    expect(screen.getByText('卡上余额只有 ¥550.00，不够付 ¥600.00。')).toBeTruthy();
    const before = (await timeline()).length;
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('卡上余额只有 ¥550.00，不够付 ¥600.00。'));
    expect((await timeline()).length).toBe(before);
    expect((await card())?.value.total).toBe(55_000);
  });

  it('changes nothing for a customer without a card', async () => {
    const { recall, card, timeline } = await page({ member: false });
    expect(recall.textContent).not.toContain('余额');
    await typePurchase('299');
    expect(screen.queryByLabelText('余额支付')).toBeNull();
    expect(screen.queryByText(/这次积分/)).toBeNull();
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(async () => expect((await timeline())[0]?.lines[0]?.item).toBe('亚麻衬衫'));
    expect(await card()).toBeNull();
  });
});
