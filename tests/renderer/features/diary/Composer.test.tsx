import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Customer, Entry } from '../../../../shared/contract';
import { Composer } from '../../../../renderer/src/features/diary/Composer';
import { call } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

async function setup() {
  const fake = await fakeClient();
  const customer = await call<Customer>(fake.app, 'customers.create', { name: '张三' });
  const onSaved = vi.fn<(e: Entry) => void>();
  renderWithApp(<Composer customerId={customer.id} currency="CNY" onSaved={onSaved} />, fake.client);
  const timeline = async () => (await call<{ items: Entry[] }>(fake.app, 'entries.timeline', { customerId: customer.id })).items;
  return { ...fake, customer, onSaved, timeline };
}

describe('Composer', () => {
  it('writes a note from the keyboard: type, Ctrl+Enter, and the box is ready for the next line', async () => {
    const { onSaved, timeline } = await setup();
    const box = screen.getByRole('textbox', { name: '写日记' });
    expect(document.activeElement).toBe(box);
    await userEvent.type(box, '她说下个月要去海边。');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect((await timeline()).map((e) => [e.kind, e.text])).toEqual([['note', '她说下个月要去海边。']]);
    expect(box).toHaveProperty('value', '');
    expect(screen.getByRole('status').textContent).toContain('已记入日记');
  });

  it('says what to do when asked to save only spaces, and saves nothing', async () => {
    const { onSaved, timeline } = await setup();
    await userEvent.type(screen.getByRole('textbox', { name: '写日记' }), '   ');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    expect(screen.getByRole('alert').textContent).toBe('先写下发生了什么（或添加一行购买明细），再保存。');
    expect(onSaved).not.toHaveBeenCalled();
    expect(await timeline()).toEqual([]);
  });

  it('logs a purchase with two lines: Alt+3, Enter on a price opens the next line', async () => {
    const { onSaved, timeline } = await setup();
    await userEvent.keyboard('{Alt>}3{/Alt}');
    expect(screen.getByRole('radio', { name: '购买' }).getAttribute('aria-checked')).toBe('true');
    await userEvent.type(screen.getByLabelText('商品 1'), '亚麻衬衫');
    await userEvent.type(screen.getByLabelText('颜色 1'), '藏青');
    await userEvent.type(screen.getByLabelText('尺码 1'), 'L');
    await userEvent.clear(screen.getByLabelText('数量 1'));
    await userEvent.type(screen.getByLabelText('数量 1'), '2');
    await userEvent.type(screen.getByLabelText('单价 1'), '299{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('商品 2')));
    await userEvent.type(screen.getByLabelText('商品 2'), '丝巾');
    await userEvent.type(screen.getByLabelText('单价 2'), '128.5');
    expect(screen.getByText('合计 ¥726.50')).toBeTruthy();
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    const [entry] = await timeline();
    expect(entry?.kind).toBe('purchase');
    expect(entry?.lines.map((l) => [l.item, l.colour, l.size, l.quantity, l.unitPriceMinor, l.amountMinor])).toEqual([
      ['亚麻衬衫', '藏青', 'L', 2, 29900, 59800],
      ['丝巾', null, null, 1, 12850, 12850],
    ]);
  });

  it('points at the line with a bad price and saves nothing', async () => {
    const { calls, timeline } = await setup();
    fireEvent.click(screen.getByRole('radio', { name: '购买' }));
    await userEvent.type(screen.getByLabelText('商品 1'), '帽子');
    await userEvent.type(screen.getByLabelText('单价 1'), '两百');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(screen.getByRole('alert').textContent).toBe('第 1 行：价格“两百”不是数字。');
    expect(calls.filter(([name]) => name === 'entries.add')).toEqual([]);
    expect(await timeline()).toEqual([]);
  });

  it('says when the customer already has the item being logged', async () => {
    const fake = await fakeClient();
    // Noon UTC: the same calendar day from Los Angeles to Shanghai, where the page shows it.
    const owned = [
      { item: '亚麻衬衫', colour: '藏青', size: 'L', occurredAt: '2026-10-30T12:00:00.000Z' },
      { item: '亚麻衬衫', colour: '灰', size: 'M', occurredAt: '2024-05-01T12:00:00.000Z' },
    ];
    const customer = await call<Customer>(fake.app, 'customers.create', { name: '王丽华' });
    renderWithApp(<Composer customerId={customer.id} currency="CNY" owned={owned} onSaved={() => undefined} />, fake.client);
    fireEvent.click(screen.getByRole('radio', { name: '购买' }));
    await userEvent.type(screen.getByLabelText('商品 1'), '亚麻衬衫');
    expect(screen.getByRole('note').textContent).toBe('买过同款：藏青 亚麻衬衫 L，2026年10月30日');
    await userEvent.type(screen.getByLabelText('颜色 1'), '藏青');
    expect(screen.getByRole('note').textContent).toBe('已经有了：藏青 亚麻衬衫 L，2026年10月30日');
    await userEvent.clear(screen.getByLabelText('商品 1'));
    await userEvent.type(screen.getByLabelText('商品 1'), '丝巾');
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('asks for a promise due date, then saves the promise', async () => {
    const { timeline } = await setup();
    fireEvent.click(screen.getByRole('radio', { name: '承诺' }));
    await userEvent.type(screen.getByRole('textbox', { name: '写日记' }), 'M 号到货就打电话');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(screen.getByRole('alert').textContent).toBe('承诺需要一个到期日。');
    fireEvent.change(screen.getByLabelText('到期'), { target: { value: '2026-11-28' } });
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(async () =>
      expect((await timeline()).map((e) => [e.kind, e.details?.promiseDue, e.details?.promiseStatus])).toEqual([
        ['promise', '2026-11-28', 'open'],
      ]),
    );
  });

  it('asks before reaching out again within the cool-down, and warns about a repeated gift', async () => {
    const fake = await fakeClient();
    const customer = await call<Customer>(fake.app, 'customers.create', { name: '王丽华' });
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString();
    renderWithApp(
      <Composer
        customerId={customer.id}
        currency="CNY"
        gifts={[{ entryId: customer.id, occurredAt: '2026-05-01T12:00:00.000Z', item: '丝巾', occasion: '生日' }]}
        lastContactAt={twoDaysAgo}
        settings={{ contactCooldownDays: 7, followUpAfterPurchaseDays: 14 }}
        onSaved={() => undefined}
      />,
      fake.client,
    );
    fireEvent.click(screen.getByRole('radio', { name: '礼物' }));
    await userEvent.type(screen.getByLabelText('礼物'), '丝巾');
    expect(screen.getByRole('note').textContent).toBe('已经送过：丝巾，2026年5月1日');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(screen.getByRole('alert').textContent).toContain('2 天前刚联系过——还要再联系吗？');
    expect(fake.calls.filter(([name]) => name === 'entries.add')).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(fake.calls.filter(([name]) => name === 'entries.add')).toHaveLength(1));
  });

  it('does not save an empty entry', async () => {
    const { calls } = await setup();
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    expect(calls).toEqual([]);
  });
});
