import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Customer, Entry } from '../../../../shared/contract';
import { TodayPage } from '../../../../renderer/src/features/care/TodayPage';
import { call } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

describe('TodayPage', () => {
  it('lists what is due and marks a follow-up done from the keyboard, writing the diary line', async () => {
    const { client, app } = await fakeClient();
    const c = await call<Customer>(app, 'customers.create', { name: 'Anna Smith', gender: 'female' });
    await call(app, 'entries.add', {
      customerId: c.id,
      kind: 'visit',
      text: 'Tried the camel coat',
      details: { followUpOn: '2026-11-23' },
    });
    await call(app, 'dates.set', { customerId: c.id, kind: 'anniversary', calendar: 'solar', month: 11, day: 25 });
    renderWithApp(<TodayPage day="2026-11-24" />, client, 'en');
    const followUps = await screen.findByRole('region', { name: 'Follow-ups due' });
    expect(within(followUps).getByRole('listitem').textContent).toContain('Tried the camel coat · 1 day overdue');
    expect(within(screen.getByRole('region', { name: 'Birthdays and dates, next 7 days' })).getByRole('listitem').textContent).toContain(
      'Anniversary 25 Nov',
    );
    expect(screen.getByRole('note').textContent).toContain('No backup yet');

    within(followUps).getByRole('listitem').focus();
    await userEvent.keyboard('d');
    const line = screen.getByLabelText('Line for the diary');
    expect(line).toHaveProperty('value', 'Called: Tried the camel coat');
    await userEvent.clear(line);
    await userEvent.type(line, 'Called: she will come on Saturday{Enter}');
    // Done, the item leaves; its section, now empty, folds away.
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Follow-ups due' })).toBeNull());
    const timeline = await call<{ items: Entry[] }>(app, 'entries.timeline', { customerId: c.id });
    expect(timeline.items.map((e) => [e.kind, e.text])).toContainEqual(['call', 'Called: she will come on Saturday']);
  });

  it('asks for the book’s today, heads the page with it, and says which background work failed and why', async () => {
    const { client, app, calls } = await fakeClient({
      today: async (input) => {
        const answer = await app.dispatch('today', input);
        if (!answer.ok) return answer;
        const failure = { what: 'values', at: '2026-11-24T12:00:00.000Z', reason: 'the values worker gave up: database is locked' };
        return { ok: true, value: { ...(answer.value as object), backgroundFailure: failure } };
      },
    });
    // 2026-11-24T20:00Z is already the 25th in the shop (Asia/Shanghai), whatever this machine's zone.
    app.clock.set('2026-11-24T20:00:00.000Z');
    renderWithApp(<TodayPage />, client, 'en');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toContain('25 Nov 2026');
    expect(calls.find(([name]) => name === 'today')?.[1]).toEqual({});
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Working out customer values failed on 24 Nov 2026');
    expect(alert.textContent).toContain('database is locked');
  });

  it('takes done items off the list from the keyboard and gives the focus to the next one; two 赵女士 are told apart', async () => {
    const { client, app } = await fakeClient();
    app.clock.set('2026-11-24T02:00:00.000Z');
    const zhaos: Customer[] = [];
    for (const [name, phone] of [
      ['赵敏', '13800001111'],
      ['赵雅', '13800002222'],
      ['赵琳', '13800003333'],
    ]) {
      const c = await call<Customer>(app, 'customers.create', { name, gender: 'female', phones: [{ number: phone }] });
      zhaos.push(c);
      await call(app, 'dates.set', { customerId: c.id, kind: 'birthday', calendar: 'solar', month: 11, day: 26 });
    }
    renderWithApp(<TodayPage />, client);
    const dates = await screen.findByRole('region', { name: '未来 7 天的生日和纪念日' });
    const items = within(dates).getAllByRole('listitem');
    expect(items.map((i) => i.getAttribute('aria-label'))).toEqual([
      '赵敏 · 赵女士 · 尾号 1111',
      '赵雅 · 赵女士 · 尾号 2222',
      '赵琳 · 赵女士 · 尾号 3333',
    ]);

    items[0]?.focus();
    await userEvent.keyboard('d');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(within(dates).getAllByRole('listitem')).toHaveLength(2));
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('赵雅 · 赵女士 · 尾号 2222'));
    await userEvent.keyboard('d{Enter}');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('赵琳 · 赵女士 · 尾号 3333'));
    await userEvent.keyboard('d{Enter}');
    expect(await screen.findByText('今天的事都做完了。')).toBeTruthy();
    expect(screen.queryByRole('region', { name: '未来 7 天的生日和纪念日' })).toBeNull();
    const done = screen.getByText('今天做完的（3）').closest('details');
    expect(done?.textContent).toContain('赵敏 · 赵女士 · 尾号 1111 · 已问候：发了生日祝福。');
    // After reloading, what was done stays done.
    expect((await call<{ dates: unknown[] }>(app, 'today', {})).dates).toEqual([]);
  });

  it('puts a drifting regular off with S, or takes them off with N, without a diary line', async () => {
    const { client, app } = await fakeClient();
    app.clock.set('2026-11-24T02:00:00.000Z');
    for (const name of ['常客甲', '常客乙']) {
      const c = await call<Customer>(app, 'customers.create', { name });
      for (const day of ['2026-06-01', '2026-06-15', '2026-07-01', '2026-07-15'])
        await call(app, 'entries.add', { customerId: c.id, kind: 'visit', text: '来了', occurredAt: `${day}T04:00:00Z` });
    }
    renderWithApp(<TodayPage />, client);
    const drifting = await screen.findByRole('region', { name: '渐渐不来的老客' });
    within(drifting).getAllByRole('listitem')[0]?.focus();
    await userEvent.keyboard('s');
    expect(await screen.findByText(/^已推后到 .*12月8日/)).toBeTruthy();
    await waitFor(() => expect(within(drifting).getAllByRole('listitem')).toHaveLength(1));
    await userEvent.keyboard('n');
    await waitFor(() => expect(screen.queryByRole('region', { name: '渐渐不来的老客' })).toBeNull());
    expect(screen.getByText('今天做完的（2）')).toBeTruthy();
    const kinds = app.sqlite.prepare('SELECT DISTINCT kind FROM entries').pluck().all();
    expect(kinds).toEqual(['visit']);
  });

  it('says in one line that there is nothing to do in an empty book', async () => {
    const { client } = await fakeClient();
    renderWithApp(<TodayPage />, client);
    expect(await screen.findByText('今天没有要做的事：近期没有生日纪念日，也没有到期的回访和承诺。')).toBeTruthy();
    expect(screen.queryAllByRole('region')).toEqual([]);
  });
});
