// Builds better-sqlite3 for Electron's ABI into .native/electron-<version>/, leaving the Node
// build in node_modules untouched, so `npm test` (Node) and `npm start` (Electron) both work on
// one checkout. The main process passes this file to better-sqlite3's `nativeBinding` option.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const target = path.resolve('.native', `electron-${electronVersion}`, 'better_sqlite3.node');

if (fs.existsSync(target)) process.exit(0);

console.log(`Building better-sqlite3 for Electron ${electronVersion} (once; about a minute)...`);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-native-'));
const source = path.dirname(require.resolve('better-sqlite3/package.json'));
const copy = path.join(work, 'better-sqlite3');
fs.cpSync(source, copy, { recursive: true, filter: (p) => !p.includes(`${path.sep}build${path.sep}`) });

const env = { ...process.env };
delete env.npm_config_nodedir;
delete env.NPM_CONFIG_NODEDIR;
try {
  execFileSync(
    'npx',
    [
      '--yes',
      'node-gyp',
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      '--runtime=electron',
      '--dist-url=https://electronjs.org/headers',
      `--arch=${process.arch}`,
    ],
    { cwd: copy, stdio: 'inherit', env, shell: process.platform === 'win32' },
  );
} catch {
  console.error('Could not build better-sqlite3 for Electron. It needs a C++ toolchain (node-gyp) and network access to Electron headers.');
  process.exit(1);
}
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.copyFileSync(path.join(copy, 'build', 'Release', 'better_sqlite3.node'), target);
fs.rmSync(work, { recursive: true, force: true });
console.log(`Built ${target}`);
