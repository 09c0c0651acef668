import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json';
import { sqliteModule } from '../../electron/db/sqlite-module';

const build = packageJson.build;
type FuseOptions = NonNullable<Configuration['electronFuses']>;
// Typed as electron-builder reads it, so a fuse value of the wrong kind fails the type check.
const configuredFuses: FuseOptions = build.electronFuses;

// What each of Electron's fuses must be in a shipped Shuke (Electron's security checklist, "check
// which fuses you can change"). The `satisfies` makes the compiler list every fuse electron-builder
// knows, so a new one has to be decided here before this file compiles again.
const safeFuses = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableCookieEncryption: true,
  grantFileProtocolExtraPrivileges: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  // Neither weakens nor strengthens the app: left to electron-builder.
  loadBrowserProcessSpecificV8Snapshot: null,
  resetAdHocDarwinSignature: null,
} satisfies Record<keyof FuseOptions, boolean | null>;

describe('packaging (electron-builder)', () => {
  it('flips every fuse that guards the shipped app to its safe side', () => {
    const fuses: Record<string, unknown> = { ...configuredFuses };
    const wrong = Object.entries(safeFuses)
      .filter(([, safe]) => safe !== null)
      .filter(([name, safe]) => fuses[name] !== safe)
      .map(([name]) => name);
    expect(wrong).toEqual([]);
    expect(Object.keys(fuses).filter((name) => !(name in safeFuses))).toEqual([]);
  });

  it('packs the app into an asar, the only place the fuses let it load from', () => {
    expect(build.asar).toBe(true);
  });

  it('unpacks the SQLite driver’s binary from the asar and rebuilds it for Electron from its prebuilt binaries', () => {
    expect(build.asarUnpack).toContain(`node_modules/${sqliteModule}/**/*.node`);
    expect(build.npmRebuild).toBe(true);
    expect(build.buildDependenciesFromSource).toBe(false);
  });
});
