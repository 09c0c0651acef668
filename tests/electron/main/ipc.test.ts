import { describe, expect, it } from 'vitest';
import type { IpcMain } from 'electron';
import { callNames } from '../../../shared/contract';
import { channelFor, handleIpcCall, registerIpc } from '../../../electron/main/ipc';
import type { Dispatcher } from '../../../electron/api/dispatcher';
import { rendererRoot, rendererUrl } from '../../../electron/main/app-protocol';
import { isTrustedUrl } from '../../../electron/main/security';

const dispatch: Dispatcher = (name, input) => Promise.resolve({ ok: true, value: { name, input } });

describe('IPC wiring', () => {
  it('refuses calls from frames that are not ours before the dispatcher sees them', async () => {
    const trusted = (url: string) => isTrustedUrl(url, rendererRoot);
    expect(await handleIpcCall(dispatch, 'recall', 'https://evil.example/', trusted, {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    expect(await handleIpcCall(dispatch, 'recall', undefined, trusted, {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(await handleIpcCall(dispatch, 'recall', 'file:///app/index.html', trusted, {})).toMatchObject({ ok: false });
    expect(await handleIpcCall(dispatch, 'recall', rendererUrl('/today'), trusted, { a: 1 })).toEqual({
      ok: true,
      value: { name: 'recall', input: { a: 1 } },
    });
  });

  it('registers exactly one channel per contract call', () => {
    const channels: string[] = [];
    const fake = { handle: (channel: string) => channels.push(channel) } as Pick<IpcMain, 'handle'>;
    registerIpc(fake as IpcMain, dispatch, () => true);
    expect(channels.sort()).toEqual(callNames.map(channelFor).sort());
  });
});
