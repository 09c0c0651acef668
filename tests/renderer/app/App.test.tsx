import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { fakeClient } from '../../helpers/fake-client';
import { renderWithApp } from '../../helpers/render-with-app';

describe('App', () => {
  it('Ctrl+N adds a customer and opens their page, where the recall card greets them', async () => {
    const { client } = await fakeClient();
    renderWithApp(<App />, client);
    await screen.findByRole('heading', { name: '欢迎使用熟客' });
    await userEvent.keyboard('{Control>}n{/Control}');
    await userEvent.type(await screen.findByLabelText('姓名'), '王丽华{Enter}');
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/customers\/[0-9a-f-]{36}$/));
    expect(await screen.findByRole('region', { name: '王丽华' })).toBeTruthy();
    expect(screen.getByText('还没来过')).toBeTruthy();
  });

  it('Ctrl+K focuses the lookup from anywhere', async () => {
    const { client } = await fakeClient();
    renderWithApp(<App />, client);
    await screen.findByRole('heading', { name: '欢迎使用熟客' });
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.keyboard('{Control>}k{/Control}');
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: '查找客户' }));
  });

  it('switches language and remembers the choice', async () => {
    const { client } = await fakeClient();
    renderWithApp(<App />, client);
    await screen.findByRole('heading', { name: '欢迎使用熟客' });
    await userEvent.selectOptions(screen.getByLabelText('Language / 语言'), 'en');
    expect(await screen.findByRole('heading', { name: 'Welcome to Shuke' })).toBeTruthy();
    expect(window.localStorage.getItem('shuke.locale')).toBe('en');
  });

  it('welcomes an empty book with the ways in and where the book is kept, not with filters over nothing', async () => {
    const { client } = await fakeClient();
    renderWithApp(<App />, client);
    const welcome = await screen.findByRole('region', { name: '欢迎使用熟客' });
    expect(screen.queryByLabelText('等级')).toBeNull();
    expect(welcome.textContent).toContain('客户簿只保存在这台电脑上');
    await userEvent.click(screen.getByRole('button', { name: '从 Excel、WPS 或手机导入……' }));
    expect(await screen.findByRole('dialog', { name: '导入客户' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '关闭' }));
    await userEvent.click(screen.getByRole('button', { name: /添加第一位客户/ }));
    expect(await screen.findByLabelText('姓名')).toBeTruthy();
  });
});
