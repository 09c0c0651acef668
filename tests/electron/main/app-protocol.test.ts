import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { appFileFor, appResponse, privilegedSchemes, rendererRoot, rendererUrl } from '../../../electron/main/app-protocol';
import { contentSecurityPolicy } from '../../../electron/security/content-security-policy';

// A renderer folder with a secret beside it that no app:// address may reach.
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-app-protocol-'));
const dir = path.join(base, 'renderer');
fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Shuke</title>');
fs.writeFileSync(path.join(dir, 'assets', 'index-1.js'), 'console.log(1)');
fs.writeFileSync(path.join(base, 'secret.sqlite'), 'the book');
fs.mkdirSync(path.join(base, 'renderer-evil'));
fs.writeFileSync(path.join(base, 'renderer-evil', 'x.js'), 'evil');
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

describe('the app:// protocol', () => {
  it('serves the renderer’s own files', () => {
    expect(appFileFor(dir, rendererUrl())).toBe(path.join(dir, 'index.html'));
    expect(appFileFor(dir, rendererUrl('/today'))).toBe(path.join(dir, 'index.html'));
    expect(appFileFor(dir, rendererRoot)).toBe(path.join(dir, 'index.html'));
    expect(appFileFor(dir, 'app://shuke/assets/index-1.js?v=1')).toBe(path.join(dir, 'assets', 'index-1.js'));
  });

  it('refuses every way out of the renderer folder, other hosts and other schemes', () => {
    for (const url of [
      'app://shuke/../secret.sqlite',
      'app://shuke/%2e%2e/secret.sqlite',
      'app://shuke/..%2fsecret.sqlite',
      'app://shuke/assets/..%2f..%2fsecret.sqlite',
      'app://shuke/..%5csecret.sqlite',
      'app://shuke/../renderer-evil/x.js',
      'app://shuke/%2e%2e%2frenderer-evil%2fx.js',
      'app://shuke/index.html%00.js',
      'app://shuke/%E0%A4%A',
      'app://shuke/assets',
      'app://shuke/missing.js',
      'app://evil/index.html',
      'file:///index.html',
      `file://${dir}/index.html`,
      'https://shuke/index.html',
      'not a url',
    ])
      expect(appFileFor(dir, url), url).toBeNull();
  });

  it('never names a file outside the renderer folder, whatever the address', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('..', '.', '%2e%2e', '%2f', '%5c', '/', 'assets', 'index.html', 'secret.sqlite', '%00', 'a')),
        (parts) => {
          const file = appFileFor(dir, `app://shuke/${parts.join('/')}`);
          return file === null || file.startsWith(dir + path.sep);
        },
      ),
    );
  });

  it('answers with the file, its type and the CSP, or 404', async () => {
    const page = appResponse(dir, rendererUrl());
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await page.text()).toContain('<title>Shuke</title>');
    const refused = appResponse(dir, 'app://shuke/../secret.sqlite');
    expect(refused.status).toBe(404);
    expect(await refused.text()).not.toContain('the book');
  });

  it('is a standard, secure scheme that cannot step around the CSP or serve other sites', () => {
    expect(privilegedSchemes).toHaveLength(1);
    const privileges = privilegedSchemes[0]?.privileges ?? {};
    expect(privileges).toMatchObject({ standard: true, secure: true });
    for (const loosening of ['bypassCSP', 'corsEnabled', 'allowServiceWorkers', 'stream', 'codeCache'] as const)
      expect(privileges[loosening], loosening).not.toBe(true);
  });
});
