import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/security/content-security-policy';
import config, { withContentSecurityPolicy } from '../../../renderer/vite.config';

const directives = (policy: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d !== '');

/** The renderer's index.html as the build writes it. */
function builtIndexHtml(): string {
  return withContentSecurityPolicy(fs.readFileSync(path.resolve(import.meta.dirname, '../../../renderer/index.html'), 'utf8'));
}

describe('content security policy', () => {
  it('allows no remote script, connection, frame or eval', () => {
    const header = directives(contentSecurityPolicy);
    expect(header).toEqual(
      expect.arrayContaining([
        "default-src 'none'",
        "script-src 'self'",
        "connect-src 'self'",
        "frame-ancestors 'none'",
        "object-src 'none'",
      ]),
    );
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|https?:|\*|file:/);
  });

  it('is the same in the page’s <meta> as in the header (less frame-ancestors, which a <meta> cannot carry)', () => {
    const html = builtIndexHtml();
    const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)];
    expect(metas).toHaveLength(1);
    const meta = directives(metas[0]?.[1] ?? '');
    expect(meta).toEqual(directives(contentSecurityPolicy).filter((d) => !d.startsWith('frame-ancestors')));
    // Before anything the page loads.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('is written into the page by the renderer’s build', () => {
    const plugins = (config.plugins ?? []).flat();
    const csp = plugins.find((p) => typeof p === 'object' && p !== null && 'name' in p && p.name === 'shuke-content-security-policy');
    expect(csp).toMatchObject({ transformIndexHtml: { handler: withContentSecurityPolicy } });
  });
});
