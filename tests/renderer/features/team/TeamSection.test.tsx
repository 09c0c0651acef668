import type { CallOutput } from '../../../../shared/contract';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Customer, Team } from '../../../../shared/contract';
import { CounterSwitch } from '../../../../renderer/src/features/team/CounterSwitch';
import { TeamSection } from '../../../../renderer/src/features/team/TeamSection';
import { JoinForm } from '../../../../renderer/src/features/sync/JoinForm';
import { call } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

describe('TeamSection', () => {
  it('names the counter and adds, renames and removes staff, the top bar following at once', async () => {
    const { client, app } = await fakeClient();
    renderWithApp(
      <>
        <CounterSwitch />
        <TeamSection />
      </>,
      client,
    );
    const counter = await screen.findByRole('textbox', { name: '这个柜台的名字' });
    expect(screen.getByText(/还没有店员/)).toBeTruthy();
    // No staff yet: nothing in the top bar.
    expect(screen.queryByRole('combobox', { name: '当前店员' })).toBeNull();
    await userEvent.type(counter, '柜台 1');
    await userEvent.click(screen.getByRole('button', { name: '保存名字' }));
    expect(await screen.findByText('已保存这个柜台的名字。')).toBeTruthy();

    await userEvent.type(screen.getByRole('textbox', { name: '新店员的名字' }), '小王{Enter}');
    await userEvent.type(screen.getByRole('textbox', { name: '新店员的名字' }), '王店长{Enter}');
    expect(await screen.findByText('已把 王店长 加入店员名单。')).toBeTruthy();
    const here = await screen.findByRole('combobox', { name: '当前店员' });
    expect(
      within(here)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['未选', '小王', '王店长']);
    expect(screen.getByText('柜台 1')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: '改名 小王' }));
    const rename = screen.getByRole('textbox', { name: '小王 的新名字' });
    await userEvent.clear(rename);
    await userEvent.type(rename, '王小明{Enter}');
    expect(await screen.findByText('小王 已改名为 王小明，TA 负责的客户也跟着改了。')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '把 王店长 移出名单' }));
    await waitFor(() =>
      expect(
        within(here)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['未选', '王小明']),
    );
    expect(await call<Team>(app, 'team.get', {})).toMatchObject({ staff: ['王小明'], counterName: '柜台 1', here: null });
  });

  it('says why a name already on the list is refused, and changes nothing', async () => {
    const { client, app } = await fakeClient();
    await call(app, 'team.addStaff', { name: '小王' });
    renderWithApp(<TeamSection />, client);
    await userEvent.type(await screen.findByRole('textbox', { name: '新店员的名字' }), '小王{Enter}');
    expect(await screen.findByText(/店员名单里已经有“小王”了。什么都没有改变。/)).toBeTruthy();
    expect((await call<Team>(app, 'team.get', {})).staff).toEqual(['小王']);
  });
});

describe('CounterSwitch', () => {
  it('says who is at this counter, and the entries written next are signed with them', async () => {
    const { client, app } = await fakeClient();
    await call(app, 'team.addStaff', { name: '小王' });
    await call(app, 'team.setCounter', { counterName: '柜台 2' });
    renderWithApp(<CounterSwitch />, client);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: '当前店员' }), '小王');
    expect(await screen.findByText('现在是 小王 在这个柜台。')).toBeTruthy();
    const customer = await call<Customer>(app, 'customers.create', { name: '王丽华' });
    expect(await call(app, 'entries.add', { customerId: customer.id, kind: 'note', text: '来过' })).toMatchObject({
      writtenOn: '柜台 2',
      writtenBy: '小王',
    });
  });
});

describe('joining a hub', () => {
  it('offers the counter’s name from Settings', async () => {
    const { client, app } = await fakeClient();
    await call(app, 'team.setCounter', { counterName: '柜台 1' });
    const status = await call<CallOutput<'sync.status'>>(app, 'sync.status', {});
    renderWithApp(<JoinForm status={status} onJoined={() => undefined} />, client);
    await waitFor(() => expect((screen.getByRole('textbox', { name: '这个柜台的名字' }) as HTMLInputElement).value).toBe('柜台 1'));
  });
});
