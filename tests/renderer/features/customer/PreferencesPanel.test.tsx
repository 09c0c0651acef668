import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Customer, Preference } from '../../../../shared/contract';
import { PreferencesPanel } from '../../../../renderer/src/features/customer/PreferencesPanel';
import { call } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

describe('PreferencesPanel', () => {
  it('groups likes before dislikes, names a category other than "other", and removes one by its named button', async () => {
    const { client, app } = await fakeClient();
    const customer = await call<Customer>(app, 'customers.create', { name: '王丽华' });
    await call<Preference>(app, 'preferences.set', { customerId: customer.id, polarity: 'dislike', value: '香味' });
    await call<Preference>(app, 'preferences.set', { customerId: customer.id, polarity: 'like', category: 'colour', value: '藏青色' });
    const { items } = await call<{ items: Preference[] }>(app, 'preferences.list', { customerId: customer.id });
    const onChanged = vi.fn();
    renderWithApp(<PreferencesPanel customerId={customer.id} items={items} onChanged={onChanged} />, client);

    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['喜欢', '不喜欢']);
    expect(screen.queryByText('还没有记录。')).toBeNull();
    expect(screen.getByText('颜色', { selector: '.chip-like > span' }).className).toBe('muted');
    await userEvent.click(screen.getByRole('button', { name: '删除 香味' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    const left = await call<{ items: Preference[] }>(app, 'preferences.list', { customerId: customer.id });
    expect(left.items.map((p) => p.value)).toEqual(['藏青色']);
  });

  it('adds what is typed with its kind and aspect, clears the box, and saves nothing blank', async () => {
    const { client, app } = await fakeClient();
    const customer = await call<Customer>(app, 'customers.create', { name: '王丽华' });
    const onChanged = vi.fn();
    renderWithApp(<PreferencesPanel customerId={customer.id} items={[]} onChanged={onChanged} />, client);
    expect(screen.getByText('还没有记录。')).toBeTruthy();

    const value = screen.getByLabelText('内容');
    await userEvent.type(value, '   {Enter}');
    expect(onChanged).not.toHaveBeenCalled();

    await userEvent.selectOptions(screen.getByLabelText('类别'), '备忘');
    await userEvent.selectOptions(screen.getByLabelText('方面'), '尺码');
    await userEvent.clear(value);
    await userEvent.type(value, ' 穿 M 码 ');
    await userEvent.click(screen.getByRole('button', { name: '添加' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    expect((value as HTMLInputElement).value).toBe('');
    const saved = await call<{ items: Preference[] }>(app, 'preferences.list', { customerId: customer.id });
    expect(saved.items.map((p) => [p.polarity, p.category, p.value])).toEqual([['fact', 'size', '穿 M 码']]);
  });
});
