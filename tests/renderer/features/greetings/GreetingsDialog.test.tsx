import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Customer, Entry } from '../../../../shared/contract';
import { GreetingsDialog } from '../../../../renderer/src/features/greetings/GreetingsDialog';
import { call } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

const occasion = { kind: 'festival', festival: 'mid_autumn', year: 2027 } as const;

function clipboard(fails = false) {
  const copied: string[] = [];
  const writeText = vi.fn(async (text: string) => {
    if (fails) throw new Error('denied');
    copied.push(text);
  });
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return copied;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('GreetingsDialog', () => {
  it('walks the batch from the keyboard: Enter copies and records, S skips; held-back customers wait with their reason', async () => {
    const copied = clipboard();
    const { client, app } = await fakeClient();
    const wang = await call<Customer>(app, 'customers.create', { name: '王丽华', gender: 'female' });
    const li = await call<Customer>(app, 'customers.create', { name: '李明', gender: 'male' });
    const zhao = await call<Customer>(app, 'customers.create', { name: '赵敏', gender: 'female' });
    await call(app, 'greetings.setChoice', { customerId: zhao.id, noMarketing: true });
    renderWithApp(
      <GreetingsDialog open occasion={occasion} audience={{ customerIds: [wang.id, li.id, zhao.id] }} onClose={() => undefined} />,
      client,
    );
    await screen.findByText(/要问候 2 位/);
    const held = screen.getByRole('region', { name: '暂缓问候' });
    expect(held.textContent).toContain('赵敏');
    expect(held.textContent).toContain('TA 说过不要营销信息');
    // Never included by hand against their own wish.
    expect(within(held).queryByRole('button', { name: '仍然问候' })).toBeNull();
    const draft = (screen.getByRole('textbox') as HTMLTextAreaElement).value;
    expect(draft).toContain('王女士');
    await userEvent.keyboard('{Enter}');
    await screen.findByText(/已发 1/);
    expect(copied).toEqual([draft]);
    await userEvent.keyboard('s');
    await screen.findByText(/跳过 1/);
    const wangDiary = await call<{ items: Entry[] }>(app, 'entries.timeline', { customerId: wang.id });
    expect(wangDiary.items.map((e) => [e.kind, e.text])).toEqual([['message', draft]]);
    const liDiary = await call<{ items: Entry[] }>(app, 'entries.timeline', { customerId: li.id });
    expect(liDiary.items).toEqual([]);
  });

  it('E edits the words, and the edited words are what is copied and written down', async () => {
    const copied = clipboard();
    const { client, app } = await fakeClient();
    const wang = await call<Customer>(app, 'customers.create', { name: '王丽华', gender: 'female' });
    renderWithApp(<GreetingsDialog open occasion={occasion} audience={{ customerIds: [wang.id] }} onClose={() => undefined} />, client);
    await screen.findByText(/要问候 1 位/);
    await userEvent.keyboard('e');
    const box = screen.getByRole('textbox');
    expect(document.activeElement).toBe(box);
    await userEvent.clear(box);
    await userEvent.type(box, '王姐，中秋快乐！');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByText(/已发 1/);
    expect(copied).toEqual(['王姐，中秋快乐！']);
    const diary = await call<{ items: Entry[] }>(app, 'entries.timeline', { customerId: wang.id });
    expect(diary.items[0]?.text).toBe('王姐，中秋快乐！');
  });

  it('when the words cannot be copied, says so and records nothing', async () => {
    clipboard(true);
    const { client, app } = await fakeClient();
    const wang = await call<Customer>(app, 'customers.create', { name: '王丽华' });
    renderWithApp(<GreetingsDialog open occasion={occasion} audience={{ customerIds: [wang.id] }} onClose={() => undefined} />, client);
    await screen.findByText(/要问候 1 位/);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('没法复制'));
    const diary = await call<{ items: Entry[] }>(app, 'entries.timeline', { customerId: wang.id });
    expect(diary.items).toEqual([]);
  });
});

describe('the SMS export', () => {
  it('hands the book the walk as it stands (edits kept, skipped left out) and says who was left out', async () => {
    clipboard();
    const { client, app } = await fakeClient();
    const wang = await call<Customer>(app, 'customers.create', { name: '王丽华', gender: 'female', phones: [{ number: '13800138821' }] });
    const li = await call<Customer>(app, 'customers.create', { name: '李明', gender: 'male', phones: [{ number: '13900001234' }] });
    const zhao = await call<Customer>(app, 'customers.create', { name: '赵敏', gender: 'female' });
    const saved: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:sms';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    renderWithApp(
      <GreetingsDialog open occasion={occasion} audience={{ customerIds: [wang.id, li.id, zhao.id] }} onClose={() => undefined} />,
      client,
    );
    await screen.findByText(/要问候 3 位/);
    await userEvent.keyboard('s');
    await screen.findByText(/跳过 1/);
    await userEvent.keyboard('e');
    const box = screen.getByRole('textbox');
    await userEvent.clear(box);
    await userEvent.type(box, '李哥，中秋快乐！');
    await userEvent.click(screen.getByRole('button', { name: /CSV/ }));
    // 王 was skipped: not in the file; 赵 has no phone: counted as left out.
    const said = await screen.findByText(/已导出 1 位客户的问候/);
    expect(said.textContent).toContain('另有 1 位');
    const csv = (await saved[0]?.text()) ?? '';
    expect(csv).toContain('李哥，中秋快乐！');
    expect(csv).toContain('"=""13900001234"""');
    expect(csv).not.toContain('王丽华');
  });
});
