/**
 * The one Content-Security-Policy for the renderer, in Electron and in browser mode: only our own
 * scripts, no remote anything, no framing, no form posts. Inline styles are allowed because the
 * headless dialog library injects a small style element for scroll locking.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
