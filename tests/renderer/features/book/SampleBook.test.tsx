import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../../renderer/src/app/App';
import { reopenAt } from '../../../../renderer/src/app/reopen-page';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

// The page starting again is the browser's business; what matters is where it starts.
vi.mock('../../../../renderer/src/app/reopen-page', () => ({ reopenAt: vi.fn() }));

const status = (kind: 'real' | 'sample') => async () => ({ ok: true, value: { kind, sampleAvailable: true } });

beforeEach(() => {
  vi.mocked(reopenAt).mockClear();
});

describe('the sample book', () => {
  it('is offered on the welcome of an empty book, and opening it starts the page again on its customers', async () => {
    const { client, calls } = await fakeClient({
      'book.status': status('real'),
      'book.openSample': async () => ({ ok: true, value: { kind: 'sample', sampleAvailable: true, customers: 200 } }),
    });
    renderWithApp(<App />, client);
    await screen.findByRole('region', { name: '欢迎使用熟客' });
    expect(screen.queryByRole('note', { name: /示例客户簿/ })).toBeNull();
    await userEvent.click(await screen.findByRole('button', { name: '打开示例客户簿看看' }));
    await waitFor(() => expect(reopenAt).toHaveBeenCalledWith({ name: 'customers' }));
    expect(calls.map(([name]) => name)).toContain('book.openSample');
  });

  it('is not offered where there is none', async () => {
    const { client } = await fakeClient();
    renderWithApp(<App />, client);
    await screen.findByRole('region', { name: '欢迎使用熟客' });
    expect(screen.queryByRole('button', { name: '打开示例客户簿看看' })).toBeNull();
  });

  it('says on every page that nothing in it is real, with the way back to the real book', async () => {
    const { client, calls } = await fakeClient({
      'book.status': status('sample'),
      'book.openReal': status('real'),
    });
    renderWithApp(<App />, client, 'en');
    const banner = await screen.findByRole('note', { name: /This is a sample book: nothing here is real/ });
    for (const hash of ['#/today', '#/insights', '#/']) {
      window.location.hash = hash;
      expect(screen.getByRole('note', { name: /sample book/ })).toBe(banner);
    }
    await userEvent.click(screen.getByRole('button', { name: 'Back to my book' }));
    await waitFor(() => expect(reopenAt).toHaveBeenCalledWith({ name: 'customers' }));
    expect(calls.map(([name]) => name)).toContain('book.openReal');
  });

  it('stays where it is when the way back is refused, and says why', async () => {
    const { client } = await fakeClient({
      'book.status': status('sample'),
      'book.openReal': async () => ({
        ok: false,
        error: { code: 'INTERNAL', message: 'x', key: 'bookSwitchFailed', params: { reason: 'disk full' } },
      }),
    });
    renderWithApp(<App />, client, 'zh-TW');
    await userEvent.click(await screen.findByRole('button', { name: '回到我的客戶簿' }));
    expect(await screen.findByText(/另一本客戶簿打不開（disk full）/)).toBeTruthy();
    expect(reopenAt).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: '回到我的客戶簿' })).toHaveProperty('disabled', false);
  });
});
