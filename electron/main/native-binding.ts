import fs from 'node:fs';
import path from 'node:path';
import { sqliteBinaryName, sqliteModule } from '../db/sqlite-module';

/** Where `npm start` keeps the driver built for one Electron (scripts/native-module.mjs writes the same path). */
export function electronBinaryPath(appPath: string, packageVersion: string, electronVersion: string): string {
  return path.join(appPath, '.native', `${sqliteModule}-${packageVersion}-electron-${electronVersion}`, sqliteBinaryName);
}

function installedVersion(appPath: string): string | undefined {
  try {
    const raw: unknown = JSON.parse(fs.readFileSync(path.join(appPath, 'node_modules', sqliteModule, 'package.json'), 'utf8'));
    return typeof raw === 'object' && raw !== null && 'version' in raw && typeof raw.version === 'string' ? raw.version : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The SQLite driver is built for Node by `npm install` (the tests use that build). `npm start` puts
 * a second copy for Electron's ABI in .native/, named by the driver's version, so a binary left from
 * another driver or release is never loaded; a packaged app has its own rebuilt module (undefined).
 */
export function electronNativeBinding(appPath: string, electronVersion: string): string | undefined {
  const version = installedVersion(appPath);
  if (version === undefined) return undefined;
  const candidate = electronBinaryPath(appPath, version, electronVersion);
  return fs.existsSync(candidate) ? candidate : undefined;
}
