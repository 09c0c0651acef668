import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CallOutput } from '../../../../shared/contract';
import type { UiLocale } from '../../../../shared/domain/salutation';
import { SyncPage } from '../../../../renderer/src/features/sync/SyncPage';
import { isOtherHub } from '../../../../renderer/src/features/sync/JoinFields';
import { fakeClient, type Overrides } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

type Status = CallOutput<'sync.status'>;

const hub = 'https://nas.local:6984/shop';
const joined: Status = {
  joined: true,
  hub,
  deviceName: '柜台 1',
  username: 'counter',
  plainHttp: false,
  needsPassword: false,
  passwordKept: 'sealed',
  canKeepPassword: true,
  passwordUnreadable: false,
  lastSyncedAt: null,
  waiting: 0,
  openConflicts: 0,
  inSync: true,
  differing: 0,
  running: false,
  lastError: null,
};
const refusal = { code: 'UNAUTHORIZED', message: 'refused', key: 'syncHubRefused', params: { status: 401 } } as const;
const ok = (value: unknown) => Promise.resolve({ ok: true, value });

/** The Sync page over a book whose sync calls answer as given; answers the calls made. */
async function page(status: Status, overrides: Overrides = {}, locale: UiLocale = 'zh-CN') {
  const fake = await fakeClient({ 'sync.status': () => ok(status), 'sync.conflicts': () => ok({ items: [] }), ...overrides });
  renderWithApp(<SyncPage />, fake.client, locale);
  await screen.findByRole('heading', { level: 1 });
  return fake.calls;
}

describe('the Sync page, where the hub password is kept', () => {
  it('says a sealed password resumes syncing after a restart, with no password form', async () => {
    await page(joined);
    expect(await screen.findByText('同步中心的密码保存在这台电脑的钥匙串里：重新打开软件后照常同步。')).toBeTruthy();
    expect(screen.queryByLabelText('同步中心的密码')).toBeNull();
  });

  it('says why it will ask again after a restart on a computer without a keyring', async () => {
    await page({ ...joined, passwordKept: 'thisRun', canKeepPassword: false }, {}, 'en');
    expect(await screen.findByText(/held only while the app runs \(this computer has no keyring/)).toBeTruthy();
  });

  it('asks for the password saying it is held only while the app runs where there is no keyring', async () => {
    await page({ ...joined, needsPassword: true, passwordKept: 'none', canKeepPassword: false, lastError: refusal });
    expect(await screen.findByText(/只在软件开着时记住，每次重新打开都会再问/)).toBeTruthy();
    expect(screen.getByText(/只在软件开着时记住：这台电脑没有可以安全保存它的钥匙串/)).toBeTruthy();
  });

  it('says a kept password that no longer opens is asked for again, and keeps the one given', async () => {
    const calls = await page(
      { ...joined, needsPassword: true, passwordKept: 'none', passwordUnreadable: true, lastError: refusal },
      { 'sync.password': () => ok(joined) },
    );
    expect(await screen.findByText(/保存的同步中心密码读不出来了/)).toBeTruthy();
    expect(screen.getByText('加密保存在这台电脑自己的钥匙串里，软件重新打开后照常同步。停止同步时会忘掉它。')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('同步中心的密码'), 'again');
    await userEvent.click(screen.getByRole('button', { name: '继续同步' }));
    await waitFor(() => expect(screen.queryByLabelText('同步中心的密码')).toBeNull());
    expect(calls.filter(([name]) => name === 'sync.password').map(([, input]) => input)).toEqual([{ password: 'again' }]);
  });

  it('a counter the hub refuses (removed from the team) is told its book keeps everything', async () => {
    await page({ ...joined, needsPassword: true, lastError: refusal });
    expect((await screen.findByRole('alert')).textContent).toContain('同步中心拒绝了这个柜台（401）');
    expect(screen.getByText(/可能密码改了，或这个柜台已被移出团队/)).toBeTruthy();
    expect(screen.getByText('这本账里什么都没有被改动或删除：内容全部保留，同不同步都照常可用。')).toBeTruthy();
  });

  it('says nothing of a password when the hub has no login', async () => {
    await page({ ...joined, username: null, passwordKept: 'none' });
    await screen.findByRole('region', { name: '同步状态' });
    expect(screen.queryByText(/钥匙串/)).toBeNull();
    expect(screen.queryByText(/什么都没有被改动或删除/)).toBeNull();
  });
});

describe('the Sync page, changing the hub', () => {
  const openChange = async () => {
    await userEvent.click(await screen.findByRole('button', { name: '换同步中心…' }));
    return screen.getByRole('region', { name: '换同步中心或这个柜台的名字' });
  };

  it('asks first before another hub, saying what switching does, and switches only when confirmed', async () => {
    const other = 'https://hub.example.com/shop';
    const calls = await page(joined, { 'sync.join': () => ok({ ...joined, hub: other }) });
    const form = await openChange();
    expect((within(form).getByLabelText('同步中心地址') as HTMLInputElement).value).toBe(hub);
    expect((within(form).getByLabelText('这个柜台的名字') as HTMLInputElement).value).toBe('柜台 1');
    expect((within(form).getByLabelText('用户名（同步中心要求时才填）') as HTMLInputElement).value).toBe('counter');
    await userEvent.clear(within(form).getByLabelText('同步中心地址'));
    await userEvent.type(within(form).getByLabelText('同步中心地址'), other);
    await userEvent.type(within(form).getByLabelText('密码（同一个同步中心不改就留空）'), 'pw');
    await userEvent.click(within(form).getByRole('button', { name: '保存' }));

    const asked = within(form).getByRole('group', { name: '换同步中心…' });
    expect(asked.textContent).toContain(`要从 ${hub} 换到 ${other} 吗？`);
    expect(asked.textContent).toContain('这个柜台会停止和原来的同步中心同步');
    expect(asked.textContent).toContain('这本账里的内容全部保留');
    expect(asked.textContent).toContain('新同步中心里的内容会合并进来');
    expect(calls.some(([name]) => name === 'sync.join')).toBe(false);

    await userEvent.click(within(asked).getByRole('button', { name: '不换了' }));
    expect(within(form).queryByRole('group')).toBeNull();
    expect(calls.some(([name]) => name === 'sync.join')).toBe(false);

    await userEvent.click(within(form).getByRole('button', { name: '保存' }));
    await userEvent.click(within(form).getByRole('button', { name: '确定换' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: '换同步中心或这个柜台的名字' })).toBeNull());
    expect(calls.filter(([name]) => name === 'sync.join').map(([, input]) => input)).toEqual([
      { hub: other, deviceName: '柜台 1', username: 'counter', password: 'pw', replaceHub: true },
    ]);
    expect(screen.getByText(other)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('这个柜台已改为和新的同步中心同步，账本里的内容全部保留。');
  });

  it('saves another name for this counter on the same hub without asking', async () => {
    const calls = await page(joined, { 'sync.join': () => ok({ ...joined, deviceName: '前台' }) });
    const form = await openChange();
    await userEvent.clear(within(form).getByLabelText('这个柜台的名字'));
    await userEvent.type(within(form).getByLabelText('这个柜台的名字'), '前台');
    await userEvent.click(within(form).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: '换同步中心或这个柜台的名字' })).toBeNull());
    expect(calls.filter(([name]) => name === 'sync.join').map(([, input]) => input)).toEqual([
      { hub, deviceName: '前台', username: 'counter' },
    ]);
    expect(screen.getByText('前台')).toBeTruthy();
  });

  it('closes on Cancel having called nothing', async () => {
    const calls = await page(joined);
    const form = await openChange();
    await userEvent.click(within(form).getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('region', { name: '换同步中心或这个柜台的名字' })).toBeNull();
    expect(calls.some(([name]) => name === 'sync.join')).toBe(false);
  });

  it('compares addresses as the book keeps them', () => {
    expect(isOtherHub(`${hub}/`, hub)).toBe(false);
    expect(isOtherHub(' https://NAS.local:6984/shop ', hub)).toBe(false);
    expect(isOtherHub('https://nas.local:6984/shop2', hub)).toBe(true);
    expect(isOtherHub('not an address', hub)).toBe(false);
  });
});
