// Types for scripts/native-module.mjs, which plain Node runs before anything is built.
export function readSqliteModule(root: string): { packageName: string; binary: string };
export function electronBinaryPath(
  root: string,
  names: { packageName: string; packageVersion: string; electronVersion: string; binary: string },
): string;
export function prebuildArgs(options: { prebuildInstall: string; electronVersion: string; platform: string; arch: string }): string[];
export function compileArgs(options: { nodeGyp: string; electronVersion: string; arch: string }): string[];
export function driverEnv(env: Record<string, string | undefined>): Record<string, string | undefined>;
export function provideElectronBinary(steps: {
  present(): boolean;
  prebuild(): boolean;
  compile(): boolean;
  log(line: string): void;
}): 'present' | 'prebuilt' | 'compiled';
