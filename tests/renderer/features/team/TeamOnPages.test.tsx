import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Customer } from '../../../../shared/contract';
import { CustomerPage } from '../../../../renderer/src/features/customer/CustomerPage';
import { EditCustomerDialog } from '../../../../renderer/src/features/customer/EditCustomerDialog';
import { CustomerListPage } from '../../../../renderer/src/features/customers/CustomerListPage';
import { call } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';
import { drawListRows } from '../../../helpers/list-layout';

drawListRows();

async function teamBook() {
  const made = await fakeClient();
  const { app } = made;
  await call(app, 'team.addStaff', { name: '小王' });
  await call(app, 'team.addStaff', { name: '小李' });
  await call(app, 'team.setCounter', { counterName: '柜台 1', here: '小王' });
  return made;
}

describe('the team on the pages', () => {
  it('shows on the customer’s page who looks after them and who wrote each entry', async () => {
    const { client, app } = await teamBook();
    const c = await call<Customer>(app, 'customers.create', { name: '王丽华', responsible: '小李' });
    await call(app, 'entries.add', { customerId: c.id, kind: 'note', text: '喜欢蓝色' });
    await call(app, 'team.setCounter', { counterName: '' });
    await call(app, 'entries.add', { customerId: c.id, kind: 'note', text: '又来了' });
    renderWithApp(<CustomerPage customerId={c.id} currency="CNY" />, client);
    await screen.findByText('喜欢蓝色');
    expect(screen.getByText('负责人 小李')).toBeTruthy();
    const signed = screen.getAllByTitle('记录人').map((e) => e.textContent);
    // Newest first: written once the counter had no name, then on 柜台 1.
    expect(signed).toEqual(['小王', '柜台 1 · 小王']);
  });

  it('gives a customer to a staff member from the edit form', async () => {
    const { client, app } = await teamBook();
    const c = await call<Customer>(app, 'customers.create', { name: '李娜' });
    let saved: Customer | null = null;
    renderWithApp(<EditCustomerDialog customer={c} open onOpenChange={() => undefined} onSaved={(s) => (saved = s)} />, client);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: '负责人' }), '小王');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(saved).not.toBeNull());
    expect((await call<Customer>(app, 'customers.get', { id: c.id })).responsible).toBe('小王');
  });

  it('narrows the list to my customers in one press, and to anyone’s', async () => {
    const { client, app } = await teamBook();
    await call(app, 'customers.create', { name: '王丽华', responsible: '小王' });
    await call(app, 'customers.create', { name: '李娜', responsible: '小李' });
    await call(app, 'customers.create', { name: '张伟' });
    const user = userEvent.setup();
    renderWithApp(<CustomerListPage refreshKey={0} />, client);
    const names = () =>
      within(screen.getByRole('table', { name: '客户' }))
        .getAllByRole('link')
        .map((a) => a.textContent)
        .sort();
    await waitFor(() => expect(names()).toHaveLength(3), { timeout: 5000 });
    const mine = await screen.findByRole('button', { name: '我的客户' });
    await user.click(mine);
    await waitFor(() => expect(names()).toEqual(['王丽华']), { timeout: 5000 });
    expect(screen.getByRole('button', { name: '我的客户' }).getAttribute('aria-pressed')).toBe('true');
    await user.selectOptions(screen.getByRole('combobox', { name: '负责人' }), '小李');
    await waitFor(() => expect(names()).toEqual(['李娜']), { timeout: 5000 });
  });
});
