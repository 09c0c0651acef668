import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CardRulesSection } from '../../../../renderer/src/features/cards/CardRulesSection';
import { call } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

describe('the card rules in Settings', () => {
  it('saves rounding, a multiplier per tier, points expiry, bonus tiers and punch-card kinds, row by row', async () => {
    const { client, app } = await fakeClient();
    renderWithApp(<CardRulesSection currency="CNY" />, client);
    const vip = await screen.findByLabelText('VIP ×');
    await userEvent.clear(vip);
    await userEvent.type(vip, '2');
    await userEvent.clear(screen.getByLabelText('常客 ×'));
    await userEvent.type(screen.getByLabelText('常客 ×'), '1.5');
    await userEvent.selectOptions(screen.getByLabelText('积分取整'), '四舍五入（消费 ¥12.99 积 13 分）');
    await userEvent.selectOptions(screen.getByLabelText('积分有效期'), 'endOfNextYear');
    expect(screen.getByText('卡上已有的积分从今天算起，不会马上清零。')).toBeTruthy();
    const bonus = screen.getByRole('group', { name: '充值赠送' });
    await userEvent.click(within(bonus).getByRole('button', { name: '加一档赠送' }));
    await userEvent.click(within(bonus).getByRole('button', { name: '加一档赠送' }));
    const [from1, from2] = within(bonus).getAllByLabelText('充值满');
    const [bonus1, bonus2] = within(bonus).getAllByLabelText('送');
    await userEvent.type(from1 as HTMLElement, '1000');
    await userEvent.type(bonus1 as HTMLElement, '150');
    await userEvent.type(from2 as HTMLElement, '500');
    await userEvent.type(bonus2 as HTMLElement, '50');
    const kinds = screen.getByRole('group', { name: '次卡种类' });
    await userEvent.click(within(kinds).getByRole('button', { name: '加一种次卡' }));
    await userEvent.type(within(kinds).getByLabelText('名称'), '洗车');
    await userEvent.type(within(kinds).getByLabelText('价格'), '300');
    await userEvent.click(screen.getByRole('button', { name: '保存会员卡规则' }));
    await waitFor(async () =>
      expect(await call(app, 'cards.rules', {})).toEqual({
        pointsPerUnit: 1,
        rounding: 'nearest',
        tierMultipliers: { vip: 2, regular: 1.5 },
        pointsExpiry: 'endOfNextYear',
        bonusTiers: [
          { from: 50_000, bonus: 5_000 },
          { from: 100_000, bonus: 15_000 },
        ],
        punchKinds: [{ name: '洗车', count: 10, priceMinor: 30_000, validMonths: 12 }],
      }),
    );
    // Saved, the rows come back sorted; a tier removed is gone on the next save.
    await userEvent.click(within(bonus).getByRole('button', { name: '删除第 1 档' }));
    await userEvent.click(screen.getByRole('button', { name: '保存会员卡规则' }));
    await waitFor(async () => expect(await call(app, 'cards.rules', {})).toMatchObject({ bonusTiers: [{ from: 100_000, bonus: 15_000 }] }));
  });

  it('says which part cannot be read and saves nothing', async () => {
    const { client, app } = await fakeClient();
    renderWithApp(<CardRulesSection currency="CNY" />, client);
    const bonus = await screen.findByRole('group', { name: '充值赠送' });
    await userEvent.click(within(bonus).getByRole('button', { name: '加一档赠送' }));
    await userEvent.type(within(bonus).getByLabelText('充值满'), '五百');
    const kinds = screen.getByRole('group', { name: '次卡种类' });
    await userEvent.click(within(kinds).getByRole('button', { name: '加一种次卡' }));
    await userEvent.clear(within(kinds).getByLabelText('次数'));
    await userEvent.type(within(kinds).getByLabelText('名称'), '洗车');
    await userEvent.click(screen.getByRole('button', { name: '保存会员卡规则' }));
    expect(await screen.findByText('有一档看不懂：请写充值金额和赠送金额。')).toBeTruthy();
    expect(screen.getByText('有一种次卡看不懂：请写名称、次数（1 到 1000），价格和月数可不填。')).toBeTruthy();
    expect(await call(app, 'cards.rules', {})).toMatchObject({ bonusTiers: [], punchKinds: [] });
  });
});
