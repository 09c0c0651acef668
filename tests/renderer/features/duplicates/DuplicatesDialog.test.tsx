import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Customer } from '../../../../shared/contract';
import { DuplicatesDialog } from '../../../../renderer/src/features/duplicates/DuplicatesDialog';
import { call } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

describe('DuplicatesDialog', () => {
  it('shows the merge plan first, then merges', async () => {
    const { client, app } = await fakeClient();
    const a = await call<Customer>(app, 'customers.create', { name: '王丽华', phones: [{ number: '13800138821' }] });
    await call<Customer>(app, 'customers.create', { name: '丽华', phones: [{ number: '138 0013 8821' }], email: 'wang@example.com' });
    const onMerged = vi.fn();
    renderWithApp(<DuplicatesDialog open onOpenChange={() => undefined} onMerged={onMerged} />, client);
    await userEvent.click(await screen.findByRole('button', { name: '保留 王丽华，把另一位合并进来' }));
    expect((await screen.findByRole('note')).textContent).toContain('补上：邮箱。');
    expect(await call<{ total: number }>(app, 'customers.list', {})).toMatchObject({ total: 2 });
    await userEvent.click(screen.getByRole('button', { name: '确认合并' }));
    await waitFor(() => expect(onMerged).toHaveBeenCalledOnce());
    expect(await call<{ total: number }>(app, 'customers.list', {})).toMatchObject({ total: 1 });
    expect((await call<Customer>(app, 'customers.get', { id: a.id })).email).toBe('wang@example.com');
    expect(await screen.findByText('没有发现可能重复的客户。')).toBeTruthy();
  });

  it('keeps two different 张三 apart for good', async () => {
    const { client, app } = await fakeClient();
    await call<Customer>(app, 'customers.create', { name: '张三', phones: [{ number: '13900001111' }] });
    await call<Customer>(app, 'customers.create', { name: '张三', phones: [{ number: '13800001111' }] });
    const first = renderWithApp(<DuplicatesDialog open onOpenChange={() => undefined} onMerged={() => undefined} />, client);
    await userEvent.click(await screen.findByRole('button', { name: '两位都保留' }));
    expect(await screen.findByText('没有发现可能重复的客户。')).toBeTruthy();
    first.unmount();
    renderWithApp(<DuplicatesDialog open onOpenChange={() => undefined} onMerged={() => undefined} />, client);
    expect(await screen.findByText('没有发现可能重复的客户。')).toBeTruthy();
    expect(await call<{ groups: unknown[] }>(app, 'duplicates.find', {})).toEqual({ groups: [] });
  });
});
