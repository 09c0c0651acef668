import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Customer } from '../../../../shared/contract';
import { GreetListButton } from '../../../../renderer/src/features/greetings/GreetListButton';
import { call } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

describe('GreetListButton', () => {
  it('greets the customers the list shows now, for the occasion chosen', async () => {
    const { client, app, calls } = await fakeClient();
    await call<Customer>(app, 'customers.create', { name: '王丽华', gender: 'female', tags: ['vip'] });
    await call<Customer>(app, 'customers.create', { name: '李明', gender: 'male' });
    renderWithApp(<GreetListButton filter={{ tag: 'vip' }} count={1} />, client);
    await userEvent.click(screen.getByRole('button', { name: '问候这批客户' }));
    await userEvent.click(await screen.findByRole('button', { name: '写一条“好久不见”的问候' }));
    await screen.findByText(/要问候 1 位/);
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toContain('王女士');
    expect(calls.find(([name]) => name === 'greetings.drafts')?.[1]).toEqual({
      occasion: { kind: 'win_back' },
      audience: { filter: { tag: 'vip' } },
    });
  });
});
