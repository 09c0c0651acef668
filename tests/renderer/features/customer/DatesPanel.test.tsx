import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Customer } from '../../../../shared/contract';
import { DatesPanel } from '../../../../renderer/src/features/customer/DatesPanel';
import { call } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

const describedBy = (field: HTMLElement) => document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent;

describe('DatesPanel', () => {
  it('says beside the day that February has no 30th, and beside the month that there is no 13th month', async () => {
    const { client, app } = await fakeClient();
    const customer = await call<Customer>(app, 'customers.create', { name: '王丽华' });
    const onChanged = vi.fn();
    renderWithApp(<DatesPanel customerId={customer.id} dates={[]} people={[]} onChanged={onChanged} />, client);
    const month = screen.getByLabelText('月');
    const day = screen.getByLabelText('日');
    await userEvent.clear(month);
    await userEvent.type(month, '2');
    await userEvent.clear(day);
    await userEvent.type(day, '30');
    await userEvent.click(screen.getByRole('button', { name: '添加日子' }));
    await waitFor(() => expect(describedBy(day)).toBe('日：这个月没有这一天'));
    expect(day.getAttribute('aria-invalid')).toBe('true');

    await userEvent.clear(month);
    await userEvent.type(month, '13');
    await userEvent.clear(day);
    await userEvent.type(day, '1');
    await userEvent.click(screen.getByRole('button', { name: '添加日子' }));
    await waitFor(() => expect(describedBy(month)).toBe('月份：要在 1 到 12 之间'));
    expect(day.getAttribute('aria-invalid')).toBeNull();
    expect(document.body.textContent).not.toMatch(/[A-Za-z]{3,}/);
    expect(onChanged).not.toHaveBeenCalled();
  });
});
