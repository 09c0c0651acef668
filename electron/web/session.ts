import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { bearerToken, tokensMatch } from './request-guard';

/**
 * The page's key to browser mode. The address Shuke prints carries it once; the first load trades
 * it for an HttpOnly, SameSite=Strict cookie and drops it from the address bar, so a bookmark of
 * the page keeps working. The key is kept beside the book (readable only by its owner), so it
 * survives a restart: with the same --port, the bookmark opens the book again.
 */
export function bookToken(dataDir: string): string {
  const file = path.join(dataDir, 'browser-token');
  try {
    const kept = fs.readFileSync(file, 'utf8').trim();
    if (/^[A-Za-z0-9_-]{32,}$/.test(kept)) return kept;
  } catch {
    // none yet
  }
  const token = randomBytes(24).toString('base64url');
  fs.writeFileSync(file, `${token}\n`, { mode: 0o600 });
  return token;
}

/** The port this book was last served on (0: none), tried first so bookmarks keep working. */
export function keptPort(dataDir: string): number {
  try {
    const port = Number(fs.readFileSync(path.join(dataDir, 'browser-port'), 'utf8').trim());
    return Number.isInteger(port) && port > 1024 && port < 65536 ? port : 0;
  } catch {
    return 0;
  }
}

export function keepPort(dataDir: string, port: number): void {
  try {
    fs.writeFileSync(path.join(dataDir, 'browser-port'), `${port}\n`);
  } catch (error) {
    console.error('[shuke] could not remember the port', error);
  }
}

/** One cookie per port: two books served side by side on one machine do not share a key. */
export const cookieName = (port: number) => `shuke-${port}`;

export function sessionCookie(port: number, token: string): string {
  return `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=31536000`;
}

function cookieToken(headers: IncomingHttpHeaders, port: number): string | null {
  const name = cookieName(port);
  for (const part of (headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

/** Whether a request carries the key: as a bearer token (scripts, tests) or the page's cookie. */
export function hasKey(headers: IncomingHttpHeaders, port: number, token: string): boolean {
  return tokensMatch(bearerToken(headers), token) || tokensMatch(cookieToken(headers, port), token);
}

const closedDoor = {
  'zh-CN': {
    title: '熟客：请从熟客给出的地址打开',
    body: '这个页面需要熟客启动时给出的地址（带有 token）才能打开。请看启动熟客（npm run web）的窗口里打印的“Open http://127.0.0.1:…/?token=…”，用它打开一次；之后收藏这个页面就可以直接打开了。',
  },
  'zh-TW': {
    title: '熟客：請從熟客給出的網址開啟',
    body: '這個頁面需要熟客啟動時給出的網址（帶有 token）才能開啟。請看啟動熟客（npm run web）的視窗裡印出的「Open http://127.0.0.1:…/?token=…」，用它開啟一次；之後把這個頁面加入書籤就可以直接開啟了。',
  },
  en: {
    title: 'Shuke: open it from the address Shuke printed',
    body: 'This page opens from the address Shuke prints when it starts (it carries a token). Look in the window where Shuke runs (npm run web) for “Open http://127.0.0.1:…/?token=…” and open that once; after that, a bookmark of this page opens it directly.',
  },
} as const;

/** The page shown without the key, in the book's language or else the browser's. */
export function closedDoorPage(lang: string | null, acceptLanguage: string | undefined): string {
  const wanted = lang ?? acceptLanguage ?? '';
  const key = /zh-(tw|hk|mo|hant)/i.test(wanted) ? 'zh-TW' : /^zh|,\s*zh/i.test(wanted) ? 'zh-CN' : 'en';
  const words = closedDoor[key];
  return `<!doctype html><html lang="${key}"><head><meta charset="utf-8"><title>${words.title}</title></head><body style="font-family:sans-serif;max-width:40em;margin:4em auto;line-height:1.6"><h1>${words.title}</h1><p>${words.body}</p></body></html>`;
}
