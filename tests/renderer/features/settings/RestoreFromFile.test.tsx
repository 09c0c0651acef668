import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RestoreFromFile } from '../../../../renderer/src/features/settings/RestoreFromFile';
import { UndoRestoreLine } from '../../../../renderer/src/features/settings/UndoRestoreLine';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

const inspected = {
  chosen: 'c2h1a2UtY2hvc2VuLWZpbGU',
  name: 'shuke-20261121.sqlite',
  backup: {
    customers: 12,
    entries: 30,
    newestEntryAt: '2026-11-20T02:00:00.000Z',
    madeAt: '2026-11-21T10:00:00.000Z',
    appVersion: '0.1.0',
  },
  current: { customers: 14, entries: 41, newestEntryAt: '2026-11-24T08:00:00.000Z', madeAt: null, appVersion: '0.1.0' },
};

async function chooseBackup() {
  const restore = vi.fn(() =>
    Promise.resolve({
      ok: true,
      value: { restoredFrom: '/tmp/shuke-restore-x/shuke-20261121.sqlite', customers: 12, snapshot: '/b/s.sqlite' },
    }),
  );
  const inspect = vi.fn(() => Promise.resolve({ ok: true, value: inspected }));
  const { client, calls } = await fakeClient({ 'backup.restore': restore, 'backup.inspect': inspect });
  const upload = { backup: vi.fn(() => Promise.resolve({ ok: true, value: { chosen: inspected.chosen } })), keys: vi.fn() };
  renderWithApp(<RestoreFromFile upload={upload} />, client);
  await userEvent.upload(screen.getByLabelText('从备份文件恢复'), new File(['x'], 'shuke-20261121.sqlite'));
  return { restore, upload, calls, inspect };
}

describe('RestoreFromFile', () => {
  it('shows both books side by side and restores nothing until confirmed', async () => {
    const { restore, upload, inspect } = await chooseBackup();
    expect(upload.backup).toHaveBeenCalledOnce();
    expect(upload.keys).not.toHaveBeenCalled();
    await waitFor(() => expect(inspect).toHaveBeenCalledWith({ chosen: inspected.chosen }));
    const dialog = await screen.findByRole('dialog', { name: '用这个备份替换现在的客户簿吗？' });
    const backup = within(within(dialog).getByRole('region', { name: '备份' }));
    const now = within(within(dialog).getByRole('region', { name: '现在的客户簿' }));
    expect(backup.getByText('12')).toBeTruthy();
    expect(backup.getByText('30')).toBeTruthy();
    expect(now.getByText('41')).toBeTruthy();
    expect(now.getByText('正在使用')).toBeTruthy();
    expect(within(dialog).getByRole('alert').textContent).toContain('少 11 条日记');
    expect(restore).not.toHaveBeenCalled();

    await userEvent.click(within(dialog).getByRole('button', { name: '保持原样' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(restore).not.toHaveBeenCalled();
  });

  it('restores the inspected file once confirmed, naming it by its id, never by a path', async () => {
    const { restore, calls } = await chooseBackup();
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: '恢复这个备份' }));
    await waitFor(() => expect(restore).toHaveBeenCalledWith({ chosen: inspected.chosen }));
    expect(JSON.stringify(calls)).not.toMatch(/\.sqlite|\//);
  });

  it('in the desktop app has main open its file dialog, then shows the chosen backup beside the book', async () => {
    const choose = vi.fn(() => Promise.resolve({ ok: true, value: { chosen: inspected.chosen } }));
    const inspect = vi.fn(() => Promise.resolve({ ok: true, value: inspected }));
    const { client, calls } = await fakeClient({ 'backup.choose': choose, 'backup.inspect': inspect });
    renderWithApp(<RestoreFromFile upload={null} />, client);
    await userEvent.click(screen.getByRole('button', { name: '选择备份文件……' }));
    await screen.findByRole('dialog', { name: '用这个备份替换现在的客户簿吗？' });
    expect(calls.map(([name, input]) => [name, input])).toEqual([
      ['backup.choose', {}],
      ['backup.inspect', { chosen: inspected.chosen }],
    ]);
  });

  it('in the desktop app does nothing when the file dialog was cancelled', async () => {
    const inspect = vi.fn();
    const { client } = await fakeClient({
      'backup.choose': () => Promise.resolve({ ok: true, value: { chosen: null } }),
      'backup.inspect': inspect,
    });
    renderWithApp(<RestoreFromFile upload={null} />, client);
    await userEvent.click(screen.getByRole('button', { name: '选择备份文件……' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(inspect).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says plainly why a file was refused', async () => {
    const upload = {
      backup: () => Promise.resolve({ ok: true, value: { chosen: 'abc' } }),
      keys: vi.fn(),
    };
    const { client } = await fakeClient({
      'backup.inspect': () =>
        Promise.resolve({
          ok: false,
          error: { code: 'INVALID_INPUT', message: 'That file is not a Shuke book', key: 'restoreForeign', params: {} },
        }),
    });
    renderWithApp(<RestoreFromFile upload={upload} />, client);
    await userEvent.upload(screen.getByLabelText('从备份文件恢复'), new File(['x'], 'notes.sqlite'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('这个文件不是熟客的客户簿'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('RestoreFromFile, a protected backup from another book', () => {
  const refusal = (key: string) => Promise.resolve({ ok: false, error: { code: 'UNAUTHORIZED', message: key, key, params: { count: 1 } } });

  it('asks for its key file when only the backup was uploaded, then for its passcode, and restores with it', async () => {
    const inspect = vi.fn((input: unknown) => {
      const { secret } = input as { secret?: string };
      if (!keysSent) return refusal('backupKeysMissing');
      if (secret === undefined) return refusal('backupNeedsSecret');
      if (secret !== 'right-passcode') return refusal('passcodeWrong');
      return Promise.resolve({ ok: true, value: inspected });
    });
    const restore = vi.fn(() => Promise.resolve({ ok: true, value: { restoredFrom: 'x', customers: 12, snapshot: 's' } }));
    let keysSent = false;
    const upload = {
      backup: vi.fn(() => Promise.resolve({ ok: true, value: { chosen: inspected.chosen } })),
      keys: vi.fn((_file: Blob, chosen: string) => {
        keysSent = chosen === inspected.chosen;
        return Promise.resolve({ ok: true, value: {} });
      }),
    };
    const { client } = await fakeClient({ 'backup.inspect': inspect, 'backup.restore': restore });
    renderWithApp(<RestoreFromFile upload={upload} />, client);
    await userEvent.upload(screen.getByLabelText('从备份文件恢复'), new File(['x'], 'shuke-20261121.sqlite'));

    const asking = await screen.findByRole('dialog', { name: '这个备份有密码保护' });
    expect(asking.textContent).toContain('.keys.json');
    await userEvent.upload(
      within(asking).getByLabelText('它的钥匙文件（.keys.json）'),
      new File(['{}'], 'shuke-20261121.sqlite.keys.json'),
    );
    const secret = await within(asking).findByLabelText('备份的密码，或它的恢复码');
    await userEvent.type(secret, 'wrong{Enter}');
    await waitFor(() => expect(asking.textContent).toContain('不对'));
    await userEvent.clear(secret);
    await userEvent.type(secret, 'right-passcode{Enter}');
    const confirm = await screen.findByRole('dialog', { name: '用这个备份替换现在的客户簿吗？' });
    expect(restore).not.toHaveBeenCalled();
    await userEvent.click(within(confirm).getByRole('button', { name: '恢复这个备份' }));
    await waitFor(() => expect(restore).toHaveBeenCalledWith({ chosen: inspected.chosen, secret: 'right-passcode' }));
  });

  it('sends a key file chosen together with the backup right after it, and asks only for the passcode', async () => {
    const order: string[] = [];
    const upload = {
      backup: vi.fn(() => {
        order.push('backup');
        return Promise.resolve({ ok: true, value: { chosen: inspected.chosen } });
      }),
      keys: vi.fn(() => {
        order.push('keys');
        return Promise.resolve({ ok: true, value: {} });
      }),
    };
    const { client } = await fakeClient({ 'backup.inspect': () => refusal('backupNeedsSecret') });
    renderWithApp(<RestoreFromFile upload={upload} />, client);
    await userEvent.upload(screen.getByLabelText('从备份文件恢复'), [
      new File(['{}'], 'shuke-20261121.sqlite.keys.json'),
      new File(['x'], 'shuke-20261121.sqlite'),
    ]);
    const asking = await screen.findByRole('dialog', { name: '这个备份有密码保护' });
    expect(within(asking).getByLabelText('备份的密码，或它的恢复码')).toBeTruthy();
    expect(order).toEqual(['backup', 'keys']);
  });

  it('in the desktop app asks for the passcode of a protected backup it chose', async () => {
    const inspect = vi.fn((input: unknown) =>
      (input as { secret?: string }).secret === 'pass' ? Promise.resolve({ ok: true, value: inspected }) : refusal('backupNeedsSecret'),
    );
    const { client } = await fakeClient({
      'backup.choose': () => Promise.resolve({ ok: true, value: { chosen: inspected.chosen } }),
      'backup.inspect': inspect,
    });
    renderWithApp(<RestoreFromFile upload={null} />, client);
    await userEvent.click(screen.getByRole('button', { name: '选择备份文件……' }));
    const asking = await screen.findByRole('dialog', { name: '这个备份有密码保护' });
    await userEvent.type(within(asking).getByLabelText('备份的密码，或它的恢复码'), 'pass{Enter}');
    await screen.findByRole('dialog', { name: '用这个备份替换现在的客户簿吗？' });
  });
});

describe('UndoRestoreLine', () => {
  it('offers to undo the last restore, asking first', async () => {
    const undo = vi.fn(() =>
      Promise.resolve({ ok: true, value: { restoredFrom: '/b/before.sqlite', customers: 14, snapshot: '/b/u.sqlite' } }),
    );
    const status = () =>
      Promise.resolve({
        ok: true,
        value: {
          lastAt: null,
          lastFile: null,
          dir: '/b',
          lastRestore: { at: '2026-11-24T09:00:00.000Z', from: '/b/shuke-20261121.sqlite', snapshot: '/b/before.sqlite' },
        },
      });
    const { client } = await fakeClient({ 'backup.status': status, 'backup.undoRestore': undo });
    renderWithApp(<UndoRestoreLine />, client);
    const note = await screen.findByRole('note');
    expect(note.textContent).toContain('从 shuke-20261121.sqlite 恢复');
    await userEvent.click(within(note).getByRole('button', { name: '撤销这次恢复' }));
    expect(undo).not.toHaveBeenCalled();
    await userEvent.click(within(note).getByRole('button', { name: '撤销' }));
    await waitFor(() => expect(undo).toHaveBeenCalledOnce());
  });

  it('says nothing when no restore can be undone', async () => {
    const { client } = await fakeClient();
    const { container } = renderWithApp(<UndoRestoreLine />, client);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.textContent).toBe('');
  });
});
