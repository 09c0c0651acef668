import { createContext, useContext } from 'react';
import { type CallName, type ShukeClient, type Transport } from '../../shared/contract';
import { createClient } from '../../shared/contract/client';
import type { ExportFormat } from '../../shared/domain/export-formats';
import type { UiLocale } from '../../shared/domain/salutation';

/** What the Electron preload exposes: one function per contract call, nothing else. */
type Bridge = Partial<Record<CallName, (input: unknown) => Promise<unknown>>>;

declare global {
  interface Window {
    shuke?: Bridge;
  }
}

function bridgeTransport(bridge: Bridge): Transport {
  return (name, input) => {
    const fn = bridge[name];
    if (fn === undefined) return Promise.reject(new Error(`the app does not offer ${name}`));
    return fn(input);
  };
}

/**
 * Browser mode: the token Shuke printed, if the address still carries one. Normally the server has
 * traded it for an HttpOnly cookie that every same-site request carries, and it is gone from here.
 */
function pageToken(): string {
  return new URLSearchParams(window.location.search).get('token') ?? '';
}

const keyHeaders = (token: string): Record<string, string> => (token === '' ? {} : { Authorization: `Bearer ${token}` });

/** Browser mode: the same contract over HTTP, with the per-run token from the page address. */
export function httpTransport(token: string, fetcher: typeof fetch = fetch): Transport {
  return async (name, input) => {
    const response = await fetcher(`/api/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...keyHeaders(token) },
      body: JSON.stringify(input ?? {}),
    });
    return response.json();
  };
}

export function createAppClient(): ShukeClient {
  if (window.shuke !== undefined) return createClient(bridgeTransport(window.shuke));
  const token = pageToken();
  return createClient(httpTransport(token));
}

/** In the desktop app, whose main process opens the file and folder dialogs (browser mode uploads instead). */
export function isDesktop(): boolean {
  return window.shuke !== undefined;
}

/** Browser mode's uploads for a restore: a backup (answered with its chosen-file id), then a protected backup's key file. */
export interface RestoreUploader {
  backup(file: Blob, name?: string): Promise<unknown>;
  keys(file: Blob, chosen: string): Promise<unknown>;
}

/**
 * Browser mode cannot hand the app a file path, so a backup to restore is uploaded; the desktop
 * app chooses it in its own file dialog instead (backup.choose). Null when this page cannot upload.
 */
export function restoreUploader(): RestoreUploader | null {
  if (window.shuke !== undefined) return null;
  const token = pageToken();
  const send = async (address: string, file: Blob) =>
    (await fetch(address, { method: 'POST', headers: keyHeaders(token), body: file })).json() as Promise<unknown>;
  return {
    backup: (file, name) => send(`/upload/restore${name === undefined ? '' : `?name=${encodeURIComponent(name)}`}`, file),
    keys: (file, chosen) => send(`/upload/restore-keys?chosen=${encodeURIComponent(chosen)}`, file),
  };
}

/** Browser mode: the address that downloads an export of the book in a language (null in the desktop app). */
export function exportLink(format: ExportFormat, lang: UiLocale): string | null {
  if (window.shuke !== undefined) return null;
  const token = pageToken();
  return `/download/export?format=${format}&lang=${lang}${token === '' ? '' : `&token=${encodeURIComponent(token)}`}`;
}

export const ApiContext = createContext<ShukeClient | null>(null);

export function useApi(): ShukeClient {
  const client = useContext(ApiContext);
  if (client === null) throw new Error('useApi must be used inside <ApiContext.Provider>');
  return client;
}
