// Bundles the Node/Electron side with esbuild. Native and Electron modules stay external; the
// Electron preload is a single CommonJS file because a sandboxed preload cannot require our code.
import { build } from 'esbuild';
import fs from 'node:fs';
import { readSqliteModule } from './native-module.mjs';

const { packageName: sqliteModule } = readSqliteModule('.');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  // exceljs is loaded from node_modules (a production dependency, packaged with the app): bundled,
  // its zip library's old `new Buffer()` made Node print a deprecation warning on every export.
  // leveldown (PouchDB's local store) finds its N-API binary beside its own files: loaded from node_modules.
  // express-pouchdb (the sync bench's hub, a dev dependency) resolves its own files at run time.
  external: ['electron', sqliteModule, 'playwright-core', 'exceljs', 'leveldown', 'express-pouchdb'],
  logLevel: 'warning',
  // A module loaded on demand (exceljs) is required when first asked for, as the rest of the bundle
  // is, rather than through Node's ESM loader, which packaged builds and asar may not give.
  supported: { 'dynamic-import': false },
};

const entries = [
  ['electron/main/main.ts', 'dist/electron/main.cjs'],
  ['electron/preload/preload.ts', 'dist/electron/preload.cjs'],
  ['electron/web/main.ts', 'dist/web/main.cjs'],
  ['electron/cli/demo-data.ts', 'dist/cli/demo-data.cjs'],
  ['electron/cli/shuke.ts', 'dist/cli/shuke.cjs'],
  ['bench/bench.ts', 'dist/bench/bench.cjs'],
  ['electron/workers/backup-worker.ts', 'dist/workers/backup-worker.cjs'],
  ['electron/workers/values-worker.ts', 'dist/workers/values-worker.cjs'],
];

await Promise.all(
  entries.filter(([entry]) => fs.existsSync(entry)).map(([entry, outfile]) => build({ ...common, entryPoints: [entry], outfile })),
);
