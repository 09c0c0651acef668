import fs from 'node:fs';
import path from 'node:path';

/**
 * better-sqlite3 is built for Node by `npm install` (the tests use that build). `npm start` builds
 * a second copy for Electron's ABI into .native/; a packaged app has its own rebuilt module.
 */
export function electronNativeBinding(appPath: string, electronVersion: string): string | undefined {
  const candidate = path.join(appPath, '.native', `electron-${electronVersion}`, 'better_sqlite3.node');
  return fs.existsSync(candidate) ? candidate : undefined;
}
