import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/** Where test-built workers go: inside the repository, so that they find better-sqlite3. */
export const testWorkerDir = path.resolve('node_modules', '.cache', 'shuke-tests');

/** Bundles electron/workers/NAME.ts as the app's build does and returns the bundle's path. */
export async function bundleWorker(name: string): Promise<string> {
  const outfile = path.join(testWorkerDir, `${name}.cjs`);
  await build({
    entryPoints: [`electron/workers/${name}.ts`],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['better-sqlite3-multiple-ciphers'],
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

/** A worker that cannot start, to prove the caller then does the work itself. */
export function brokenWorker(name: string): string {
  const file = path.join(testWorkerDir, `${name}.cjs`);
  fs.mkdirSync(testWorkerDir, { recursive: true });
  fs.writeFileSync(file, "throw new Error('cannot start');\n");
  return file;
}

/** A worker that starts and answers `answer` at once, to stand in for a worker that gave up. */
export function answeringWorker(name: string, answer: unknown): string {
  const file = path.join(testWorkerDir, `${name}.cjs`);
  fs.mkdirSync(testWorkerDir, { recursive: true });
  fs.writeFileSync(file, `require('node:worker_threads').parentPort.postMessage(${JSON.stringify(answer)});\n`);
  return file;
}
