// Gives Electron its own build of the SQLite driver in .native/, leaving the Node build in
// node_modules untouched, so `npm test` (Node) and `npm start` (Electron) both work on one
// checkout. The prebuilt binary the driver publishes for Electron's ABI is used where one exists,
// so most machines need no C++ toolchain; it is compiled only where none does. The main process
// passes the file to the driver's `nativeBinding` option (electron/main/native-binding.ts).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { compileArgs, driverEnv, electronBinaryPath, prebuildArgs, provideElectronBinary, readSqliteModule } from './native-module.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(path.join(root, 'package.json'));
const electronVersion = require('electron/package.json').version;
const { packageName, binary } = readSqliteModule(root);
const source = path.dirname(require.resolve(`${packageName}/package.json`));
const packageVersion = JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8')).version;
const target = electronBinaryPath(root, { packageName, packageVersion, electronVersion, binary });
const env = driverEnv(process.env);

// Both steps work in a copy of the package: each writes build/Release/ where it runs, which in
// node_modules would replace the Node build the tests load.
let work;
function freshCopy() {
  if (work !== undefined) fs.rmSync(work, { recursive: true, force: true });
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-native-'));
  const copy = path.join(work, packageName);
  const ownBuild = path.join(source, 'build');
  fs.cpSync(source, copy, { recursive: true, filter: (p) => p !== ownBuild && !p.startsWith(ownBuild + path.sep) });
  return copy;
}

function produced(copy, command, args) {
  const ran = spawnSync(command, args, { cwd: copy, stdio: 'inherit', env, shell: process.platform === 'win32' });
  const built = path.join(copy, 'build', 'Release', binary);
  if (ran.status !== 0 || !fs.existsSync(built)) return false;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(built, target);
  return true;
}

try {
  const how = provideElectronBinary({
    present: () => fs.existsSync(target),
    prebuild: () => {
      // The package's own prebuild-install, the one its `npm install` runs.
      const prebuildInstall = createRequire(path.join(source, 'package.json')).resolve('prebuild-install/bin.js');
      return produced(
        freshCopy(),
        process.execPath,
        prebuildArgs({ prebuildInstall, electronVersion, platform: process.platform, arch: process.arch }),
      );
    },
    compile: () => {
      let nodeGyp;
      try {
        nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
      } catch {
        console.error('node-gyp is not installed (npm install installs it with the development tools).');
        return false;
      }
      return produced(freshCopy(), process.execPath, compileArgs({ nodeGyp, electronVersion, arch: process.arch }));
    },
    log: (line) => console.log(line),
  });
  if (how !== 'present') console.log(`${how === 'prebuilt' ? 'Downloaded' : 'Built'} ${target}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  if (work !== undefined) fs.rmSync(work, { recursive: true, force: true });
}
