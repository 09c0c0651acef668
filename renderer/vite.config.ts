import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { metaContentSecurityPolicy } from '../electron/security/content-security-policy';

const charset = '<meta charset="UTF-8" />';

/**
 * The page's CSP <meta>, written from the same source as the header CSP so the two cannot differ,
 * right after the charset and before anything that loads.
 */
export function withContentSecurityPolicy(html: string): string {
  if (!html.includes(charset) || html.includes('Content-Security-Policy'))
    throw new Error('index.html: keep its charset, and no CSP of its own');
  return html.replace(charset, `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy}" />`);
}

const contentSecurityPolicyMeta: Plugin = {
  name: 'shuke-content-security-policy',
  transformIndexHtml: { order: 'pre', handler: withContentSecurityPolicy },
};

// The renderer is loaded from app:// in Electron and from our own server in browser mode, so
// asset paths are relative and nothing is fetched from anywhere else.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react(), contentSecurityPolicyMeta],
  build: {
    outDir: path.resolve(import.meta.dirname, '../dist/renderer'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
});
