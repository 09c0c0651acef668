import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Customer } from '../../../../shared/contract';
import type { MemberCard } from '../../../../shared/contract/cards.contract';
import { DuplicatesDialog } from '../../../../renderer/src/features/duplicates/DuplicatesDialog';
import { call, type TestApp } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

const add = (app: TestApp, input: object) => call<Customer>(app, 'customers.create', { ...input, allowDuplicate: true });

describe('DuplicatesDialog and member cards', () => {
  it('says what the other’s card brings before merging, then the kept customer’s card holds both', async () => {
    const { client, app } = await fakeClient();
    const kept = await add(app, { name: '王五', phones: [{ number: '13800138821' }] });
    await call(app, 'cards.move', { customerId: kept.id, request: { kind: 'earn', points: 100 } });
    const other = await add(app, { name: '王五', phones: [{ number: '13800138821' }] });
    await call(app, 'cards.open', { customerId: other.id, number: 'B002' });
    await call(app, 'cards.move', { customerId: other.id, request: { kind: 'top_up', principal: 30_000 } });
    await call(app, 'cards.move', { customerId: other.id, request: { kind: 'earn', points: 20 } });
    const onMerged = vi.fn();
    renderWithApp(<DuplicatesDialog open currency="CNY" onOpenChange={() => undefined} onMerged={onMerged} />, client);
    // Whichever of the two is kept, the other's card is said before anything is merged, and after it the kept card holds both.
    const [keep] = await screen.findAllByRole('button', { name: /^保留这位/ });
    if (keep === undefined) throw new Error('no button to keep a customer');
    await userEvent.click(keep);
    const plan = await screen.findByRole('note');
    expect(plan.textContent).toMatch(/王五 的会员卡并入这里：(卡号 B002，积分 20，余额 ¥300\.00|积分 100)；账上记为“合并”。/);
    await userEvent.click(screen.getByRole('button', { name: '确认合并' }));
    await waitFor(() => expect(onMerged).toHaveBeenCalledOnce());
    const { items } = await call<{ items: Customer[] }>(app, 'customers.list', {});
    const card = (await call<{ card: MemberCard | null }>(app, 'cards.get', { customerId: items[0]?.id ?? '' })).card;
    expect(card).toMatchObject({ number: 'B002', points: 120, value: { total: 30_000 } });
  });
});
