import fs from 'node:fs';
import path from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export function contentTypeOf(file: string): string {
  return contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** A URL path with its %-escapes decoded; null when an escape is malformed (`%E0%A4%A`). */
export function decodeUrlPath(urlPath: string): string | null {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    return null;
  }
}

/** Resolves a URL path inside the renderer folder; null for anything outside it, malformed or missing. */
export function resolveStatic(root: string, urlPath: string): string | null {
  const decoded = decodeUrlPath(urlPath);
  if (decoded === null || decoded.includes('\0')) return null;
  const full = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  if (full !== root && !full.startsWith(root + path.sep)) return null;
  try {
    return fs.statSync(full).isFile() ? full : null;
  } catch {
    return null;
  }
}

/** The page learns its language from the server's --lang without any inline script. */
export function injectLanguage(html: string, lang: string | null): string {
  if (lang === null) return html;
  return html.replace('<head>', `<head>\n    <meta name="shuke-lang" content="${lang}" />`);
}
