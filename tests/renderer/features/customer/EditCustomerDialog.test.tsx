import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Customer } from '../../../../shared/contract';
import { EditCustomerDialog } from '../../../../renderer/src/features/customer/EditCustomerDialog';
import { hrefFor } from '../../../../renderer/src/app/use-route';
import { call } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

async function twoCustomers() {
  const faked = await fakeClient();
  const wang = await call<Customer>(faked.app, 'customers.create', {
    name: '王梓萱',
    gender: 'female',
    phones: [{ number: '13800138821' }],
    email: 'wang@example.com',
  });
  const li = await call<Customer>(faked.app, 'customers.create', { name: '李娜', phones: [{ number: '13900139000' }] });
  return { ...faked, wang, li };
}

describe('EditCustomerDialog', () => {
  it('says a new phone is already another customer’s, and saves it anyway when told to', async () => {
    const { client, app, wang, li } = await twoCustomers();
    const onSaved = vi.fn<(c: Customer) => void>();
    renderWithApp(<EditCustomerDialog customer={li} open onOpenChange={() => undefined} onSaved={onSaved} />, client);
    await userEvent.type(screen.getByLabelText('电话（每行一个）'), '{Enter}138 0013 8821');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('这个电话已经是 王梓萱 的了（还没来过，');
    expect(notice.textContent).toContain('）：打开她，还是仍然保存？');
    expect(onSaved).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: '仍然保存' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect((await call<Customer>(app, 'customers.get', { id: li.id })).phones.map((p) => p.digits)).toEqual(['13900139000', '13800138821']);
    expect((await call<Customer>(app, 'customers.get', { id: wang.id })).phones).toHaveLength(1);
  });

  it('says the name’s limit while it is typed, in English too', async () => {
    const { client, li } = await twoCustomers();
    renderWithApp(<EditCustomerDialog customer={li} open onOpenChange={() => undefined} onSaved={() => undefined} />, client, 'en');
    const name = screen.getByLabelText('Name');
    await userEvent.click(name);
    await userEvent.paste('x'.repeat(97));
    expect(screen.getByText('1 character left (at most 100)')).toBeTruthy();
    await userEvent.paste('yyy');
    expect(screen.getByText('2 characters too many: at most 100')).toBeTruthy();
  });

  it('opens the customer an email belongs to instead of saving', async () => {
    const { client, wang, li } = await twoCustomers();
    const onSaved = vi.fn();
    renderWithApp(<EditCustomerDialog customer={li} open onOpenChange={() => undefined} onSaved={onSaved} />, client);
    await userEvent.type(screen.getByLabelText('邮箱'), 'WANG@example.com{Enter}');
    expect((await screen.findByRole('alert')).textContent).toContain('这个邮箱已经是 王梓萱 的了');
    await userEvent.keyboard('{Enter}');
    expect(window.location.hash).toBe(hrefFor({ name: 'customer', id: wang.id }));
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('saves at once when nothing new is someone else’s (their own numbers never warn)', async () => {
    const { client, calls, wang } = await twoCustomers();
    const onSaved = vi.fn();
    renderWithApp(<EditCustomerDialog customer={wang} open onOpenChange={() => undefined} onSaved={onSaved} />, client);
    await userEvent.type(screen.getByLabelText('公司'), '梓萱花艺');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(calls.map(([name]) => name)).not.toContain('customers.matches');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

const describedBy = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

describe('EditCustomerDialog refusals', () => {
  it('says beside the phones which one is refused, in the user’s language, and keeps what was saved', async () => {
    const { client, app } = await fakeClient();
    const customer = await call<Customer>(app, 'customers.create', { name: '张三', phones: [{ number: '13800138000' }] });
    const onSaved = vi.fn();
    renderWithApp(<EditCustomerDialog customer={customer} open onOpenChange={() => undefined} onSaved={onSaved} />, client);
    const phones = screen.getByLabelText('电话（每行一个）');
    await userEvent.type(phones, '{Enter}call me');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(phones.getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(phones)).toBe('第 2 个：电话号码里要有数字');
    expect(screen.getByRole('status').textContent).toBe('有几处填得不对，请看标出的地方。');
    expect(onSaved).not.toHaveBeenCalled();
    expect((await call<Customer>(app, 'customers.get', { id: customer.id })).phones.map((p) => p.number)).toEqual(['13800138000']);
  });

  it('says a malformed email beside the email field, in English on an English page', async () => {
    const { client, app } = await fakeClient();
    const customer = await call<Customer>(app, 'customers.create', { name: 'Anna' });
    renderWithApp(<EditCustomerDialog customer={customer} open onOpenChange={() => undefined} onSaved={() => undefined} />, client, 'en');
    const email = screen.getByLabelText('Email');
    await userEvent.type(email, 'anna at home');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(describedBy(email)).toBe('email must look like name@example.com'));
  });
});
