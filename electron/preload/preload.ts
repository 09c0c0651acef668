import { contextBridge, ipcRenderer } from 'electron';
import { callNames } from '../../shared/contract';
import { LOCKED_CHANNEL } from '../main/lock-on-sleep';

// Only the typed calls of the contract cross the bridge: one function per call, each on its own
// channel. The page never sees ipcRenderer or a generic invoke.
const api = Object.fromEntries(callNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(`shuke:${name}`, input)]));

contextBridge.exposeInMainWorld('shuke', Object.freeze(api));

// When main locks the book (the OS slept, or the book's own idle lock), the page hears it as a plain
// DOM event carrying nothing; it then asks the book itself, so a forged event can only cause a question.
const page: typeof globalThis & { dispatchEvent?(event: Event): boolean } = globalThis;
ipcRenderer.on(LOCKED_CHANNEL, () => page.dispatchEvent?.(new Event('shuke:locked')));
