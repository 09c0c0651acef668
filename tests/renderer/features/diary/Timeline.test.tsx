import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Customer, Entry } from '../../../../shared/contract';
import { CustomerPage } from '../../../../renderer/src/features/customer/CustomerPage';
import { Timeline } from '../../../../renderer/src/features/diary/Timeline';
import { call } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

/** Elements Tab can reach inside a container. */
function tabStops(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('a[href], button, input, textarea, select, [tabindex]')].filter(
    (el) => el.tabIndex >= 0 && !el.hasAttribute('disabled'),
  );
}

/**
 * The page puts the focus in the diary box once it has opened; wait for that before walking the
 * timeline, so the opening focus cannot land after the test has moved it (a race on a busy machine).
 */
async function diaryBoxFocused(): Promise<void> {
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: '写日记' })));
}

describe('the diary on a customer’s page', () => {
  it('is one Tab stop however long it is; arrows walk it, E corrects an entry, the old version stays readable', async () => {
    const { client, app } = await fakeClient();
    const c = await call<Customer>(app, 'customers.create', { name: '王梓萱', gender: 'female' });
    for (const [i, text] of ['第一次来', '试了大衣', '买了围巾'].entries())
      await call<Entry>(app, 'entries.add', { customerId: c.id, kind: 'note', text, occurredAt: `2026-11-2${i}T04:00:00Z` });
    renderWithApp(<CustomerPage customerId={c.id} currency="CNY" />, client);
    await screen.findByText('买了围巾');
    await diaryBoxFocused();
    const timeline = document.querySelector<HTMLElement>('.timeline');
    if (timeline === null) throw new Error('no timeline');
    expect(tabStops(timeline)).toHaveLength(1);

    const entries = within(timeline).getAllByRole('article');
    entries[0]?.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(entries[1]);
    await userEvent.keyboard('e');
    const box = screen.getByRole('textbox', { name: '发生了什么' });
    expect(box).toHaveProperty('value', '试了大衣');
    await userEvent.clear(box);
    await userEvent.type(box, '试了驼色大衣，想等打折');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByText('试了驼色大衣，想等打折');
    expect(screen.getByRole('status').textContent).toContain('已修改');
    await waitFor(() => expect(document.activeElement?.textContent).toContain('试了驼色大衣'));

    await userEvent.click(screen.getByRole('button', { name: /改过/ }));
    const earlier = await screen.findByRole('list', { name: '原来的内容' });
    expect(earlier.textContent).toContain('试了大衣');
    expect(tabStops(timeline)).toHaveLength(1);
  });

  it('moves the entry in focus to the trash with Delete and gives the focus to the next', async () => {
    const { client, app } = await fakeClient();
    const c = await call<Customer>(app, 'customers.create', { name: '李娜' });
    for (const [i, text] of ['一', '二', '三'].entries())
      await call<Entry>(app, 'entries.add', { customerId: c.id, kind: 'note', text, occurredAt: `2026-11-2${i}T04:00:00Z` });
    renderWithApp(<CustomerPage customerId={c.id} currency="CNY" />, client);
    await screen.findByText('三');
    await diaryBoxFocused();
    const timeline = document.querySelector<HTMLElement>('.timeline');
    within(timeline ?? document.body)
      .getAllByRole('article')[0]
      ?.focus();
    await userEvent.keyboard('{Delete}');
    await waitFor(() => expect(screen.queryByText('三')).toBeNull());
    expect(screen.getByRole('status').textContent).toContain('已移到回收站');
    await waitFor(() => expect(document.activeElement?.textContent).toContain('二'));
  });

  it('walks with Home and End, resolves an open complaint with R, cancels with Escape, and hands the focus back after Delete or a cancelled edit', async () => {
    const { client, app } = await fakeClient();
    const c = await call<Customer>(app, 'customers.create', { name: '赵敏' });
    const complaint = await call<Entry>(app, 'entries.add', {
      customerId: c.id,
      kind: 'complaint',
      text: '拉链坏了',
      occurredAt: '2026-11-22T04:00:00Z',
    });
    const note = await call<Entry>(app, 'entries.add', {
      customerId: c.id,
      kind: 'note',
      text: '试了大衣',
      occurredAt: '2026-11-21T04:00:00Z',
    });
    const last = await call<Entry>(app, 'entries.add', {
      customerId: c.id,
      kind: 'note',
      text: '第一次来',
      occurredAt: '2026-11-20T04:00:00Z',
    });
    const onDelete = vi.fn();
    const onResolve = vi.fn();
    const onEdit = vi.fn(() => Promise.resolve(true));
    renderWithApp(
      <Timeline
        entries={[complaint, note, last]}
        hasMore={false}
        currency="CNY"
        onMore={() => {}}
        onDelete={onDelete}
        onEdit={onEdit}
        onResolve={onResolve}
      />,
      client,
    );
    const entries = screen.getAllByRole('article');
    expect(entries.map((e) => e.tabIndex)).toEqual([0, -1, -1]);
    entries[0]?.focus();
    await userEvent.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(entries[0]);
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(entries[2]);
    expect(entries.map((e) => e.tabIndex)).toEqual([-1, -1, 0]);
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    expect(document.activeElement).toBe(entries[2]);
    await userEvent.keyboard('r');
    expect(screen.queryByRole('textbox', { name: '补救办法' })).toBeNull();
    await userEvent.keyboard('{Home}');
    expect(document.activeElement).toBe(entries[0]);

    await userEvent.keyboard('r');
    const remedy = await screen.findByRole('textbox', { name: '补救办法' });
    expect(document.activeElement).toBe(remedy);
    expect(screen.queryByRole('button', { name: '标记已解决' })).toBeNull();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: '补救办法' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '标记已解决' }));
    await userEvent.type(screen.getByRole('textbox', { name: '补救办法' }), '换了拉链{Enter}');
    expect(onResolve).toHaveBeenCalledWith(complaint, '换了拉链', expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/));
    expect(screen.queryByRole('textbox', { name: '补救办法' })).toBeNull();

    entries[1]?.focus();
    await userEvent.keyboard('e');
    await userEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(document.activeElement).toBe(entries[1]);
    expect(onEdit).not.toHaveBeenCalled();

    entries[2]?.focus();
    await userEvent.keyboard('{Backspace}');
    expect(onDelete).toHaveBeenCalledWith(last);
    expect(document.activeElement).toBe(entries[1]);
  });
});
