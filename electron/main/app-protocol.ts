import fs from 'node:fs';
import type { CustomScheme } from 'electron';
import { contentSecurityPolicy } from '../security/content-security-policy';
import { contentTypeOf, resolveStatic } from '../web/static-files';

/**
 * The renderer is served from app://shuke/ rather than file://: a page on file:// may read other
 * files, and with Electron's GrantFileProtocolExtraPrivileges fuse off it should not be used at all.
 */
export const appScheme = 'app';
export const appHost = 'shuke';
export const rendererRoot = `${appScheme}://${appHost}/`;

/** The page's address, at a hash route if given (`/today`). */
export function rendererUrl(route?: string): string {
  return `${rendererRoot}index.html${route === undefined ? '' : `#${route}`}`;
}

/**
 * Registered before the app is ready. Standard and secure give the page a real origin and a secure
 * context, as https would; nothing here lets it step around the CSP, register service workers or be
 * fetched by other origins.
 */
export const privilegedSchemes: CustomScheme[] = [
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
];

/** The file inside the renderer folder an app:// address names; null for another host, a way out or a missing file. */
export function appFileFor(rendererDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.host !== appHost) return null;
  return resolveStatic(rendererDir, parsed.pathname === '/' ? '/index.html' : parsed.pathname);
}

/** The answer to one app:// request: the file with its type and the app's CSP, or 404. */
export function appResponse(rendererDir: string, url: string): Response {
  const headers = { 'Content-Security-Policy': contentSecurityPolicy, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
  const file = appFileFor(rendererDir, url);
  if (file === null)
    return new Response('Not found', { status: 404, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(fs.readFileSync(file), { headers: { ...headers, 'Content-Type': contentTypeOf(file) } });
}
