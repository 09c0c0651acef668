import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compileArgs,
  driverEnv,
  electronBinaryPath,
  prebuildArgs,
  provideElectronBinary,
  readSqliteModule,
} from '../../scripts/native-module.mjs';
import { electronBinaryPath as appBinaryPath, electronNativeBinding } from '../../electron/main/native-binding';
import { sqliteBinaryName, sqliteModule } from '../../electron/db/sqlite-module';

const root = path.resolve(import.meta.dirname, '../..');

/** A fake runner: each step says whether it produced the binary, and what ran is recorded. */
function steps(outcome: { present?: boolean; prebuild?: boolean; compile?: boolean }) {
  const ran: string[] = [];
  return {
    ran,
    steps: {
      present: () => (ran.push('present'), outcome.present ?? false),
      prebuild: () => (ran.push('prebuild'), outcome.prebuild ?? false),
      compile: () => (ran.push('compile'), outcome.compile ?? false),
      log: () => undefined,
    },
  };
}

describe('giving Electron its SQLite driver', () => {
  it('keeps a binary an earlier start made and runs nothing', () => {
    const { ran, steps: s } = steps({ present: true });
    expect(provideElectronBinary(s)).toBe('present');
    expect(ran).toEqual(['present']);
  });

  it('takes the prebuilt binary where one exists, so no compiler is needed', () => {
    const { ran, steps: s } = steps({ prebuild: true, compile: true });
    expect(provideElectronBinary(s)).toBe('prebuilt');
    expect(ran).toEqual(['present', 'prebuild']);
  });

  it('compiles only when no prebuilt binary could be had', () => {
    const { ran, steps: s } = steps({ prebuild: false, compile: true });
    expect(provideElectronBinary(s)).toBe('compiled');
    expect(ran).toEqual(['present', 'prebuild', 'compile']);
  });

  it('says what is missing when neither works', () => {
    const { steps: s } = steps({});
    expect(() => provideElectronBinary(s)).toThrow(/C\+\+ toolchain/);
  });

  it('asks prebuild-install and node-gyp for Electron’s ABI, not Node’s', () => {
    const prebuild = prebuildArgs({ prebuildInstall: '/p/bin.js', electronVersion: '45.4.1', platform: 'win32', arch: 'arm64' });
    expect(prebuild[0]).toBe('/p/bin.js');
    expect(prebuild.join(' ')).toContain('--runtime electron --target 45.4.1 --platform win32 --arch arm64');
    const compile = compileArgs({ nodeGyp: '/g/node-gyp.js', electronVersion: '45.4.1', arch: 'x64' });
    expect(compile.slice(0, 2)).toEqual(['/g/node-gyp.js', 'rebuild']);
    expect(compile).toEqual(expect.arrayContaining(['--target=45.4.1', '--runtime=electron', '--arch=x64']));
  });

  it('does not pass npm’s settings for the project (nodedir, target) on to the driver’s build', () => {
    const env = driverEnv({
      PATH: '/bin',
      npm_config_nodedir: '/usr',
      NPM_CONFIG_NODEDIR: '/usr',
      npm_config_target: '20.0.0',
      npm_config_runtime: 'node',
      npm_package_name: 'shuke',
      npm_config_build_from_source: 'true',
    });
    expect(env).toEqual({ PATH: '/bin', npm_config_build_from_source: 'true' });
  });

  it('names the same driver as the app, and the binary where the app looks for it', () => {
    const named = readSqliteModule(root);
    expect(named).toEqual({ packageName: sqliteModule, binary: sqliteBinaryName });
    const names = { packageName: named.packageName, packageVersion: '12.11.1', electronVersion: '45.4.1', binary: named.binary };
    expect(electronBinaryPath('/app', names)).toBe(appBinaryPath('/app', '12.11.1', '45.4.1'));
  });

  it('loads the Electron binary only for the installed release of the driver', () => {
    const app = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-binding-'));
    try {
      const installed = path.join(app, 'node_modules', sqliteModule);
      fs.mkdirSync(installed, { recursive: true });
      fs.writeFileSync(path.join(installed, 'package.json'), JSON.stringify({ version: '12.11.1' }));
      const old = appBinaryPath(app, '12.10.0', '45.4.1');
      fs.mkdirSync(path.dirname(old), { recursive: true });
      fs.writeFileSync(old, '');
      expect(electronNativeBinding(app, '45.4.1')).toBeUndefined();
      const current = appBinaryPath(app, '12.11.1', '45.4.1');
      fs.mkdirSync(path.dirname(current), { recursive: true });
      fs.writeFileSync(current, '');
      expect(electronNativeBinding(app, '45.4.1')).toBe(current);
      expect(electronNativeBinding(app, '46.0.0')).toBeUndefined();
    } finally {
      fs.rmSync(app, { recursive: true, force: true });
    }
  });
});
