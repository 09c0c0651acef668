import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { callNames } from '../../shared/contract';
import type { Result } from '../../shared/domain/result';
import type { Dispatcher } from '../api/dispatcher';

export const channelPrefix = 'shuke:';

export function channelFor(name: string): string {
  return `${channelPrefix}${name}`;
}

/**
 * One IPC handler per contract call. The sender is checked before the dispatcher sees the call,
 * and the dispatcher checks the input before any handler runs.
 */
export async function handleIpcCall(
  dispatch: Dispatcher,
  name: string,
  senderUrl: string | undefined,
  isTrusted: (url: string) => boolean,
  input: unknown,
): Promise<Result<unknown>> {
  if (senderUrl === undefined || !isTrusted(senderUrl)) {
    return { ok: false, error: { code: 'UNAUTHORIZED', message: 'This window may not use the customer book.' } };
  }
  return dispatch(name, input);
}

export function registerIpc(ipcMain: IpcMain, dispatch: Dispatcher, isTrusted: (url: string) => boolean): void {
  for (const name of callNames) {
    ipcMain.handle(channelFor(name), (event: IpcMainInvokeEvent, input: unknown) =>
      handleIpcCall(dispatch, name, event.senderFrame?.url, isTrusted, input),
    );
  }
}
