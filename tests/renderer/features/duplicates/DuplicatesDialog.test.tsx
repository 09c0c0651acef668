import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Customer } from '../../../../shared/contract';
import { DuplicatesDialog } from '../../../../renderer/src/features/duplicates/DuplicatesDialog';
import { call, type TestApp } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';
import { addRegular } from '../../../helpers/regular-customer';

const add = (app: TestApp, input: object) => call<Customer>(app, 'customers.create', { ...input, allowDuplicate: true });

/** Two records of 王梓萱: the regular (three purchases) written down second, and a bare one. */
async function twoRecords(app: TestApp) {
  const bare = await add(app, { name: '王梓萱', phones: [{ number: '138 0013 8821' }], email: 'wang@example.com' });
  const regular = await addRegular(app);
  return { bare, regular };
}

describe('DuplicatesDialog', () => {
  it('shows each record’s visits, spend, first and last visit, tier and diary side by side, the richer one first and suggested', async () => {
    const { client, app } = await fakeClient();
    await twoRecords(app);
    renderWithApp(<DuplicatesDialog open currency="CNY" onOpenChange={() => undefined} onMerged={() => undefined} />, client);
    const group = await screen.findByRole('listitem', { name: '电话相同 13800138821' });
    const cards = within(group).getAllByRole('region');
    expect(cards).toHaveLength(2);
    const [first, second] = cards;
    expect(first?.textContent).toContain('建议保留');
    expect(first?.textContent).toContain('来店次数3');
    expect(first?.textContent).toContain('累计消费¥384.00');
    expect(first?.textContent).toContain('第一次来2026年6月15日');
    expect(first?.textContent).toContain('日记条数3');
    expect(first?.textContent).toContain('等级VIP');
    expect(second?.textContent).not.toContain('建议保留');
    expect(second?.textContent).toContain('第一次来—');
    // Two 王梓萱, two buttons that say which is which.
    const buttons = within(group).getAllByRole('button', { name: /^保留这位/ });
    expect(buttons.map((b) => b.textContent)).toEqual([expect.stringContaining('来过 3 次'), expect.stringContaining('还没来过')]);
  });

  it('shows the merge plan first, merges into the one chosen, and can undo it', async () => {
    const { client, app } = await fakeClient();
    const { bare, regular } = await twoRecords(app);
    const onMerged = vi.fn();
    renderWithApp(<DuplicatesDialog open currency="CNY" onOpenChange={() => undefined} onMerged={onMerged} />, client);
    await userEvent.click(await screen.findByRole('button', { name: /^保留这位（来过 3 次/ }));
    const plan = await screen.findByRole('note');
    expect(plan.textContent).toContain('补上：邮箱。');
    expect(plan.textContent).toContain('合并前的两份记录会完整写进 王梓萱 的日记。');
    expect(await call<{ total: number }>(app, 'customers.list', {})).toMatchObject({ total: 2 });
    await userEvent.click(screen.getByRole('button', { name: '确认合并' }));
    await waitFor(() => expect(onMerged).toHaveBeenCalledOnce());
    expect(await call<{ total: number }>(app, 'customers.list', {})).toMatchObject({ total: 1 });
    expect((await call<Customer>(app, 'customers.get', { id: regular.id })).email).toBe('wang@example.com');
    expect(await screen.findByText('没有发现可能重复的客户。')).toBeTruthy();

    // Offered in the dialog (the status line behind it cannot be reached while it is open) and in the status line.
    expect(within(screen.getByRole('status')).getByRole('button', { name: '撤销合并' })).toBeTruthy();
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: '撤销合并' }));
    await waitFor(() => expect(onMerged).toHaveBeenCalledTimes(2));
    expect((await call<Customer>(app, 'customers.get', { id: bare.id })).email).toBe('wang@example.com');
    expect((await call<Customer>(app, 'customers.get', { id: regular.id })).email).toBeNull();
    expect(await screen.findByRole('listitem', { name: '电话相同 13800138821' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('已撤销合并：王梓萱 回来了。');
  });

  it('keeps two different 张三 apart for good', async () => {
    const { client, app } = await fakeClient();
    await add(app, { name: '张三', phones: [{ number: '13900001111' }] });
    await add(app, { name: '张三', phones: [{ number: '13800001111' }] });
    const first = renderWithApp(<DuplicatesDialog open currency="CNY" onOpenChange={() => undefined} onMerged={() => undefined} />, client);
    await userEvent.click(await screen.findByRole('button', { name: '两位都保留' }));
    expect(await screen.findByText('没有发现可能重复的客户。')).toBeTruthy();
    first.unmount();
    renderWithApp(<DuplicatesDialog open currency="CNY" onOpenChange={() => undefined} onMerged={() => undefined} />, client);
    expect(await screen.findByText('没有发现可能重复的客户。')).toBeTruthy();
    expect(await call<{ groups: unknown[] }>(app, 'duplicates.find', {})).toEqual({ groups: [] });
  });
});
