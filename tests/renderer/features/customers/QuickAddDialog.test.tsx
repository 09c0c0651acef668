import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Customer, CustomerSummary } from '../../../../shared/contract';
import { QuickAddDialog } from '../../../../renderer/src/features/customers/QuickAddDialog';
import { call } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';
import { addRegular } from '../../../helpers/regular-customer';

describe('QuickAddDialog', () => {
  it('adds a customer with only a name', async () => {
    const { client, app } = await fakeClient();
    const onCreated = vi.fn<(c: Customer) => void>();
    renderWithApp(
      <QuickAddDialog
        open
        seed={{ name: '', phone: '' }}
        onOpenChange={() => undefined}
        onCreated={onCreated}
        onOpenExisting={() => undefined}
      />,
      client,
    );
    await userEvent.type(screen.getByLabelText('姓名'), '李娜{Enter}');
    await waitFor(() => expect(onCreated).toHaveBeenCalledOnce());
    expect(onCreated.mock.calls[0]?.[0]).toMatchObject({ name: '李娜', phones: [] });
    const list = await call<{ items: CustomerSummary[] }>(app, 'customers.list', {});
    expect(list.items.map((c) => c.name)).toEqual(['李娜']);
  });

  it('says the name’s limit while it is typed, and takes a pasted long name whole rather than cutting it', async () => {
    const { client, app } = await fakeClient();
    const onCreated = vi.fn<(c: Customer) => void>();
    renderWithApp(
      <QuickAddDialog
        open
        seed={{ name: '', phone: '' }}
        onOpenChange={() => undefined}
        onCreated={onCreated}
        onOpenExisting={() => undefined}
      />,
      client,
    );
    const name = screen.getByLabelText('姓名');
    await userEvent.click(name);
    await userEvent.paste('长'.repeat(79));
    expect(screen.queryByText(/还能写/)).toBeNull();
    await userEvent.type(name, '名');
    expect(screen.getByText('还能写 20 个字（最多 100 个）')).toBeTruthy();
    expect(name.getAttribute('aria-describedby') ?? '').toMatch(/-name-length$/);
    await userEvent.paste('字'.repeat(25));
    expect((name as HTMLInputElement).value).toHaveLength(105);
    expect(screen.getByText('多了 5 个字：最多 100 个')).toBeTruthy();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText('最多 100 个字')).toBeTruthy();
    expect(onCreated).not.toHaveBeenCalled();
    expect((await call<{ total: number }>(app, 'customers.list', {})).total).toBe(0);
  });

  it('starts from the seed the lookup gave it, e.g. a phone nobody has', async () => {
    const { client } = await fakeClient();
    const onCreated = vi.fn<(c: Customer) => void>();
    renderWithApp(
      <QuickAddDialog
        open
        seed={{ name: '', phone: '138 0013 8000' }}
        onOpenChange={() => undefined}
        onCreated={onCreated}
        onOpenExisting={() => undefined}
      />,
      client,
    );
    expect(screen.getByLabelText('电话')).toHaveProperty('value', '138 0013 8000');
    await userEvent.click(screen.getByRole('button', { name: '添加客户' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledOnce());
    expect(onCreated.mock.calls[0]?.[0].phones[0]?.digits).toBe('13800138000');
  });

  it('asks for a name or a phone instead of saving an empty customer', async () => {
    const { client, calls } = await fakeClient();
    renderWithApp(
      <QuickAddDialog
        open
        seed={{ name: '', phone: '' }}
        onOpenChange={() => undefined}
        onCreated={() => undefined}
        onOpenExisting={() => undefined}
      />,
      client,
    );
    await userEvent.click(screen.getByRole('button', { name: '添加客户' }));
    expect(screen.getByRole('alert').textContent).toBe('请填写姓名或电话。');
    expect(calls).toEqual([]);
  });

  it('says plainly when the book refuses', async () => {
    const { client } = await fakeClient({
      'customers.create': () => Promise.resolve({ ok: false, error: { code: 'INTERNAL', message: 'disk full' } }),
    });
    const onCreated = vi.fn();
    renderWithApp(
      <QuickAddDialog
        open
        seed={{ name: '王五', phone: '' }}
        onOpenChange={() => undefined}
        onCreated={onCreated}
        onOpenExisting={() => undefined}
      />,
      client,
    );
    await userEvent.click(screen.getByRole('button', { name: '添加客户' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('disk full'));
    expect(onCreated).not.toHaveBeenCalled();
  });

  describe('someone already in the book', () => {
    async function openWith(seed: { name: string; phone: string }) {
      const faked = await fakeClient();
      const wang = await addRegular(faked.app);
      const onCreated = vi.fn<(c: Customer) => void>();
      const onOpenExisting = vi.fn<(id: string) => void>();
      renderWithApp(
        <QuickAddDialog open seed={seed} onOpenChange={() => undefined} onCreated={onCreated} onOpenExisting={onOpenExisting} />,
        faked.client,
      );
      return { ...faked, wang, onCreated, onOpenExisting };
    }

    it('says whose phone it is, with visits, tier and since when; Enter opens her and adds nobody', async () => {
      const { app, wang, onCreated, onOpenExisting } = await openWith({ name: '', phone: '' });
      await userEvent.type(screen.getByLabelText('电话'), '+86 138 0013 8821{Enter}');
      const notice = await screen.findByRole('alert');
      expect(notice.textContent).toContain('这个电话是 王梓萱 的（来过 3 次，VIP，2026-06 起）：打开她，还是仍然添加？');
      expect(screen.getByRole('button', { name: '打开 王梓萱' })).toBe(document.activeElement);
      await userEvent.keyboard('{Enter}');
      expect(onOpenExisting).toHaveBeenCalledWith(wang.id);
      expect(onCreated).not.toHaveBeenCalled();
      expect(await call<{ total: number }>(app, 'customers.list', {})).toMatchObject({ total: 1 });
    });

    it('adds a second customer with that phone when the owner says so', async () => {
      const { app, onCreated } = await openWith({ name: '王妈妈', phone: '13800138821' });
      await userEvent.click(screen.getByRole('button', { name: '添加客户' }));
      await userEvent.click(await screen.findByRole('button', { name: '仍然添加' }));
      await waitFor(() => expect(onCreated).toHaveBeenCalledOnce());
      expect(onCreated.mock.calls[0]?.[0]).toMatchObject({ name: '王妈妈', phones: [{ digits: '13800138821' }] });
      expect(await call<{ total: number }>(app, 'customers.list', {})).toMatchObject({ total: 2 });
    });

    it('forgets the warning once the number is changed, and adds the new one', async () => {
      const { onCreated } = await openWith({ name: '', phone: '13800138821' });
      await userEvent.click(screen.getByRole('button', { name: '添加客户' }));
      expect(await screen.findByRole('alert')).toBeTruthy();
      const phone = screen.getByLabelText('电话');
      await userEvent.clear(phone);
      await userEvent.type(phone, '13900139000');
      expect(screen.queryByRole('alert')).toBeNull();
      await userEvent.click(screen.getByRole('button', { name: '添加客户' }));
      await waitFor(() => expect(onCreated).toHaveBeenCalledOnce());
    });
  });

  it('says beside the phone, in the user’s language, that a phone of letters needs digits', async () => {
    const { client, app } = await fakeClient();
    const onCreated = vi.fn();
    renderWithApp(
      <QuickAddDialog
        open
        seed={{ name: '', phone: '' }}
        onOpenChange={() => undefined}
        onCreated={onCreated}
        onOpenExisting={() => undefined}
      />,
      client,
    );
    await userEvent.click(screen.getByRole('button', { name: '添加客户' }));
    expect(screen.getByRole('alert').textContent).toBe('请填写姓名或电话。');
    const phone = screen.getByLabelText('电话');
    await userEvent.type(phone, 'abc{Enter}');
    await waitFor(() => expect(phone.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(phone.getAttribute('aria-describedby') ?? '')?.textContent).toBe('电话号码里要有数字');
    // The note about an empty form is gone: it is not what was wrong this time.
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('有几处填得不对，请看标出的地方。');
    expect(document.body.textContent).not.toMatch(/[A-Za-z]{2,}/);
    expect(onCreated).not.toHaveBeenCalled();
    expect((await call<{ total: number }>(app, 'customers.list', {})).total).toBe(0);

    await userEvent.clear(phone);
    await userEvent.type(phone, '138 0013 8000{Enter}');
    await waitFor(() => expect(onCreated).toHaveBeenCalledOnce());
  });
});
