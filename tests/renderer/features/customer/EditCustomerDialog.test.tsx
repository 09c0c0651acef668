import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Customer } from '../../../../shared/contract';
import { EditCustomerDialog } from '../../../../renderer/src/features/customer/EditCustomerDialog';
import { call } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

const describedBy = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

describe('EditCustomerDialog', () => {
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
