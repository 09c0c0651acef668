import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SegmentsBar } from '../../../../renderer/src/features/customers/SegmentsBar';
import { call } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

describe('SegmentsBar', () => {
  it('asks beside the name for a name, when the name is only spaces', async () => {
    const { client, app } = await fakeClient();
    renderWithApp(<SegmentsBar view={{ filter: { tiers: ['vip'] }, sort: 'recent' }} onApply={() => undefined} />, client);
    await userEvent.click(screen.getByRole('button', { name: '存为分组…' }));
    const name = screen.getByLabelText('分组名称');
    await userEvent.type(name, '   {Enter}');
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(name.getAttribute('aria-describedby') ?? '')?.textContent).toBe('请给这个分组起个名字');
    expect(await call(app, 'segments.list', {})).toEqual({ items: [] });
    // Typing again takes the complaint away.
    await userEvent.type(name, 'VIP');
    expect(name.getAttribute('aria-invalid')).toBeNull();
  });
});
