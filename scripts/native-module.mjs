// What `npm start` needs to give Electron its own SQLite driver binary, as plain decisions that a
// unit test can drive with a fake runner (the downloads and the compiler are not here in tests).
import fs from 'node:fs';
import path from 'node:path';

/** The driver's package and addon names, from the one file the app's code reads them from too. */
export function readSqliteModule(root) {
  const named = JSON.parse(fs.readFileSync(path.join(root, 'electron', 'db', 'sqlite-module.json'), 'utf8'));
  return { packageName: named.package, binary: named.binary };
}

/**
 * Where the Electron build of the driver is kept: named by package, its version and Electron's,
 * so a binary of another driver or an older release is never taken for this one.
 */
export function electronBinaryPath(root, { packageName, packageVersion, electronVersion, binary }) {
  return path.join(root, '.native', `${packageName}-${packageVersion}-electron-${electronVersion}`, binary);
}

/** prebuild-install's arguments for the binary the package publishes for this Electron. */
export function prebuildArgs({ prebuildInstall, electronVersion, platform, arch }) {
  return [prebuildInstall, '--runtime', 'electron', '--target', electronVersion, '--platform', platform, '--arch', arch, '--verbose'];
}

/**
 * node-gyp's arguments for compiling the package against Electron's headers. node-gyp is run
 * directly, not through npx, because npx hands it the person's npm settings, and a `nodedir` there
 * (set for building Node addons) would quietly compile against Node's headers instead.
 */
export function compileArgs({ nodeGyp, electronVersion, arch }) {
  return [
    nodeGyp,
    'rebuild',
    '--release',
    `--target=${electronVersion}`,
    '--runtime=electron',
    '--dist-url=https://electronjs.org/headers',
    `--arch=${arch}`,
  ];
}

/**
 * The environment for both: npm's settings about the project being started (its own package,
 * a Node headers folder) would otherwise be read as settings for the driver. A person's
 * `npm_config_build_from_source` is kept, so it still skips the download.
 */
export function driverEnv(env) {
  const projectSettings = ['npm_config_nodedir', 'npm_config_target', 'npm_config_runtime', 'npm_config_disturl'];
  return Object.fromEntries(
    Object.entries(env).filter(([key]) => {
      const lower = key.toLowerCase();
      return !lower.startsWith('npm_package_') && !projectSettings.includes(lower);
    }),
  );
}

/**
 * Gives Electron its binary the cheapest way: kept from an earlier start, else the prebuilt one
 * the package publishes for Electron's ABI, else compiled (which needs a C++ toolchain). Each step
 * answers whether it produced the file. Returns how the binary came to be; throws when none did.
 */
export function provideElectronBinary({ present, prebuild, compile, log }) {
  if (present()) return 'present';
  log('Fetching the prebuilt SQLite driver for Electron (once)...');
  if (prebuild()) return 'prebuilt';
  log('No prebuilt SQLite driver for this Electron, platform and architecture: compiling it (once; a few minutes)...');
  if (compile()) return 'compiled';
  throw new Error(
    'Could not get the SQLite driver for Electron: no prebuilt binary could be downloaded, and compiling it needs a C++ toolchain (node-gyp) and network access to Electron headers.',
  );
}
