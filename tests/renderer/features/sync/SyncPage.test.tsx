import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CallName, CallOutput } from '../../../../shared/contract';
import { App } from '../../../../renderer/src/app/App';
import { hrefFor, parseRoute } from '../../../../renderer/src/app/use-route';
import { SyncPage } from '../../../../renderer/src/features/sync/SyncPage';
import { fakeClient, type Overrides } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

type Status = CallOutput<'sync.status'>;
type Conflict = CallOutput<'sync.conflicts'>['items'][number];

const joined: Status = {
  joined: true,
  hub: 'https://nas.local:6984/shop',
  deviceName: '柜台 1',
  username: null,
  plainHttp: false,
  needsPassword: false,
  passwordKept: 'none',
  canKeepPassword: false,
  passwordUnreadable: false,
  lastSyncedAt: null,
  waiting: 0,
  openConflicts: 0,
  inSync: null,
  differing: 0,
  running: false,
  lastError: null,
};
const notJoined: Status = { ...joined, joined: false, hub: null, deviceName: null };
const ok = (value: unknown) => Promise.resolve({ ok: true, value });
const customerId = '0b5c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d';

const conflictA: Conflict = {
  id: 'c-a',
  kind: 'customer',
  customerId,
  customerName: '王丽华',
  otherDeleted: false,
  fields: [
    { field: 'company', kept: '丽华茶庄', other: '丽华茶行' },
    { field: 'gender', kept: null, other: 'female' },
    { field: 'shoe_size', kept: '37', other: '38' },
  ],
};
const conflictB: Conflict = { id: 'c-b', kind: 'entry', customerId: null, customerName: '李强', otherDeleted: true, fields: [] };

/** The page over a fake book whose sync calls answer as given; every call is recorded. */
async function renderPage(status: Status, overrides: Overrides = {}, conflicts: Conflict[] = []) {
  const fake = await fakeClient({
    'sync.status': () => ok(status),
    'sync.conflicts': () => ok({ items: conflicts }),
    ...overrides,
  });
  renderWithApp(<SyncPage />, fake.client);
  return fake;
}

const inputsOf = (calls: [CallName, unknown][], name: CallName) => calls.filter(([n]) => n === name).map(([, input]) => input);

/** A promise the test resolves when it chooses: a call still running. */
function deferred() {
  let resolve: (value: unknown) => void = () => undefined;
  const promise = new Promise<unknown>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('SyncPage, not joined', () => {
  it('explains syncing, sends the join form as typed, and then shows the joined status', async () => {
    const { calls } = await renderPage(notJoined, { 'sync.join': () => ok({ ...joined, inSync: true, deviceName: '前台' }) });
    expect(await screen.findByRole('heading', { name: '和其他柜台共用这本账' })).toBeTruthy();
    expect(screen.getByText(/共用一本客户账/)).toBeTruthy();
    expect(screen.getByText(/不会删掉任何东西/)).toBeTruthy();
    expect(screen.getByText(/只在软件开着时记住：这台电脑没有可以安全保存它的钥匙串/)).toBeTruthy();
    expect(screen.getByLabelText('这个柜台的名字').getAttribute('placeholder')).toBe('柜台 1');

    await userEvent.type(screen.getByLabelText('同步中心地址'), 'https://nas.local:6984/shop');
    await userEvent.type(screen.getByLabelText('这个柜台的名字'), '前台');
    await userEvent.type(screen.getByLabelText('密码（同步中心要求时才填）'), 's3cret');
    await userEvent.click(screen.getByRole('button', { name: '开始同步' }));

    expect(await screen.findByRole('heading', { name: '同步状态' })).toBeTruthy();
    // A blank user name is not sent at all.
    expect(inputsOf(calls, 'sync.join')).toEqual([{ hub: 'https://nas.local:6984/shop', deviceName: '前台', password: 's3cret' }]);
    expect(screen.getByText('前台')).toBeTruthy();
    expect(screen.getByText('已同步——已和同步中心核对过')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('这个柜台已开始和同步中心同步。');
    expect(screen.queryByRole('button', { name: '开始同步' })).toBeNull();
  });

  it('is busy while joining and shows a refused field beside that field', async () => {
    const answer = deferred();
    await renderPage(notJoined, { 'sync.join': () => answer.promise });
    await userEvent.type(await screen.findByLabelText('同步中心地址'), 'nas.local');
    await userEvent.type(screen.getByLabelText('这个柜台的名字'), '前台');
    await userEvent.click(screen.getByRole('button', { name: '开始同步' }));
    expect(screen.getByText('正在连接同步中心…')).toBeTruthy();
    expect((screen.getByRole('button', { name: '开始同步' }) as HTMLButtonElement).disabled).toBe(true);

    answer.resolve({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Invalid input', issues: [{ path: ['hub'], key: 'syncHubNotUrl', params: {} }] },
    });
    const hub = screen.getByLabelText('同步中心地址');
    await waitFor(() => expect(hub.getAttribute('aria-invalid')).toBe('true'));
    const problem = document.getElementById(hub.getAttribute('aria-describedby')?.split(' ').pop() ?? '');
    expect(problem?.textContent).toBe('须是同步中心上一个数据库的地址，例如 https://nas.local:6984/shop');
    expect(screen.getByLabelText('这个柜台的名字').getAttribute('aria-invalid')).toBe('false');
    expect(screen.queryByRole('heading', { name: '同步状态' })).toBeNull();
  });

  it('says a hub that refused the login in the status line, and stays on the form', async () => {
    await renderPage(notJoined, {
      'sync.join': () =>
        Promise.resolve({ ok: false, error: { code: 'UNAUTHORIZED', message: 'refused', key: 'syncHubRefused', params: { status: 401 } } }),
    });
    await userEvent.type(await screen.findByLabelText('同步中心地址'), 'https://nas.local:6984/shop');
    await userEvent.type(screen.getByLabelText('这个柜台的名字'), '前台');
    await userEvent.click(screen.getByRole('button', { name: '开始同步' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('同步中心拒绝了这个柜台（401）'));
    expect(screen.getByRole('button', { name: '开始同步' })).toBeTruthy();
  });
});

describe('SyncPage, joined status', () => {
  it('shows where it syncs, when it last did, and what waits', async () => {
    await renderPage({ ...joined, lastSyncedAt: new Date().toISOString(), waiting: 3 });
    const panel = await screen.findByRole('region', { name: '同步状态' });
    expect(within(panel).getByText('https://nas.local:6984/shop')).toBeTruthy();
    expect(within(panel).getByText('柜台 1')).toBeTruthy();
    expect(within(panel).getByText(/^今天 \d\d:\d\d$/)).toBeTruthy();
    expect(within(panel).getByText('3')).toBeTruthy();
    // Never checked: not called "in sync", whatever else it says.
    expect(within(panel).getByText('还没有和同步中心核对过')).toBeTruthy();
    expect(within(panel).getByText('有 3 处修改等待发送')).toBeTruthy();
    expect(within(panel).queryByText('已同步——已和同步中心核对过')).toBeNull();
  });

  it('says "in sync" only when the hub check verified it', async () => {
    await renderPage({ ...joined, inSync: true });
    expect(await screen.findByText('已同步——已和同步中心核对过')).toBeTruthy();
    expect(screen.getByText('还没有')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says how it differs from the hub when the check found differences', async () => {
    await renderPage({ ...joined, inSync: false, differing: 4, waiting: 2 });
    expect(await screen.findByText('和同步中心有 4 处不一样')).toBeTruthy();
    expect(screen.getByText('有 2 处修改等待发送')).toBeTruthy();
    expect(screen.queryByText('已同步——已和同步中心核对过')).toBeNull();
  });

  it('counts what waits in English with plurals', async () => {
    const fake = await fakeClient({
      'sync.status': () => ok({ ...joined, inSync: false, waiting: 1 }),
      'sync.conflicts': () => ok({ items: [] }),
    });
    renderWithApp(<SyncPage />, fake.client, 'en');
    expect(await screen.findByText('1 change waiting to be sent')).toBeTruthy();
  });

  it('says when a round is running, and holds Sync now until it ends', async () => {
    await renderPage({ ...joined, inSync: true, running: true });
    const panel = await screen.findByRole('region', { name: '同步状态' });
    expect(within(panel).getByText('正在同步…')).toBeTruthy();
    expect(panel.getAttribute('aria-busy')).toBe('true');
    expect((within(panel).getByRole('button', { name: '立即同步' }) as HTMLButtonElement).disabled).toBe(true);
    expect(within(panel).queryByText('已同步——已和同步中心核对过')).toBeNull();
  });

  it('shows the last failure as an alert', async () => {
    await renderPage({
      ...joined,
      lastError: {
        code: 'CONFLICT',
        message: 'Could not reach the hub',
        key: 'syncHubUnreachable',
        params: { host: 'nas.local:5984', reason: 'ECONNREFUSED' },
      },
    });
    // Worded in the page's language from the failure's key, never the English message.
    expect((await screen.findByRole('alert')).textContent).toBe(
      '上次同步没有完成：连不上位于 nas.local:5984 的同步中心（ECONNREFUSED）。账本没有改动，照常可用，稍后会再试。',
    );
  });

  it('says calmly when the hub is reached over plain HTTP, and only then', async () => {
    await renderPage({ ...joined, plainHttp: true });
    expect(await screen.findByText(/普通 HTTP/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('asks for the hub password again when it is needed, and sends it', async () => {
    const { calls } = await renderPage(
      { ...joined, needsPassword: true },
      { 'sync.password': () => ok({ ...joined, needsPassword: false, inSync: true }) },
    );
    expect(await screen.findByText(/同步中心需要重新输入密码/)).toBeTruthy();
    await userEvent.type(screen.getByLabelText('同步中心的密码'), 'again');
    await userEvent.click(screen.getByRole('button', { name: '继续同步' }));
    await waitFor(() => expect(screen.queryByLabelText('同步中心的密码')).toBeNull());
    expect(inputsOf(calls, 'sync.password')).toEqual([{ password: 'again' }]);
    expect(screen.getByText('已同步——已和同步中心核对过')).toBeTruthy();
  });

  it('has no password form when the hub needs none', async () => {
    await renderPage(joined);
    await screen.findByRole('region', { name: '同步状态' });
    expect(screen.queryByLabelText('同步中心的密码')).toBeNull();
    expect(screen.queryByText(/普通 HTTP/)).toBeNull();
  });
});

describe('SyncPage, Sync now and Stop syncing', () => {
  it('syncs once on a double click and shows the new status', async () => {
    const answer = deferred();
    const { calls } = await renderPage(joined, { 'sync.now': () => answer.promise });
    await userEvent.dblClick(await screen.findByRole('button', { name: '立即同步' }));
    await userEvent.click(screen.getByRole('button', { name: '正在同步…' }));
    answer.resolve({ ok: true, value: { ...joined, inSync: true, lastSyncedAt: new Date().toISOString() } });
    expect(await screen.findByText('已同步——已和同步中心核对过')).toBeTruthy();
    expect(inputsOf(calls, 'sync.now')).toEqual([{}]);
    expect(screen.getByRole('status').textContent).toContain('已和同步中心同步。');
  });

  it('asks before it stops, saying the book keeps everything, and stops only when confirmed', async () => {
    const { calls } = await renderPage(joined, { 'sync.leave': () => ok(notJoined) });
    await userEvent.click(await screen.findByRole('button', { name: '停止同步' }));
    expect(screen.getByText(/这本账里的内容全部保留/)).toBeTruthy();
    expect(inputsOf(calls, 'sync.leave')).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: '继续同步' }));
    expect(screen.queryByText(/这本账里的内容全部保留/)).toBeNull();
    expect(inputsOf(calls, 'sync.leave')).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: '停止同步' }));
    await userEvent.click(screen.getByRole('button', { name: '确定停止' }));
    expect(await screen.findByRole('button', { name: '开始同步' })).toBeTruthy();
    expect(inputsOf(calls, 'sync.leave')).toEqual([{}]);
    expect(screen.queryByRole('heading', { name: '两个柜台同时改了' })).toBeNull();
  });
});

describe('SyncPage, conflicts', () => {
  it('says there is nothing to settle when no conflict is open', async () => {
    await renderPage(joined);
    expect(await screen.findByText('没有需要处理的。')).toBeTruthy();
  });

  it('lists each conflict with who, what kind, and each field both ways', async () => {
    await renderPage(joined, {}, [conflictA, conflictB]);
    const a = await screen.findByRole('article', { name: '王丽华 · 客户资料' });
    expect(within(a).getByRole('link', { name: '王丽华' }).getAttribute('href')).toBe(hrefFor({ name: 'customer', id: customerId }));
    const rows = within(a)
      .getAllByRole('row')
      .map((row) => Array.from(row.children, (cell) => cell.textContent));
    expect(rows).toEqual([
      ['项目', '保留的', '另一个柜台的'],
      ['公司', '丽华茶庄', '丽华茶行'],
      ['性别', '（空）', '女'],
      ['shoe_size', '37', '38'],
    ]);
    const b = screen.getByRole('article', { name: '李强 · 一条日记' });
    expect(within(b).queryByRole('link')).toBeNull();
    expect(within(b).getByText(/另一个柜台把它删了/)).toBeTruthy();
    expect(within(a).queryByText(/另一个柜台把它删了/)).toBeNull();
  });

  it('settles with the choice of the button pressed and shows the list that comes back', async () => {
    let open = [conflictA, conflictB];
    const { calls } = await renderPage(
      joined,
      {
        'sync.settle': (input) => {
          const { id } = input as { id: string };
          open = open.filter((c) => c.id !== id);
          return ok({ items: open });
        },
      },
      open,
    );
    const a = await screen.findByRole('article', { name: '王丽华 · 客户资料' });
    await userEvent.click(within(a).getByRole('button', { name: '用另一个柜台的' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: '王丽华 · 客户资料' })).toBeNull());
    const b = screen.getByRole('article', { name: '李强 · 一条日记' });
    await userEvent.click(within(b).getByRole('button', { name: '保留这个' }));
    expect(await screen.findByText('没有需要处理的。')).toBeTruthy();
    expect(inputsOf(calls, 'sync.settle')).toEqual([
      { id: 'c-a', choice: 'took_other' },
      { id: 'c-b', choice: 'kept' },
    ]);
  });

  it('names fields in English too', async () => {
    const fake = await fakeClient({
      'sync.status': () => ok(joined),
      'sync.conflicts': () => ok({ items: [{ ...conflictA, fields: [{ field: 'address_as', kept: 'Ms Wang', other: 'Lihua' }] }] }),
    });
    renderWithApp(<SyncPage />, fake.client, 'en');
    const a = await screen.findByRole('article', { name: '王丽华 · Customer details' });
    expect(within(a).getByRole('rowheader').textContent).toBe('Form of address');
  });
});

describe('Sync in the app', () => {
  it('has its own route', () => {
    expect(parseRoute('#/sync')).toEqual({ name: 'sync' });
    expect(hrefFor({ name: 'sync' })).toBe('#/sync');
  });

  it('opens from the top navigation', async () => {
    const { client } = await fakeClient({ 'sync.status': () => ok(notJoined) });
    renderWithApp(<App />, client);
    await userEvent.click(await screen.findByRole('link', { name: '同步' }));
    expect(window.location.hash).toBe('#/sync');
    expect(await screen.findByRole('heading', { name: '多个柜台同步', level: 1 })).toBeTruthy();
    expect(screen.getByRole('link', { name: '同步' }).getAttribute('aria-current')).toBe('page');
  });
});
