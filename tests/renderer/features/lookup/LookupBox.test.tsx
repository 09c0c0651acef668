import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Customer } from '../../../../shared/contract';
import { LookupBox, type NewCustomerSeed } from '../../../../renderer/src/features/lookup/LookupBox';
import { call } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

describe('LookupBox', () => {
  it('shows candidates as you type; arrows and Enter open one', async () => {
    const { client, app } = await fakeClient();
    await call<Customer>(app, 'customers.create', { name: '张三', phones: [{ number: '13800138821' }] });
    app.clock.advance(1000);
    const second = await call<Customer>(app, 'customers.create', { name: '张三丰', phones: [{ number: '13900001234' }] });
    const onOpen = vi.fn<(id: string) => void>();
    renderWithApp(<LookupBox onOpen={onOpen} onCreate={() => undefined} />, client);
    await userEvent.type(screen.getByRole('combobox'), '张三');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    // The exact name first, then the longer one; each told apart by its phone tail.
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      expect.stringContaining('…8821'),
      expect.stringContaining('…1234'),
    ]);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}{ArrowDown}{Enter}');
    expect(onOpen).toHaveBeenCalledWith(second.id);
    expect(screen.getByRole('combobox')).toHaveProperty('value', '');
  });

  it('offers a new customer with a phone that matches nobody', async () => {
    const { client } = await fakeClient();
    const onCreate = vi.fn<(seed: NewCustomerSeed) => void>();
    renderWithApp(<LookupBox onOpen={() => undefined} onCreate={onCreate} />, client);
    await userEvent.type(screen.getByRole('combobox'), '138 0013 8000');
    await waitFor(() => expect(screen.getByRole('option').textContent).toContain('用电话 138 0013 8000 新建客户'));
    await userEvent.keyboard('{Enter}');
    expect(onCreate).toHaveBeenCalledWith({ name: '', phone: '138 0013 8000' });
  });

  it('finds by pinyin initials, a phone tail or a diary word, and says why', async () => {
    const { client, app } = await fakeClient();
    const c = await call<Customer>(app, 'customers.create', { name: '王丽华', phones: [{ number: '13800138821' }] });
    await call(app, 'entries.add', { customerId: c.id, kind: 'note', text: '上次的外套拉链坏了' });
    renderWithApp(<LookupBox onOpen={() => undefined} onCreate={() => undefined} />, client);
    const box = screen.getByRole('combobox');
    await userEvent.type(box, 'wlh');
    await waitFor(() => expect(screen.getByRole('option').textContent).toContain('拼音首字母 wlh'));
    await userEvent.clear(box);
    await userEvent.type(box, '8821');
    await waitFor(() => expect(screen.getByRole('option').textContent).toContain('电话尾号 8821'));
    await userEvent.clear(box);
    await userEvent.type(box, '拉链');
    await waitFor(() => expect(screen.getByRole('option').textContent).toContain('日记：上次的外套拉链坏了'));
  });

  it('clears on Escape', async () => {
    const { client } = await fakeClient();
    renderWithApp(<LookupBox onOpen={() => undefined} onCreate={() => undefined} />, client);
    await userEvent.type(screen.getByRole('combobox'), '李{Escape}');
    expect(screen.getByRole('combobox')).toHaveProperty('value', '');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('keeps the previous list while the next answer comes, and Enter then opens the new answer, not the old', async () => {
    const held: (() => void)[] = [];
    const { client, app } = await fakeClient({
      lookup: async (input) => {
        // The answer for the second character waits until the test lets it go.
        if ((input as { query: string }).query === '张三') await new Promise<void>((resolve) => held.push(resolve));
        return app.dispatch('lookup', input);
      },
    });
    await call<Customer>(app, 'customers.create', { name: '张伟' });
    const zhangsan = await call<Customer>(app, 'customers.create', { name: '张三' });
    const onOpen = vi.fn<(id: string) => void>();
    renderWithApp(<LookupBox onOpen={onOpen} onCreate={() => undefined} />, client);
    const box = screen.getByRole('combobox');
    await userEvent.type(box, '张');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    await userEvent.type(box, '三');
    await waitFor(() => expect(held).toHaveLength(1));
    // Still the list for 张 (no blink), marked as waiting; Enter does not open 张伟 from it.
    expect(screen.getAllByRole('option')).toHaveLength(2);
    expect(box.getAttribute('aria-busy')).toBe('true');
    await userEvent.keyboard('{Enter}');
    expect(onOpen).not.toHaveBeenCalled();
    held[0]?.();
    await waitFor(() => expect(onOpen).toHaveBeenCalledWith(zhangsan.id));
    expect(onOpen).toHaveBeenCalledTimes(1);
  });
});
