import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CardRulesSection } from '../../../../renderer/src/features/cards/CardRulesSection';
import { call } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

describe('the card rules in Settings', () => {
  it('saves points per unit, the VIP multiplier and bonus tiers typed one per line', async () => {
    const { client, app } = await fakeClient();
    renderWithApp(<CardRulesSection currency="CNY" />, client);
    const tiers = await screen.findByLabelText('充值赠送，每行一档：充多少 送多少');
    await userEvent.clear(screen.getByLabelText('VIP 积分倍数 ×'));
    await userEvent.type(screen.getByLabelText('VIP 积分倍数 ×'), '2');
    await userEvent.type(tiers, '1000 150{Enter}500 送 50');
    await userEvent.click(screen.getByRole('button', { name: '保存会员卡规则' }));
    await waitFor(async () =>
      expect(await call(app, 'cards.rules', {})).toEqual({
        pointsPerUnit: 1,
        tierMultipliers: { vip: 2 },
        bonusTiers: [
          { from: 50_000, bonus: 5_000 },
          { from: 100_000, bonus: 15_000 },
        ],
      }),
    );
  });

  it('refuses a line it cannot read and saves nothing', async () => {
    const { client, app } = await fakeClient();
    renderWithApp(<CardRulesSection currency="CNY" />, client);
    await userEvent.type(await screen.findByLabelText('充值赠送，每行一档：充多少 送多少'), '五百 五十');
    await userEvent.click(screen.getByRole('button', { name: '保存会员卡规则' }));
    expect(await screen.findByText('有一行看不懂：请写充值金额、空格、赠送金额。')).toBeTruthy();
    expect(await call(app, 'cards.rules', {})).toMatchObject({ bonusTiers: [] });
  });
});
