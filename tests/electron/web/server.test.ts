import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebServer } from '../../../electron/web/server';
import { createTestApp, type TestApp } from '../../helpers/create-test-db';

let app: TestApp;
let server: http.Server;
let port: number;
let rendererDir: string;
const token = 'test-token-123';

beforeAll(async () => {
  app = await createTestApp();
  rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-renderer-'));
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<html><head><title>Shuke</title></head><body></body></html>');
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(os.tmpdir(), 'shuke-secret.txt'), 'secret');
  server = createWebServer({
    dispatch: app.dispatch,
    rendererDir,
    token,
    lang: 'en',
    restoreUpload: (file) => Promise.resolve({ ok: true, value: { received: fs.readFileSync(file, 'utf8') } }),
    exports: {
      describe: (format) => (format === 'csv' ? { fileName: 'shuke-csv-2026-11-24.csv', contentType: 'text/csv; charset=utf-8' } : null),
      write: (format, file) => Promise.resolve(fs.writeFileSync(file, `export as ${format}`)),
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await app.close();
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
  it('serves the page only with the token, with the language and a strict CSP', async () => {
    expect((await request('GET', '/')).status).toBe(401);
    expect((await request('GET', '/?token=wrong')).status).toBe(401);
    const page = await request('GET', `/?token=${token}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<meta name="shuke-lang" content="en" />');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-frame-options']).toBe('DENY');
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

  it('lists every call with JSON Schemas', async () => {
    const listing = await request('GET', '/api', { headers: auth });
    const body = JSON.parse(listing.body) as { calls: { name: string; input: { type?: string }; output: object }[] };
    const create = body.calls.find((c) => c.name === 'customers.create');
    expect(create?.input).toMatchObject({ type: 'object' });
    expect(body.calls.length).toBeGreaterThanOrEqual(17);
  });

  it('takes an uploaded backup only with the token', async () => {
    expect((await request('POST', '/upload/restore', { body: 'abc' })).status).toBe(401);
    const uploaded = await request('POST', '/upload/restore', { headers: { Authorization: `Bearer ${token}` }, body: 'backup bytes' });
    expect(JSON.parse(uploaded.body)).toEqual({ ok: true, value: { received: 'backup bytes' } });
    expect((await request('GET', '/upload/restore', { headers: { Authorization: `Bearer ${token}` } })).status).toBe(405);
  });

  it('downloads an export with the token in the address, as an attachment', async () => {
    expect((await request('GET', '/download/export?format=csv')).status).toBe(401);
    const csv = await request('GET', `/download/export?format=csv&token=${token}`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="shuke-csv-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(csv.body).toBe('export as csv');
    expect((await request('GET', `/download/export?format=exe&token=${token}`)).status).toBe(400);
  });

  it('refuses oversized bodies', async () => {
    const huge = await request('POST', '/api/customers.create', {
      headers: auth,
      body: JSON.stringify({ name: 'x'.repeat(81 * 1024 * 1024) }),
    }).catch(() => ({ status: 413, headers: {}, body: '' }));
    expect(huge.status).toBe(413);
  });
});
