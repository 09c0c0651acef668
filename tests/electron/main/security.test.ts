import { describe, expect, it } from 'vitest';
import {
  denyPermission,
  denyPermissionCheck,
  denyWindowOpen,
  guardApp,
  guardWebContents,
  hardenSession,
  isTrustedUrl,
  mayLoad,
  type GuardedContents,
  type GuardedSession,
} from '../../../electron/main/security';
import { rendererRoot, rendererUrl } from '../../../electron/main/app-protocol';
import { contentSecurityPolicy } from '../../../electron/security/content-security-policy';

type Listener = (event: { preventDefault(): void }) => void;

/** A stand-in WebContents that records what the guard attached. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: unknown;
  const contents: GuardedContents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
    },
    setWindowOpenHandler(handler) {
      openHandler = handler;
    },
  };
  return { contents, listeners, openHandler: () => openHandler };
}

/** Fires a recorded listener and says whether it refused (prevented) the event. */
function refused(listener: Listener | undefined): boolean {
  let prevented = false;
  listener?.({ preventDefault: () => (prevented = true) });
  return prevented;
}

describe('security (Electron’s security checklist)', () => {
  it('trusts IPC only from frames showing our own renderer on app://shuke', () => {
    expect(isTrustedUrl(rendererUrl('/customers/x'), rendererRoot)).toBe(true);
    expect(isTrustedUrl('app://shuke/', rendererRoot)).toBe(true);
    expect(isTrustedUrl('app://evil/index.html', rendererRoot)).toBe(false);
    expect(isTrustedUrl('app://shuke.evil/index.html', rendererRoot)).toBe(false);
    expect(isTrustedUrl('file:///opt/Shuke/resources/app.asar/dist/renderer/index.html', rendererRoot)).toBe(false);
    expect(isTrustedUrl('file:///home/user/Downloads/evil.html', 'file:///home/user/')).toBe(false);
    expect(isTrustedUrl('https://example.com/', rendererRoot)).toBe(false);
    expect(isTrustedUrl('not a url', rendererRoot)).toBe(false);
    expect(isTrustedUrl('http://127.0.0.1:5000/', 'http://127.0.0.1:5000/')).toBe(true);
    expect(isTrustedUrl('http://127.0.0.1:5001/', 'http://127.0.0.1:5000/')).toBe(false);
  });

  it('refuses every navigation, redirect and webview, and opens no new windows', () => {
    const fake = fakeContents();
    guardWebContents(fake.contents);
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview'])
      expect(refused(fake.listeners.get(event)), event).toBe(true);
    expect(fake.openHandler()).toBe(denyWindowOpen);
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
  });

  it('guards every web contents the app creates', () => {
    let created: ((event: unknown, contents: GuardedContents) => void) | undefined;
    guardApp({
      on(event: string, listener: (event: unknown, contents: GuardedContents) => void) {
        if (event === 'web-contents-created') created = listener;
        return this;
      },
    } as Parameters<typeof guardApp>[0]);
    const fake = fakeContents();
    created?.({}, fake.contents);
    expect(refused(fake.listeners.get('will-navigate'))).toBe(true);
  });

  it('denies every permission request and check, loads nothing remote and sends the CSP with every response', () => {
    const handlers: { request?: unknown; check?: unknown; headers?: unknown; before?: unknown } = {};
    const session: GuardedSession = {
      setPermissionRequestHandler: (handler) => void (handlers.request = handler),
      setPermissionCheckHandler: (handler) => void (handlers.check = handler),
      webRequest: {
        onHeadersReceived: (...args: unknown[]) => void (handlers.headers = args[0]),
        onBeforeRequest: (...args: unknown[]) => void (handlers.before = args[0]),
      },
    };
    hardenSession(session);
    expect(handlers.request).toBe(denyPermission);
    expect(handlers.check).toBe(denyPermissionCheck);

    for (const permission of ['media', 'notifications', 'geolocation', 'openExternal', 'clipboard-read']) {
      let granted: boolean | undefined;
      denyPermission(null, permission, (answer) => (granted = answer));
      expect(granted, permission).toBe(false);
    }
    expect(denyPermissionCheck()).toBe(false);

    const before = handlers.before as (details: { url: string }, callback: (r: { cancel: boolean }) => void) => void;
    const cancelled = (url: string) => {
      let cancel: boolean | undefined;
      before({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(cancelled('https://cdn.example.com/x.js')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('http://127.0.0.1:8080/')).toBe(true);
    expect(cancelled(rendererUrl())).toBe(false);
    expect(mayLoad('data:image/png;base64,AA')).toBe(true);

    const headers = handlers.headers as (
      details: { responseHeaders?: Record<string, string[]> },
      callback: (r: { responseHeaders?: Record<string, string[]> }) => void,
    ) => void;
    let sent: Record<string, string[]> | undefined;
    headers({ responseHeaders: { 'Content-Type': ['text/html'] } }, (r) => (sent = r.responseHeaders));
    expect(sent).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [contentSecurityPolicy] });
  });
});
