import type { App, Session, WebContents } from 'electron';
import { contentSecurityPolicy } from '../security/content-security-policy';

/** True only for frames showing our own renderer (same file:// folder or app origin). */
export function isTrustedUrl(url: string, rendererRoot: string): boolean {
  try {
    const parsed = new URL(url);
    const root = new URL(rendererRoot);
    if (parsed.protocol !== root.protocol) return false;
    if (parsed.protocol === 'file:') return parsed.pathname.startsWith(root.pathname);
    return parsed.origin === root.origin;
  } catch {
    return false;
  }
}

export const denyWindowOpen = (): { action: 'deny' } => ({ action: 'deny' });

/** The app is a single page with hash routes: any real navigation is refused. */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(denyWindowOpen);
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } });
  });
  // No remote content, ever: only our own files and devtools may load.
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = details.url.startsWith('file:') || details.url.startsWith('devtools:') || details.url.startsWith('data:');
    callback({ cancel: !allowed });
  });
}

export function guardApp(app: App): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}
