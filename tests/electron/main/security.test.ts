import { describe, expect, it } from 'vitest';
import { denyWindowOpen, isTrustedUrl } from '../../../electron/main/security';
import { contentSecurityPolicy } from '../../../electron/security/content-security-policy';

describe('security', () => {
  const root = 'file:///opt/Shuke/resources/app.asar/dist/renderer/';

  it('trusts only frames showing our own renderer', () => {
    expect(isTrustedUrl(`${root}index.html#/customers/x`, root)).toBe(true);
    expect(isTrustedUrl('file:///home/user/Downloads/evil.html', root)).toBe(false);
    expect(isTrustedUrl('https://example.com/', root)).toBe(false);
    expect(isTrustedUrl('not a url', root)).toBe(false);
    expect(isTrustedUrl('http://127.0.0.1:5000/', 'http://127.0.0.1:5000/')).toBe(true);
    expect(isTrustedUrl('http://127.0.0.1:5001/', 'http://127.0.0.1:5000/')).toBe(false);
  });

  it('denies new windows', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
  });

  it('allows no remote script, connection or frame', () => {
    expect(contentSecurityPolicy).toContain("default-src 'none'");
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).toContain("connect-src 'self'");
    expect(contentSecurityPolicy).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});
