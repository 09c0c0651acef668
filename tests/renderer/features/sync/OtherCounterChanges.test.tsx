import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CallOutput } from '../../../../shared/contract';
import { OtherCounterChanges } from '../../../../renderer/src/features/sync/OtherCounterChanges';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

type Conflict = CallOutput<'sync.conflicts'>['items'][number];
const ok = (value: unknown) => Promise.resolve({ ok: true, value });
const customerId = '0b5c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d';
const lost: Conflict = {
  id: `customer/${customerId}#customers.about@000001764800000000:aa`,
  kind: 'customer',
  customerId,
  customerName: '王丽华',
  otherDeleted: false,
  fields: [{ field: 'about', kept: '喜欢绿色', other: '喜欢藏青色' }],
};

describe('OtherCounterChanges on a customer’s page', () => {
  it('shows nothing for a customer no other counter changed', async () => {
    const fake = await fakeClient();
    const { container } = renderWithApp(<OtherCounterChanges customerId={customerId} onChanged={() => undefined} />, fake.client);
    await waitFor(() => expect(fake.calls.some(([name]) => name === 'sync.changesOf')).toBe(true));
    expect(container.querySelector('section')).toBeNull();
  });

  it('shows the value another counter wrote beside the one kept, and takes it back on one click', async () => {
    const onChanged = vi.fn();
    const fake = await fakeClient({
      'sync.changesOf': () => ok({ items: [lost] }),
      'sync.settle': () => ok({ items: [] }),
    });
    renderWithApp(<OtherCounterChanges customerId={customerId} onChanged={onChanged} />, fake.client);
    expect(await screen.findByRole('heading', { name: '另一个柜台也改过' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: '关于 TA' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: '喜欢绿色' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: '喜欢藏青色' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '用另一个柜台的' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: '另一个柜台也改过' })).toBeNull());
    expect(fake.calls.filter(([name]) => name === 'sync.settle').map(([, input]) => input)).toEqual([
      { id: lost.id, choice: 'took_other' },
    ]);
    expect(onChanged).toHaveBeenCalledTimes(1);
  });
});
