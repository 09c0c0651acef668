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
});
