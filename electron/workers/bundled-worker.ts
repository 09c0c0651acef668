import fs from 'node:fs';
import path from 'node:path';

/**
 * The path of a worker bundled beside the app's bundles (dist/workers/NAME.cjs, next to
 * dist/electron, dist/web and dist/cli), or undefined where the code runs from source, as in unit
 * tests, where the caller does the work on its own thread instead.
 */
export function bundledWorker(name: string): string | undefined {
  const file = path.join(__dirname, '..', 'workers', `${name}.cjs`);
  return fs.existsSync(file) ? file : undefined;
}
