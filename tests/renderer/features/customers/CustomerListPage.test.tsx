import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Customer } from '../../../../shared/contract';
import { CustomerListPage } from '../../../../renderer/src/features/customers/CustomerListPage';
import { call } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';
import { drawListRows } from '../../../helpers/list-layout';

drawListRows();

describe('CustomerListPage', () => {
  it('narrows the list by tier, saves the filter as a segment and brings it back', async () => {
    const { client, app } = await fakeClient();
    // The book's clock, not this machine's: the server decides what "yesterday" is.
    const yesterday = new Date(app.clock.now().getTime() - 86_400_000).toISOString();
    for (let i = 1; i <= 10; i += 1) {
      const c = await call<Customer>(app, 'customers.create', { name: `顾客${i}` });
      await call(app, 'entries.add', {
        customerId: c.id,
        kind: 'purchase',
        occurredAt: yesterday,
        lines: [{ item: '外套', unitPriceMinor: i * 10_000 }],
      });
    }
    const user = userEvent.setup();
    renderWithApp(<CustomerListPage refreshKey={0} />, client);
    // The rows are drawn anew for each filter: look the table up every time.
    const table = () => screen.getByRole('table', { name: '客户' });
    await screen.findByRole('table', { name: '客户' });
    await waitFor(() => expect(within(table()).getAllByRole('link')).toHaveLength(10), { timeout: 5000 });

    await user.selectOptions(screen.getByLabelText('等级'), 'VIP');
    await waitFor(() =>
      expect(
        within(table())
          .getAllByRole('link')
          .map((a) => a.textContent),
      ).toEqual(['顾客10', '顾客9']),
    );
    expect(within(table()).getAllByText('VIP')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: '存为分组…' }));
    await user.type(screen.getByLabelText('分组名称'), '大客户');
    await user.click(screen.getByRole('button', { name: '保存' }));
    await user.click(await screen.findByRole('button', { name: '清除' }));
    await waitFor(() => expect(within(table()).getAllByRole('link')).toHaveLength(10), { timeout: 5000 });
    await user.click(await screen.findByRole('button', { name: '大客户' }));
    await waitFor(() => expect(within(table()).getAllByRole('link')).toHaveLength(2), { timeout: 5000 });
    expect(await call(app, 'segments.list', {})).toMatchObject({ items: [{ name: '大客户', filter: { tiers: ['vip'] } }] });

    // Spend is typed in the book's currency (yuan) and filtered in minor units.
    await user.click(await screen.findByRole('button', { name: '清除' }));
    await user.type(screen.getByLabelText('消费至少'), '800{Enter}');
    await waitFor(() => expect(within(table()).getAllByRole('link')).toHaveLength(3), { timeout: 5000 });
    // Typing is enough: the list follows once typing pauses, without Enter or leaving the box.
    await user.clear(screen.getByLabelText('消费至少'));
    await user.type(screen.getByLabelText('消费至少'), '1000');
    await waitFor(() => expect(within(table()).getAllByRole('link')).toHaveLength(1), { timeout: 5000 });
    expect(screen.getByLabelText('消费至少')).toHaveProperty('value', '1000');
  });

  it('finds a tag whatever its case', async () => {
    const { client, app } = await fakeClient();
    await call(app, 'customers.create', { name: '王梓萱', tags: ['VIP'] });
    await call(app, 'customers.create', { name: '李娜' });
    renderWithApp(<CustomerListPage refreshKey={0} />, client);
    const table = () => screen.getByRole('table', { name: '客户' });
    await waitFor(() => expect(within(table()).getAllByRole('link')).toHaveLength(2), { timeout: 5000 });
    await userEvent.type(screen.getByLabelText('标签'), 'vip');
    await waitFor(
      () =>
        expect(
          within(table())
            .getAllByRole('link')
            .map((a) => a.textContent),
        ).toEqual(['王梓萱']),
      { timeout: 5000 },
    );
  });

  it('says it is updating while a new list is on its way, and shows it when it comes', async () => {
    let hold: Promise<void> | null = null;
    let release: () => void = () => undefined;
    const { client, app } = await fakeClient({
      'customers.list': async (input) => {
        if (hold !== null) await hold;
        return app.dispatch('customers.list', input);
      },
    });
    await call<Customer>(app, 'customers.create', { name: '顾客甲' });
    renderWithApp(<CustomerListPage refreshKey={0} />, client);
    const page = await screen.findByRole('region', { name: '客户' });
    await waitFor(() => expect(page.textContent).toContain('1 位客户'));
    expect(page.getAttribute('aria-busy')).toBe('false');
    hold = new Promise((resolve) => (release = resolve));
    await userEvent.selectOptions(screen.getByLabelText('等级'), 'vip');
    await waitFor(() => expect(page.textContent).toContain('正在更新…'));
    expect(page.getAttribute('aria-busy')).toBe('true');
    release();
    await waitFor(() => expect(page.textContent).not.toContain('正在更新…'));
    expect(page.getAttribute('aria-busy')).toBe('false');
  });
});
