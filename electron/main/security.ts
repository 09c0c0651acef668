import type { App, Session, WebContents } from 'electron';
import { contentSecurityPolicy } from '../security/content-security-policy';
import { appScheme } from './app-protocol';

/**
 * True only for frames showing our own renderer: the same scheme and host as its root
 * (app://shuke/). Nothing on file:// is trusted: the app never loads from there.
 */
export function isTrustedUrl(url: string, rendererRoot: string): boolean {
  try {
    const parsed = new URL(url);
    const root = new URL(rendererRoot);
    if (parsed.protocol === 'file:' || parsed.protocol !== root.protocol) return false;
    return root.host !== '' && parsed.host === root.host;
  } catch {
    return false;
  }
}

export const denyWindowOpen = (): { action: 'deny' } => ({ action: 'deny' });

/** The app is a single page with hash routes: any real navigation, redirect or webview is refused. */
export function refuse(event: { preventDefault(): void }): void {
  event.preventDefault();
}

/**
 * What the guard needs of a WebContents (a real one passes; tests pass a stand-in). One overload per
 * event, as Electron declares them: a single signature taking the union would not fit a WebContents.
 */
/* eslint-disable @typescript-eslint/unified-signatures */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: { preventDefault(): void }) => void): unknown;
  on(event: 'will-redirect', listener: (event: { preventDefault(): void }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler: WebContents['setWindowOpenHandler'];
}
/* eslint-enable @typescript-eslint/unified-signatures */

export function guardWebContents(contents: GuardedContents): void {
  contents.on('will-navigate', refuse);
  contents.on('will-redirect', refuse);
  contents.on('will-attach-webview', refuse);
  contents.setWindowOpenHandler(denyWindowOpen);
}

/** No camera, microphone, notifications, location or anything else a page may ask for. */
export function denyPermission(_contents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

export const denyPermissionCheck = (): boolean => false;

/** No remote content, ever: only our own app:// files, inline data images and devtools may load. */
export function mayLoad(url: string): boolean {
  return url.startsWith(`${appScheme}://`) || url.startsWith('devtools:') || url.startsWith('data:');
}

/** What hardening needs of a session (a real one passes; tests pass a stand-in). */
export type GuardedSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived' | 'onBeforeRequest'>;
};

export function hardenSession(session: GuardedSession): void {
  session.setPermissionRequestHandler(denyPermission);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } });
  });
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !mayLoad(details.url) }));
}

export function guardApp(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}
