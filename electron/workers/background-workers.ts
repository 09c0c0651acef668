import type { UiLocale } from '../../shared/domain/salutation';
import { bundledWorker } from './bundled-worker';

/**
 * The workers this process does whole-book work in (a backup's copy, the day's values), each on a
 * connection of its own. Where a worker is absent (the code runs from source, as in unit tests)
 * that work runs on the calling thread instead.
 */
export interface BackgroundWorkers {
  backup?: string;
  values?: string;
  /** better-sqlite3's native module for this runtime, for the workers' own connections. */
  nativeBinding?: string;
  /** The language the values worker writes the day's diary lines in (an expiry of member-card points). */
  locale?: UiLocale;
}

// Set once by start-up: where the bundles lie is a fact of the process, not of a book or a call,
// and the value pass is reached from deep inside services that hold only a connection.
let configured: BackgroundWorkers = {};

/** The one way the workers are configured: by start-up (start-book.ts), or by a test that wants them. */
export function useBackgroundWorkers(workers: BackgroundWorkers): void {
  configured = { ...workers };
}

export function backgroundWorkers(): Readonly<BackgroundWorkers> {
  return configured;
}

/** The workers bundled beside this process's bundles (none where the code runs from source). */
export function bundledWorkers(): Pick<BackgroundWorkers, 'backup' | 'values'> {
  const backup = bundledWorker('backup-worker');
  const values = bundledWorker('values-worker');
  return { ...(backup === undefined ? {} : { backup }), ...(values === undefined ? {} : { values }) };
}
