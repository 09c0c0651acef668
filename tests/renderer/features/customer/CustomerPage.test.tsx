import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Customer, Entry } from '../../../../shared/contract';
import { CustomerPage } from '../../../../renderer/src/features/customer/CustomerPage';
import { call } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

describe('CustomerPage', () => {
  it('after a diary save fetches only what a save can change, and shows the new line', async () => {
    const { client, app, calls } = await fakeClient();
    const c = await call<Customer>(app, 'customers.create', { name: '周芷若', gender: 'female' });
    renderWithApp(<CustomerPage customerId={c.id} currency="CNY" />, client);
    await screen.findByRole('region', { name: '周女士' });
    // The side panels ask for their own data once they mount; wait for them before counting.
    await waitFor(() => expect(calls.map(([name]) => name)).toContain('greetings.choice'));
    calls.length = 0;
    await userEvent.type(screen.getByRole('textbox', { name: '写日记' }), '想要一条藏青色围巾');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByText('想要一条藏青色围巾');
    await waitFor(() =>
      expect(calls.map(([name]) => name).sort()).toEqual([
        'entries.add',
        'entries.gifts',
        'entries.purchased',
        'entries.timeline',
        'greetings.ofCustomer',
        'recall',
      ]),
    );
  });

  it('labels a diary message that was a greeting with its occasion', async () => {
    const { client, app } = await fakeClient();
    const c = await call<Customer>(app, 'customers.create', { name: '周芷若', gender: 'female' });
    await call(app, 'entries.add', { customerId: c.id, kind: 'message', text: '问问新到的围巾' });
    const batch = await call<{ batchId: string }>(app, 'greetings.drafts', {
      occasion: { kind: 'festival', festival: 'mid_autumn', year: 2027 },
      audience: { customerIds: [c.id] },
    });
    await call(app, 'greetings.record', { batchId: batch.batchId, customerId: c.id, outcome: 'sent', text: '周女士，中秋快乐！' });
    renderWithApp(<CustomerPage customerId={c.id} currency="CNY" />, client);
    const greeting = (await screen.findByText('周女士，中秋快乐！')).closest('[data-entry]');
    expect(greeting?.textContent).toContain('问候 · 中秋节 2027');
    const plain = screen.getByText('问问新到的围巾').closest('[data-entry]');
    expect(plain?.textContent).not.toContain('问候 ·');
  });

  it('resolves a complaint from the diary, which sets its follow-up call', async () => {
    const { client, app } = await fakeClient();
    const c = await call<Customer>(app, 'customers.create', { name: '赵敏', gender: 'female' });
    const complaint = await call<Entry>(app, 'entries.add', { customerId: c.id, kind: 'complaint', text: '拉链坏了' });
    renderWithApp(<CustomerPage customerId={c.id} currency="CNY" />, client);
    const card = await screen.findByRole('region', { name: '赵女士' });
    expect(card.textContent).toContain('未解决的投诉拉链坏了');
    await userEvent.click(screen.getByRole('button', { name: '标记已解决' }));
    await userEvent.type(screen.getByLabelText('补救办法'), '免费换了拉链{Enter}');
    await waitFor(async () => {
      const [entry] = (await call<{ items: Entry[] }>(app, 'entries.timeline', { customerId: c.id })).items;
      expect(entry?.id).toBe(complaint.id);
      expect(entry?.details?.remedy).toBe('免费换了拉链');
      expect(entry?.details?.followUpOn).not.toBeNull();
    });
    await waitFor(() => expect(within(screen.getByRole('region', { name: '赵女士' })).queryByText(/未解决的投诉/)).toBeNull());
  });

  it('adds a key person and a lunar birthday for them', async () => {
    const { client, app } = await fakeClient();
    const c = await call<Customer>(app, 'customers.create', { name: '李总', gender: 'male' });
    renderWithApp(<CustomerPage customerId={c.id} currency="CNY" />, client);
    await screen.findByRole('region', { name: '李先生' });
    await userEvent.type(screen.getByLabelText('姓名'), '小宝');
    await userEvent.type(screen.getByLabelText('关系'), '儿子{Enter}');
    await within(screen.getByRole('region', { name: '身边的人' })).findByText('小宝');
    await userEvent.selectOptions(screen.getByLabelText('谁的'), '小宝');
    await userEvent.selectOptions(screen.getByLabelText('历法'), 'lunar');
    await userEvent.clear(screen.getByLabelText('月'));
    await userEvent.type(screen.getByLabelText('月'), '8');
    await userEvent.clear(screen.getByLabelText('日'));
    await userEvent.type(screen.getByLabelText('日'), '15');
    await userEvent.click(screen.getByRole('button', { name: '添加日子' }));
    const dates = await screen.findByRole('region', { name: '重要日子' });
    await waitFor(() => expect(dates.textContent).toContain('小宝 · 生日 农历八月十五'));
  });

  it('deletes a customer for good only after their name is typed', async () => {
    const { client, app } = await fakeClient();
    const c = await call<Customer>(app, 'customers.create', { name: '王五' });
    renderWithApp(<CustomerPage customerId={c.id} currency="CNY" />, client);
    await screen.findByRole('region', { name: '王五' });
    await userEvent.click(screen.getByRole('button', { name: '编辑资料' }));
    await userEvent.click(await screen.findByRole('button', { name: '彻底删除……' }));
    const confirm = screen.getByRole('button', { name: '彻底删除' });
    expect(confirm).toHaveProperty('disabled', true);
    await userEvent.type(screen.getByLabelText('输入以确认'), '王五');
    await userEvent.click(confirm);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('已删除 王五，熟客保存的备份里也都没有 TA'));
    expect(await app.dispatch('customers.get', { id: c.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('after a delete, offers to rewrite the backups that still hold them and names those it cannot read', async () => {
    const rewrites: unknown[] = [];
    const { client, app } = await fakeClient({
      'backup.forgetCustomer': (input) => {
        const { id, rewrite } = input as { id: string; rewrite: boolean };
        if (rewrite) rewrites.push(input);
        return Promise.resolve({
          ok: true,
          value: {
            id,
            backups: [
              { file: '/backups/shuke-2026-11-01.sqlite', holds: !rewrite, rewritten: rewrite },
              { file: '/backups/shuke-2026-11-02.sqlite', holds: !rewrite, rewritten: rewrite },
              { file: '/backups/old-other-key.sqlite', holds: null, rewritten: false },
              { file: '/backups/shuke-2026-10-01.sqlite', holds: false, rewritten: false },
            ],
          },
        });
      },
    });
    const c = await call<Customer>(app, 'customers.create', { name: '赵六' });
    renderWithApp(<CustomerPage customerId={c.id} currency="CNY" />, client);
    await screen.findByRole('region', { name: '赵六' });
    await userEvent.click(screen.getByRole('button', { name: '编辑资料' }));
    await userEvent.click(await screen.findByRole('button', { name: '彻底删除……' }));
    await userEvent.type(screen.getByLabelText('输入以确认'), '赵六');
    await userEvent.click(screen.getByRole('button', { name: '彻底删除' }));
    const dialog = await screen.findByRole('dialog', { name: '之前的备份里还有 赵六' });
    const holding = within(within(dialog).getByRole('list', { name: '还有 TA 的备份' })).getAllByRole('listitem');
    expect(holding.map((li) => li.textContent)).toEqual(['/backups/shuke-2026-11-01.sqlite', '/backups/shuke-2026-11-02.sqlite']);
    const unreadable = within(within(dialog).getByRole('list', { name: '打不开的副本' })).getAllByRole('listitem');
    expect(unreadable.map((li) => li.textContent)).toEqual(['/backups/old-other-key.sqlite']);
    expect(rewrites).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: '改写 2 份备份，去掉 赵六' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('已改写 2 份备份，去掉了 赵六'));
    expect(rewrites).toEqual([{ id: c.id, rewrite: true }]);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '之前的备份里还有 赵六' })).toBeNull());
  });

  it('keeps the backups as they are when the owner says so, and rewrites nothing', async () => {
    const asked: boolean[] = [];
    const { client, app } = await fakeClient({
      'backup.forgetCustomer': (input) => {
        const { id, rewrite } = input as { id: string; rewrite: boolean };
        asked.push(rewrite);
        return Promise.resolve({ ok: true, value: { id, backups: [{ file: '/b/one.sqlite', holds: true, rewritten: false }] } });
      },
    });
    const c = await call<Customer>(app, 'customers.create', { name: '孙七' });
    renderWithApp(<CustomerPage customerId={c.id} currency="CNY" />, client);
    await screen.findByRole('region', { name: '孙七' });
    await userEvent.click(screen.getByRole('button', { name: '编辑资料' }));
    await userEvent.click(await screen.findByRole('button', { name: '彻底删除……' }));
    await userEvent.type(screen.getByLabelText('输入以确认'), '孙七');
    await userEvent.click(screen.getByRole('button', { name: '彻底删除' }));
    const dialog = await screen.findByRole('dialog', { name: '之前的备份里还有 孙七' });
    expect(within(dialog).getByText(/之前做的 1 份备份里还有 孙七/)).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: '保留原样' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '之前的备份里还有 孙七' })).toBeNull());
    expect(asked).toEqual([false]);
  });
});
