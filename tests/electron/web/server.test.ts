import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebServer } from '../../../electron/web/server';
import { createTestApp, type TestApp } from '../../helpers/create-test-db';

let app: TestApp;
let server: http.Server;
let port: number;
let rendererDir: string;
let tempDir: string;
const token = 'test-token-123';

beforeAll(async () => {
  app = await createTestApp();
  rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-renderer-'));
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<html><head><title>Shuke</title></head><body></body></html>');
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(os.tmpdir(), 'shuke-secret.txt'), 'secret');
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-server-temp-'));
  server = createWebServer({
    tempDir,
    dispatch: app.dispatch,
    rendererDir,
    token,
    lang: 'en',
    restoreUpload: {
      backup: (file, name) => Promise.resolve({ ok: true, value: { received: fs.readFileSync(file, 'utf8'), name } }),
      keys: (file, chosen) => Promise.resolve({ ok: true, value: { keys: fs.readFileSync(file, 'utf8'), chosen } }),
    },
    exports: {
      describe: (format) => (format === 'csv' ? { fileName: 'shuke-csv-2026-11-24.csv', contentType: 'text/csv; charset=utf-8' } : null),
      write: (format, file, lang) => Promise.resolve(fs.writeFileSync(file, `export as ${format}${lang === null ? '' : ` in ${lang}`}`)),
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await app.close();
  fs.rmSync(tempDir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(method: string, urlPath: string, options: { headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method, path: urlPath, headers: { Host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const auth = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };

describe('browser mode server', () => {
  it('serves the page only with the token, trading it for a strict cookie, with the language and a strict CSP', async () => {
    const closed = await request('GET', '/', { headers: { 'Accept-Language': 'zh-CN,zh;q=0.9' } });
    expect(closed.status).toBe(401);
    // The page without its key says how to open it, in the book's language (en here), as a page.
    expect(closed.headers['content-type']).toContain('text/html');
    expect(closed.body).toContain('open it from the address Shuke printed');
    expect((await request('GET', '/?token=wrong')).status).toBe(401);
    const traded = await request('GET', `/?token=${token}`);
    expect(traded.status).toBe(303);
    expect(traded.headers.location).toBe('/');
    const cookie = traded.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(new RegExp(`^shuke-${port}=${token}; HttpOnly; SameSite=Strict; Path=/`));
    const page = await request('GET', '/', { headers: { Cookie: cookie.split(';')[0] ?? '' } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<meta name="shuke-lang" content="en" />');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-frame-options']).toBe('DENY');
  });

  it('answers calls with the page’s cookie as with the token, and not with another port’s cookie', async () => {
    const call = (cookie: string) =>
      request('POST', '/api/settings.get', { headers: { Cookie: cookie, 'Content-Type': 'application/json' }, body: '{}' });
    expect((await call(`shuke-${port}=${token}`)).status).toBe(200);
    expect((await call(`shuke-${port + 1}=${token}`)).status).toBe(401);
    expect((await call(`shuke-${port}=wrong`)).status).toBe(401);
    expect((await request('GET', '/download/export?format=csv', { headers: { Cookie: `shuke-${port}=${token}` } })).status).toBe(200);
  });

  it('serves built assets but nothing outside the renderer folder', async () => {
    expect((await request('GET', '/assets/app.js')).status).toBe(200);
    expect((await request('GET', '/../shuke-secret.txt')).status).toBe(404);
    expect((await request('GET', '/%2e%2e/shuke-secret.txt')).status).toBe(404);
    expect((await request('GET', '/assets/%00')).status).toBe(404);
  });

  it('refuses other hosts (DNS rebinding) and other sites (Origin)', async () => {
    expect((await request('GET', `/?token=${token}`, { headers: { Host: 'evil.example' } })).status).toBe(403);
    const cross = await request('POST', '/api/customers.list', { headers: { ...auth, Origin: 'https://evil.example' }, body: '{}' });
    expect(cross.status).toBe(403);
    const same = await request('POST', '/api/customers.list', { headers: { ...auth, Origin: `http://127.0.0.1:${port}` }, body: '{}' });
    expect(same.status).toBe(200);
  });

  it('answers calls with the Result envelope and fitting status codes', async () => {
    expect((await request('POST', '/api/customers.list', { body: '{}' })).status).toBe(401);
    const created = await request('POST', '/api/customers.create', { headers: auth, body: JSON.stringify({ name: 'Anna' }) });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { name: 'Anna' } });
    const bad = await request('POST', '/api/customers.create', { headers: auth, body: '{"name":' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: 'The request body is not valid JSON.' } });
    expect((await request('POST', '/api/nope', { headers: auth, body: '{}' })).status).toBe(404);
    expect((await request('GET', '/api/customers.list', { headers: auth })).status).toBe(405);
    const missing = await request('POST', '/api/recall', {
      headers: auth,
      body: JSON.stringify({ customerId: '01900000-0000-7000-8000-000000000000' }),
    });
    expect(missing.status).toBe(404);
  });

  it('carries each refused field and its key to the page', async () => {
    const refused = await request('POST', '/api/customers.create', {
      headers: auth,
      body: JSON.stringify({ phones: [{ number: 'abc' }] }),
    });
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.body)).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        key: 'invalidInput',
        issues: [{ path: ['phones', '0', 'number'], key: 'phoneNeedsDigits', params: {} }],
      },
    });
  });

  it('lists every call with JSON Schemas', async () => {
    const listing = await request('GET', '/api', { headers: auth });
    const body = JSON.parse(listing.body) as { calls: { name: string; input: { type?: string }; output: object }[] };
    const create = body.calls.find((c) => c.name === 'customers.create');
    expect(create?.input).toMatchObject({ type: 'object' });
    expect(body.calls.length).toBeGreaterThanOrEqual(17);
  });

  it('takes an uploaded backup only with the token', async () => {
    expect((await request('POST', '/upload/restore', { body: 'abc' })).status).toBe(401);
    const uploaded = await request('POST', '/upload/restore?name=shuke-1.sqlite', {
      headers: { Authorization: `Bearer ${token}` },
      body: 'backup bytes',
    });
    expect(JSON.parse(uploaded.body)).toEqual({ ok: true, value: { received: 'backup bytes', name: 'shuke-1.sqlite' } });
    expect((await request('GET', '/upload/restore', { headers: { Authorization: `Bearer ${token}` } })).status).toBe(405);
  });

  it('takes a protected backup’s key file for the chosen backup it belongs to, only with the token', async () => {
    expect((await request('POST', '/upload/restore-keys?chosen=abc', { body: '{}' })).status).toBe(401);
    const uploaded = await request('POST', '/upload/restore-keys?chosen=abc', {
      headers: { Authorization: `Bearer ${token}` },
      body: '{"k":1}',
    });
    expect(JSON.parse(uploaded.body)).toEqual({ ok: true, value: { keys: '{"k":1}', chosen: 'abc' } });
  });

  it('downloads an export with the token in the address, as an attachment', async () => {
    expect((await request('GET', '/download/export?format=csv')).status).toBe(401);
    const csv = await request('GET', `/download/export?format=csv&token=${token}`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="shuke-csv-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(csv.body).toBe('export as csv');
    // The page says its language, so the spreadsheet's headers are in the words its user reads.
    expect((await request('GET', `/download/export?format=csv&lang=zh-TW&token=${token}`)).body).toBe('export as csv in zh-TW');
    expect((await request('GET', `/download/export?format=exe&token=${token}`)).status).toBe(400);
  });

  it('refuses an oversized body with a 413 the client can read, and keeps serving', async () => {
    const huge = await request('POST', '/api/customers.create', {
      headers: auth,
      body: JSON.stringify({ name: 'x'.repeat(81 * 1024 * 1024) }),
    });
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body)).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: 'The request is larger than 80 MB.' } });
    await expectStillServing();
  });

  it('answers a malformed %-escape in a call’s name with 400, and keeps serving', async () => {
    const bad = await request('POST', '/api/%E0%A4%A', { headers: auth, body: '{}' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await request('POST', '/api/%E0%A4%A', { body: '{}' })).status).toBe(401);
    expect((await request('POST', '/api/customers.list%ZZ', { headers: auth, body: '{}' })).status).toBe(400);
    await expectStillServing();
  });

  it('answers malformed escapes and .. in static paths without leaving the renderer folder, and keeps serving', async () => {
    expect((await request('GET', '/assets/%E0%A4%A')).status).toBe(400);
    expect((await request('GET', '/%ZZ')).status).toBe(400);
    expect((await request('HEAD', '/assets/%')).status).toBe(400);
    for (const escaping of [
      '/assets/../../shuke-secret.txt',
      '/assets/..%2f..%2fshuke-secret.txt',
      '/assets/%2e%2e/%2e%2e/shuke-secret.txt',
      '/assets/%2E%2E%2F%2E%2E%2Fshuke-secret.txt',
      '/..%5cshuke-secret.txt',
      '/assets/%2e%2e%00/app.js',
    ]) {
      const reply = await request('GET', escaping);
      expect(reply.status, escaping).toBe(404);
      expect(reply.body).not.toContain('secret');
    }
    // Request lines a browser would never send: still an answer, never the file.
    for (const line of [
      'GET ../shuke-secret.txt HTTP/1.1',
      `GET http://127.0.0.1:${port}/../shuke-secret.txt HTTP/1.1`,
      'GET /%E0%A4%A HTTP/1.1',
    ]) {
      const raw = await rawRequest(port, `${line}\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
      expect(raw, line).toMatch(/^HTTP\/1\.1 4\d\d /);
      expect(raw).not.toContain('secret');
    }
    await expectStillServing();
  });

  it('leaves no temporary folder behind when an upload is cut off, and keeps serving', async () => {
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      `POST /upload/restore HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${token}\r\nContent-Length: 10000000\r\n\r\n`,
    );
    socket.write(Buffer.alloc(256 * 1024, 7));
    await waitFor(() => fs.readdirSync(tempDir).length > 0, 'the upload to reach its temporary folder');
    socket.destroy();
    await waitFor(() => fs.readdirSync(tempDir).length === 0, 'the temporary folder to be removed');
    await expectStillServing();
    // A whole upload still arrives, and its folder goes too.
    const uploaded = await request('POST', '/upload/restore', { headers: { Authorization: `Bearer ${token}` }, body: 'backup bytes' });
    expect(JSON.parse(uploaded.body)).toEqual({ ok: true, value: { received: 'backup bytes', name: null } });
    await waitFor(() => fs.readdirSync(tempDir).length === 0, 'the uploaded file’s folder to be removed');
  });
});

describe('browser mode server with small limits', () => {
  let small: http.Server;
  let smallPort: number;
  let smallTemp: string;
  beforeAll(async () => {
    smallTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-server-temp-'));
    small = createWebServer({
      dispatch: app.dispatch,
      rendererDir,
      token,
      lang: null,
      tempDir: smallTemp,
      limits: { bodyBytes: 1000, uploadBytes: 4000 },
      restoreUpload: { backup: () => Promise.resolve({ ok: true, value: null }), keys: () => Promise.resolve({ ok: true, value: null }) },
    });
    await new Promise<void>((resolve) => small.listen(0, '127.0.0.1', resolve));
    smallPort = (small.address() as AddressInfo).port;
  });
  afterAll(async () => {
    small.closeAllConnections();
    await new Promise((resolve) => small.close(resolve));
    fs.rmSync(smallTemp, { recursive: true, force: true });
  });

  it('answers 413 to a client still sending, then closes the connection', async () => {
    // Both at once: each waits out the moment the server keeps reading before it closes.
    const sendTooMuch = async (target: string): Promise<void> => {
      const socket = net.connect(smallPort, '127.0.0.1');
      await new Promise((resolve) => socket.once('connect', resolve));
      let received = '';
      socket.on('data', (c: Buffer) => (received += c.toString()));
      socket.on('error', () => undefined);
      const closed = new Promise((resolve) => socket.once('close', resolve));
      socket.write(
        `POST ${target} HTTP/1.1\r\nHost: 127.0.0.1:${smallPort}\r\nAuthorization: Bearer ${token}\r\nContent-Length: 5000000\r\n\r\n`,
      );
      socket.write('x'.repeat(8000));
      await closed;
      expect(received, target).toMatch(/^HTTP\/1\.1 413 /);
      const json = received.slice(received.indexOf('{'), received.lastIndexOf('}') + 1);
      expect(JSON.parse(json)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    };
    await Promise.all([sendTooMuch('/api/customers.create'), sendTooMuch('/upload/restore')]);
    expect(fs.readdirSync(smallTemp)).toEqual([]);
  });

  it('answers 413 to an upload larger than its limit that did not announce its size, and removes what it had received', async () => {
    const socket = net.connect(smallPort, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    let received = '';
    socket.on('data', (c: Buffer) => (received += c.toString()));
    socket.write(
      `POST /upload/restore HTTP/1.1\r\nHost: 127.0.0.1:${smallPort}\r\nAuthorization: Bearer ${token}\r\nTransfer-Encoding: chunked\r\n\r\n`,
    );
    socket.write(`bb8\r\n${'y'.repeat(3000)}\r\n`);
    await waitFor(() => fs.readdirSync(smallTemp).length > 0, 'the upload to reach its temporary folder');
    socket.write(`bb8\r\n${'y'.repeat(3000)}\r\n0\r\n\r\n`);
    await waitFor(() => received.includes('}'), 'the 413');
    expect(received).toMatch(/^HTTP\/1\.1 413 /);
    expect(received).toContain('The file is larger than 4000 bytes.');
    socket.destroy();
    await waitFor(() => fs.readdirSync(smallTemp).length === 0, 'the temporary folder to be removed');
    const list = await fetch(`http://127.0.0.1:${smallPort}/api/customers.list`, { method: 'POST', headers: auth, body: '{}' });
    expect(list.status).toBe(200);
  });
});

async function expectStillServing(): Promise<void> {
  const list = await request('POST', '/api/customers.list', { headers: auth, body: '{}' });
  expect(list.status).toBe(200);
  expect(JSON.parse(list.body)).toMatchObject({ ok: true });
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Sends bytes as they are (no client-side checks) and returns everything the server answered. */
function rawRequest(toPort: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(toPort, '127.0.0.1', () => socket.write(bytes));
    let received = '';
    socket.on('data', (c: Buffer) => (received += c.toString()));
    socket.on('end', () => resolve(received));
    socket.on('error', reject);
  });
}
