/**
 * The one Content-Security-Policy for the renderer, in Electron and in browser mode: only our own
 * scripts, no remote anything, no framing, no form posts. Inline styles are allowed because the
 * headless dialog library injects a small style element for scroll locking.
 */
const directives = [
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
];

/** As a response header (browser mode's server, the app:// protocol, Electron's session). */
export const contentSecurityPolicy = directives.join('; ');

/**
 * The same policy for the page's own <meta> tag (put there when the renderer is built), which holds
 * it even where no header arrives. A meta policy cannot say frame-ancestors: browsers ignore it there.
 */
export const metaContentSecurityPolicy = directives.filter((d) => !d.startsWith('frame-ancestors')).join('; ');
