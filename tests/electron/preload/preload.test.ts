import { beforeAll, describe, expect, it, vi } from 'vitest';
import { callNames } from '../../../shared/contract';
import { channelFor } from '../../../electron/main/ipc';
import { LOCKED_CHANNEL } from '../../../electron/main/lock-on-sleep';

const exposed = new Map<string, unknown>();
const invoked: unknown[][] = [];
const listening: string[] = [];
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => (invoked.push(args), Promise.resolve('answer')),
    on: (channel: string) => void listening.push(channel),
  },
}));

beforeAll(async () => {
  await import('../../../electron/preload/preload');
});

describe('preload', () => {
  it('exposes one frozen object of the contract’s calls and nothing of Electron', () => {
    expect([...exposed.keys()]).toEqual(['shuke']);
    const api = exposed.get('shuke');
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api ?? {}).sort()).toEqual([...callNames].sort());
  });

  it('sends each call on its own channel, the one main listens on', async () => {
    const api = exposed.get('shuke');
    const recall: unknown = typeof api === 'object' && api !== null && 'recall' in api ? api.recall : undefined;
    expect(typeof recall).toBe('function');
    if (typeof recall !== 'function') return;
    expect(await recall({ customerId: 'x' })).toBe('answer');
    expect(invoked).toEqual([[channelFor('recall'), { customerId: 'x' }]]);
  });

  it('listens to main on one channel only: the book was locked (the page then asks the book itself)', () => {
    expect(listening).toEqual([LOCKED_CHANNEL]);
  });
});
