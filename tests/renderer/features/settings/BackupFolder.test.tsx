import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { BackupFolder } from '../../../../renderer/src/features/settings/BackupFolder';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

const status = (dir: string) => ({ ok: true, value: { lastAt: null, lastFile: null, dir, lastRestore: null } });

describe('BackupFolder', () => {
  it('in the desktop app asks main to open its folder dialog, sending no path, and says where backups now go', async () => {
    const setFolder = vi.fn(() => Promise.resolve(status('/media/usb/shuke')));
    const { client, calls } = await fakeClient({
      'backup.status': () => Promise.resolve(status('/home/lin/.config/Shuke/backups')),
      'backup.setFolder': setFolder,
    });
    renderWithApp(<BackupFolder canChoose />, client);
    await screen.findByText('/home/lin/.config/Shuke/backups');
    await userEvent.click(screen.getByRole('button', { name: '选择文件夹……' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('备份将保存到 /media/usb/shuke'));
    expect(screen.getByText('/media/usb/shuke')).toBeTruthy();
    expect(calls.filter(([name]) => name === 'backup.setFolder').map(([, input]) => input)).toEqual([{ folder: 'choose' }]);
  });

  it('says nothing when the folder dialog was cancelled', async () => {
    const same = () => Promise.resolve(status('/b'));
    const { client } = await fakeClient({ 'backup.status': same, 'backup.setFolder': same });
    renderWithApp(<BackupFolder canChoose />, client);
    await screen.findByText('/b');
    await userEvent.click(screen.getByRole('button', { name: '选择文件夹……' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText(/备份将保存到/)).toBeNull();
  });

  it('goes back to the default folder', async () => {
    const { client, calls } = await fakeClient();
    renderWithApp(<BackupFolder canChoose={false} />, client);
    await userEvent.click(await screen.findByRole('button', { name: '恢复默认' }));
    await waitFor(() =>
      expect(calls.some(([name, input]) => name === 'backup.setFolder' && JSON.stringify(input) === '{"folder":"default"}')).toBe(true),
    );
  });
});
