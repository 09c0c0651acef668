import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream';
import type { Dispatcher } from '../api/dispatcher';
import type { ErrorCode, Result } from '../../shared/domain/result';
import { contentSecurityPolicy } from '../security/content-security-policy';
import { apiListing } from './api-listing';
import { hostIsAllowed, originIsAllowed, tokensMatch } from './request-guard';
import { closedDoorPage, hasKey, sessionCookie } from './session';
import { contentTypeOf, decodeUrlPath, injectLanguage, resolveStatic } from './static-files';
import { errorText } from '../../shared/error-text';

export interface WebServerOptions {
  dispatch: Dispatcher;
  /**
   * Uploads for a restore (browser mode cannot hand the app a file path). `backup` is given the
   * uploaded file and the name it had on the person's computer, if the page said; `keys` the key
   * file of a protected backup and the `chosen` id its backup's upload was answered with.
   */
  restoreUpload?: {
    backup(file: string, name: string | null): Promise<Result<unknown>>;
    keys(file: string, chosen: string | null): Promise<Result<unknown>>;
  };
  /** Exports of the book for download: what a format's file is called, and writing it. */
  exports?: {
    describe(format: string): { fileName: string; contentType: string } | null;
    /** `lang` is the page's language as the link says it (the export's headers and words), if it does. */
    write(format: string, file: string, lang: string | null): Promise<void>;
  };
  rendererDir: string;
  token: string;
  lang: string | null;
  /** Where uploads and exports wait while they stream; the system's temporary folder unless given. */
  tempDir?: string;
  /** What one request may send; the defaults fit a real book (tests make them small). */
  limits?: { bodyBytes?: number; uploadBytes?: number };
}

// Large enough for a spreadsheet of 100,000 customers sent as text.
const maxBodyBytes = 80 * 1024 * 1024;
const maxUploadBytes = 4 * 1024 * 1024 * 1024;
// How long a refused request's remaining body is still read (and dropped) after the refusal.
const lingerMs = 2000;

const statusFor: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  UNKNOWN_CALL: 404,
  NOT_FOUND: 404,
  CONFLICT: 409,
  BOOK_TOO_NEW: 409,
  UNAUTHORIZED: 401,
  // The book is locked: the page shows its unlock screen.
  LOCKED: 423,
  INTERNAL: 500,
};

const baseHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...baseHeaders, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

function sendResult(res: http.ServerResponse, result: Result<unknown>): void {
  const status = result.ok ? 200 : statusFor[result.error.code];
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(result));
}

function refuse(res: http.ServerResponse, code: ErrorCode, message: string, status = statusFor[code]): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify({ ok: false, error: { code, message } }));
}

/** The client went away mid-request: there is nobody left to answer. */
class ClientGone extends Error {}

function sizeText(bytes: number): string {
  const gb = 1024 * 1024 * 1024;
  const mb = 1024 * 1024;
  if (bytes >= gb) return `${Math.round(bytes / gb)} GB`;
  if (bytes >= mb) return `${Math.round(bytes / mb)} MB`;
  return `${bytes} bytes`;
}

function announcedTooLarge(req: http.IncomingMessage, limit: number): boolean {
  const announced = Number(req.headers['content-length'] ?? '0');
  return Number.isFinite(announced) && announced > limit;
}

/**
 * Refuses a body that is too large so that the client can read why: the 413 is written first,
 * the rest of the body is read and dropped for a moment (closing on a client still sending
 * makes its side reset, which can swallow the answer), and then the connection is closed.
 */
function refuseTooLarge(req: http.IncomingMessage, res: http.ServerResponse, message: string): void {
  res.once('finish', () => {
    if (req.complete) return;
    const timer = setTimeout(() => req.socket.destroy(), lingerMs);
    timer.unref();
    req.once('end', () => clearTimeout(timer));
  });
  req.resume();
  refuse(res, 'INVALID_INPUT', message, 413);
}

/** A request that failed: logged and answered, unless the client is gone. */
function answerFailure(res: http.ServerResponse, error: unknown, message: string): void {
  if (error instanceof ClientGone) return;
  console.error('[shuke] web request failed', error);
  if (!res.headersSent) refuse(res, 'INTERNAL', message);
  else res.destroy();
}

/**
 * Streams an uploaded file to a private folder under tempRoot; null when it is larger than
 * limit. The folder is removed whenever the upload does not arrive whole (too large, cut off,
 * a write error); once it has, the caller removes it.
 */
function receiveUpload(req: http.IncomingMessage, tempRoot: string, limit: number): Promise<string | null> {
  if (announcedTooLarge(req, limit)) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const dir = fs.mkdtempSync(path.join(tempRoot, 'shuke-upload-'));
    const file = path.join(dir, 'upload.sqlite');
    const out = fs.createWriteStream(file, { mode: 0o600 });
    let size = 0;
    let state: 'receiving' | 'writing' | 'done' = 'receiving';
    const abandon = (settle: () => void) => {
      if (state === 'done') return;
      state = 'done';
      const removeDir = () => fs.rm(dir, { recursive: true, force: true }, () => undefined);
      if (out.closed) removeDir();
      else {
        out.once('close', removeDir);
        out.destroy();
      }
      settle();
    };
    out.on('error', (error) => abandon(() => reject(error)));
    req.on('data', (chunk: Buffer) => {
      if (state !== 'receiving') return;
      size += chunk.length;
      if (size > limit) return abandon(() => resolve(null));
      if (!out.write(chunk)) {
        req.pause();
        out.once('drain', () => req.resume());
      }
    });
    req.on('end', () => {
      if (state !== 'receiving') return;
      state = 'writing';
      out.once('finish', () => {
        if (state !== 'writing') return;
        state = 'done';
        resolve(file);
      });
      out.end();
    });
    req.on('error', (error) => abandon(() => reject(new ClientGone(error.message))));
    req.on('close', () => {
      if (!req.complete) abandon(() => reject(new ClientGone('The upload was cut off.')));
    });
  });
}

/** The body as text; null when it is larger than limit. */
function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  if (announcedTooLarge(req, limit)) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        settled = true;
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', (error) => reject(new ClientGone(error.message)));
    req.on('close', () => {
      if (!req.complete) reject(new ClientGone('The request was cut off.'));
    });
  });
}

async function handleApiCall(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  name: string,
  dispatch: Dispatcher,
  limit: number,
): Promise<void> {
  const body = await readBody(req, limit);
  if (body === null) return refuseTooLarge(req, res, `The request is larger than ${sizeText(limit)}.`);
  let input: unknown;
  try {
    input = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    return refuse(res, 'INVALID_INPUT', 'The request body is not valid JSON.');
  }
  sendResult(res, await dispatch(name, input));
}

/** What every route of one server shares: its options, with the defaults filled in. */
interface Served {
  options: WebServerOptions;
  rendererDir: string;
  tempRoot: string;
  bodyLimit: number;
  uploadLimit: number;
}

/** One request that passed the host and origin checks, with its address parsed. */
interface Asked {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  url: URL;
  port: number;
}

/**
 * Browser mode: the built renderer and the contract over HTTP, for this machine's own browser only.
 * Whatever a request holds, it gets an answer and the server keeps serving: nothing a request
 * can send throws out of the handler.
 */
export function createWebServer(options: WebServerOptions): http.Server {
  const served: Served = {
    options,
    rendererDir: path.resolve(options.rendererDir),
    tempRoot: options.tempDir ?? os.tmpdir(),
    bodyLimit: options.limits?.bodyBytes ?? maxBodyBytes,
    uploadLimit: options.limits?.uploadBytes ?? maxUploadBytes,
  };

  const handle = (req: http.IncomingMessage, res: http.ServerResponse, port: number): void => {
    if (!hostIsAllowed(req.headers, port)) return refuse(res, 'UNAUTHORIZED', 'Unknown host.', 403);
    if (!originIsAllowed(req.headers, port)) return refuse(res, 'UNAUTHORIZED', 'Requests from other sites are refused.', 403);
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    } catch {
      return refuse(res, 'INVALID_INPUT', 'The address is not valid.');
    }
    const asked: Asked = { req, res, url, port };
    if (url.pathname === '/download/export') return serveExport(asked, served);
    const uploadKind = { '/upload/restore': 'backup', '/upload/restore-keys': 'keys' } as const;
    if (url.pathname === '/upload/restore' || url.pathname === '/upload/restore-keys') {
      return serveUpload(asked, served, uploadKind[url.pathname]);
    }
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return serveApi(asked, served);
    return serveFile(asked, served);
  };

  const server = http.createServer((req, res) => {
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      handle(req, res, port);
    } catch (error) {
      answerFailure(res, error, 'Something went wrong inside Shuke; nothing was changed.');
    }
  });
  return server;
}

/** /download/export: the book written in a format to a private temporary folder, then sent and removed. */
function serveExport({ req, res, url, port }: Asked, { options, tempRoot }: Served): void {
  if (!tokensMatch(url.searchParams.get('token'), options.token) && !hasKey(req.headers, port, options.token))
    return refuse(res, 'UNAUTHORIZED', 'Missing or wrong token.');
  const exports = options.exports;
  const format = url.searchParams.get('format') ?? '';
  const described = exports?.describe(format) ?? null;
  if (exports === undefined || described === null) return refuse(res, 'INVALID_INPUT', 'Unknown export format.');
  const dir = fs.mkdtempSync(path.join(tempRoot, 'shuke-export-'));
  const removeDir = () => fs.rm(dir, { recursive: true, force: true }, () => undefined);
  const file = path.join(dir, described.fileName);
  exports
    .write(format, file, url.searchParams.get('lang'))
    .then(() => {
      res.writeHead(200, {
        ...baseHeaders,
        'Content-Type': described.contentType,
        'Content-Disposition': `attachment; filename="${described.fileName}"`,
        'Cache-Control': 'no-store',
      });
      // pipeline closes the file and ends here also when the download is cut off.
      pipeline(fs.createReadStream(file), res, (error) => {
        removeDir();
        if (error !== undefined && error !== null && !res.destroyed) console.error('[shuke] sending an export failed', error);
      });
    })
    .catch((error: unknown) => {
      removeDir();
      refuse(res, 'INTERNAL', `The export failed: ${errorText(error)}`);
    });
}

/** /upload/restore and /upload/restore-keys: the uploaded file is received, handed on, then removed. */
function serveUpload({ req, res, url, port }: Asked, { options, tempRoot, uploadLimit }: Served, kind: 'backup' | 'keys'): void {
  if (!hasKey(req.headers, port, options.token)) return refuse(res, 'UNAUTHORIZED', 'Missing or wrong token.');
  if (req.method !== 'POST' || options.restoreUpload === undefined) return refuse(res, 'INVALID_INPUT', 'Upload a backup with POST.', 405);
  const uploads = options.restoreUpload;
  const param = url.searchParams.get(kind === 'backup' ? 'name' : 'chosen');
  receiveUpload(req, tempRoot, uploadLimit)
    .then(async (file) => {
      if (file === null) return refuseTooLarge(req, res, `The file is larger than ${sizeText(uploadLimit)}.`);
      try {
        sendResult(res, await uploads[kind](file, param));
      } finally {
        fs.rm(path.dirname(file), { recursive: true, force: true }, () => undefined);
      }
    })
    .catch((error: unknown) => answerFailure(res, error, 'Something went wrong inside Shuke while receiving the file.'));
}

/** /api lists the calls; POST /api/<call> makes one. */
function serveApi({ req, res, url, port }: Asked, { options, bodyLimit }: Served): void {
  if (!hasKey(req.headers, port, options.token)) {
    return refuse(res, 'UNAUTHORIZED', 'Missing or wrong token: open the address Shuke printed when it started.');
  }
  if (url.pathname === '/api' && req.method === 'GET') {
    return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(apiListing(), null, 2));
  }
  if (req.method !== 'POST') return refuse(res, 'INVALID_INPUT', 'Calls are made with POST /api/<call>.', 405);
  const name = decodeUrlPath(url.pathname.slice('/api/'.length));
  if (name === null) return refuse(res, 'INVALID_INPUT', 'The call’s name in the address is not valid (a malformed %-escape).');
  handleApiCall(req, res, name, options.dispatch, bodyLimit).catch((error: unknown) =>
    answerFailure(res, error, 'Something went wrong inside Shuke; nothing was changed.'),
  );
}

/** The page (behind its key) and the built renderer's files. */
function serveFile({ req, res, url, port }: Asked, { options, rendererDir }: Served): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 'INVALID_INPUT', 'Only GET is served here.', 405);
  if (url.pathname === '/' || url.pathname === '/index.html') {
    // The printed address's token becomes the page's cookie, and leaves the address bar.
    if (tokensMatch(url.searchParams.get('token'), options.token)) {
      res.writeHead(303, {
        ...baseHeaders,
        Location: '/',
        'Set-Cookie': sessionCookie(port, options.token),
        'Cache-Control': 'no-store',
      });
      return void res.end();
    }
    if (!hasKey(req.headers, port, options.token)) {
      return send(res, 401, 'text/html; charset=utf-8', closedDoorPage(options.lang, req.headers['accept-language']));
    }
    const html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
    return send(res, 200, 'text/html; charset=utf-8', injectLanguage(html, options.lang));
  }
  if (decodeUrlPath(url.pathname) === null) return send(res, 400, 'text/plain; charset=utf-8', 'Bad request: the address is not valid.');
  const file = resolveStatic(rendererDir, url.pathname);
  if (file === null) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  return send(res, 200, contentTypeOf(file), fs.readFileSync(file), { 'Cache-Control': 'no-cache' });
}
