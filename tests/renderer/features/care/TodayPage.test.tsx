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
      'Anniversary 25/11',
    );
    expect(screen.getByRole('note').textContent).toContain('No backup yet');

    within(followUps).getByRole('listitem').focus();
    await userEvent.keyboard('d');
    const line = screen.getByLabelText('Line for the diary');
    expect(line).toHaveProperty('value', 'Called: Tried the camel coat');
    await userEvent.clear(line);
    await userEvent.type(line, 'Called: she will come on Saturday{Enter}');
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Follow-ups due' })).queryByRole('listitem')).toBeNull());
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
});
