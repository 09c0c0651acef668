import { contextBridge, ipcRenderer } from 'electron';
import { callNames } from '../../shared/contract';

// Only the typed calls of the contract cross the bridge: one function per call, each on its own
// channel. The page never sees ipcRenderer or a generic invoke.
const api = Object.fromEntries(callNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(`shuke:${name}`, input)]));

contextBridge.exposeInMainWorld('shuke', Object.freeze(api));
