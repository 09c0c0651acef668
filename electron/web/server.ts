import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Dispatcher } from '../api/dispatcher';
import type { ErrorCode, Result } from '../../shared/domain/result';
import { contentSecurityPolicy } from '../security/content-security-policy';
import { apiListing } from './api-listing';
import { bearerToken, hostIsAllowed, originIsAllowed, tokensMatch } from './request-guard';
import { contentTypeOf, injectLanguage, resolveStatic } from './static-files';

export interface WebServerOptions {
  dispatch: Dispatcher;
  /** Restores an uploaded backup (browser mode cannot hand the app a file path). */
  /** Given the uploaded file and the name it had on the person's computer, if the page said. */
  restoreUpload?: (file: string, name: string | null) => Promise<Result<unknown>>;
  /** Exports of the book for download: what a format's file is called, and writing it. */
  exports?: {
    describe(format: string): { fileName: string; contentType: string } | null;
    write(format: string, file: string): Promise<void>;
  };
  rendererDir: string;
  token: string;
  lang: string | null;
}

// Large enough for a spreadsheet of 100,000 customers sent as text.
const maxBodyBytes = 80 * 1024 * 1024;

const statusFor: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  UNKNOWN_CALL: 404,
  NOT_FOUND: 404,
  CONFLICT: 409,
  BOOK_TOO_NEW: 409,
  UNAUTHORIZED: 401,
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

const maxUploadBytes = 4 * 1024 * 1024 * 1024;

/** Streams an uploaded file to a private temporary folder, refusing more than 4 GB. */
function receiveUpload(req: http.IncomingMessage): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-upload-'));
  const file = path.join(dir, 'upload.sqlite');
  return new Promise((resolve, reject) => {
    const out = fs.createWriteStream(file, { mode: 0o600 });
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxUploadBytes) {
        req.destroy();
        out.destroy();
        fs.rmSync(dir, { recursive: true, force: true });
        reject(new Error('The file is larger than 4 GB.'));
      }
    });
    req.pipe(out);
    out.on('finish', () => resolve(file));
    out.on('error', reject);
    req.on('error', reject);
  });
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function handleApiCall(req: http.IncomingMessage, res: http.ServerResponse, name: string, dispatch: Dispatcher): Promise<void> {
  const body = await readBody(req);
  if (body === null) return refuse(res, 'INVALID_INPUT', 'The request is too large.', 413);
  let input: unknown;
  try {
    input = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    return refuse(res, 'INVALID_INPUT', 'The request body is not valid JSON.');
  }
  sendResult(res, await dispatch(name, input));
}

/** Browser mode: the built renderer and the contract over HTTP, for this machine's own browser only. */
export function createWebServer(options: WebServerOptions): http.Server {
  const rendererDir = path.resolve(options.rendererDir);
  const server = http.createServer((req, res) => {
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    if (!hostIsAllowed(req.headers, port)) return refuse(res, 'UNAUTHORIZED', 'Unknown host.', 403);
    if (!originIsAllowed(req.headers, port)) return refuse(res, 'UNAUTHORIZED', 'Requests from other sites are refused.', 403);
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    if (url.pathname === '/download/export') {
      if (!tokensMatch(url.searchParams.get('token'), options.token)) return refuse(res, 'UNAUTHORIZED', 'Missing or wrong token.');
      const exports = options.exports;
      const format = url.searchParams.get('format') ?? '';
      const described = exports?.describe(format) ?? null;
      if (exports === undefined || described === null) return refuse(res, 'INVALID_INPUT', 'Unknown export format.');
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-export-'));
      const file = path.join(dir, described.fileName);
      exports
        .write(format, file)
        .then(() => {
          res.writeHead(200, {
            ...baseHeaders,
            'Content-Type': described.contentType,
            'Content-Disposition': `attachment; filename="${described.fileName}"`,
            'Cache-Control': 'no-store',
          });
          const stream = fs.createReadStream(file);
          stream.pipe(res);
          stream.on('close', () => fs.rmSync(dir, { recursive: true, force: true }));
        })
        .catch((error: unknown) => {
          fs.rmSync(dir, { recursive: true, force: true });
          refuse(res, 'INTERNAL', `The export failed: ${error instanceof Error ? error.message : String(error)}`);
        });
      return;
    }

    if (url.pathname === '/upload/restore') {
      if (!tokensMatch(bearerToken(req.headers), options.token)) return refuse(res, 'UNAUTHORIZED', 'Missing or wrong token.');
      if (req.method !== 'POST' || options.restoreUpload === undefined)
        return refuse(res, 'INVALID_INPUT', 'Upload a backup with POST.', 405);
      const restore = options.restoreUpload;
      receiveUpload(req)
        .then(async (file) => {
          try {
            sendResult(res, await restore(file, url.searchParams.get('name')));
          } finally {
            fs.rmSync(path.dirname(file), { recursive: true, force: true });
          }
        })
        .catch((error: unknown) => refuse(res, 'INVALID_INPUT', error instanceof Error ? error.message : String(error), 413));
      return;
    }

    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      if (!tokensMatch(bearerToken(req.headers), options.token)) {
        return refuse(res, 'UNAUTHORIZED', 'Missing or wrong token: open the address Shuke printed when it started.');
      }
      if (url.pathname === '/api' && req.method === 'GET') {
        return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(apiListing(), null, 2));
      }
      if (req.method !== 'POST') return refuse(res, 'INVALID_INPUT', 'Calls are made with POST /api/<call>.', 405);
      const name = decodeURIComponent(url.pathname.slice('/api/'.length));
      handleApiCall(req, res, name, options.dispatch).catch((error: unknown) => {
        console.error('[shuke] web call failed', error);
        if (!res.headersSent) refuse(res, 'INTERNAL', 'Something went wrong inside Shuke; nothing was changed.');
      });
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 'INVALID_INPUT', 'Only GET is served here.', 405);
    if (url.pathname === '/' || url.pathname === '/index.html') {
      if (!tokensMatch(url.searchParams.get('token'), options.token)) {
        return send(res, 401, 'text/plain; charset=utf-8', 'Open the address Shuke printed when it started (it carries a token).');
      }
      const html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
      return send(res, 200, 'text/html; charset=utf-8', injectLanguage(html, options.lang));
    }
    const file = resolveStatic(rendererDir, url.pathname);
    if (file === null) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    return send(res, 200, contentTypeOf(file), fs.readFileSync(file), { 'Cache-Control': 'no-cache' });
  });
  return server;
}
