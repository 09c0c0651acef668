import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Customer } from '../../../../shared/contract';
import type { MemberCard } from '../../../../shared/contract/cards.contract';
import { addMonthsToDay, localDayOf } from '../../../../shared/domain/calendar-date';
import { CardMoveDialog } from '../../../../renderer/src/features/cards/CardMoveDialog';
import { call } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

describe('selling a punch card', () => {
  it('offers the kinds from the rules and fills uses, price and end day from the one picked', async () => {
    const { client, app } = await fakeClient();
    await call(app, 'cards.setRules', {
      pointsPerUnit: 1,
      tierMultipliers: {},
      bonusTiers: [],
      punchKinds: [
        { name: '洗车', count: 10, priceMinor: 30_000, validMonths: 12 },
        { name: '打蜡', count: 3, priceMinor: null, validMonths: null },
      ],
    });
    const wang = await call<Customer>(app, 'customers.create', { name: '王丽华' });
    const onDone = vi.fn();
    renderWithApp(
      <CardMoveDialog asked="sell_punch" customerId={wang.id} card={null} currency="CNY" onClose={() => undefined} onDone={onDone} />,
      client,
    );
    await userEvent.selectOptions(await screen.findByLabelText('次卡种类'), '洗车 10 次 · ¥300.00 · 12 个月');
    expect((screen.getByLabelText('做什么用') as HTMLInputElement).value).toBe('洗车');
    expect((screen.getByLabelText('次数') as HTMLInputElement).value).toBe('10');
    expect((screen.getByLabelText(/^价格/) as HTMLInputElement).value).toBe('300');
    const until = addMonthsToDay(localDayOf(new Date()), 12);
    expect((screen.getByLabelText(/^有效期至/) as HTMLInputElement).value).toBe(until);
    await userEvent.click(screen.getByRole('button', { name: '确定' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('办洗车 10 次卡，¥300.00'));
    const { card } = await call<{ card: MemberCard }>(app, 'cards.get', { customerId: wang.id });
    expect(card?.punchCards.map((p) => [p.kind, p.uses, p.priceMinor, p.validUntil])).toEqual([['洗车', 10, 30_000, until]]);
  });
});
