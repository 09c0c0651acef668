import fs from 'node:fs';
import { openSqlite } from '../../db/connection';
import { APP_VERSION_KEY } from '../maintenance/book-maintenance.service';

export interface BookSummary {
  customers: number;
  entries: number;
  newestEntryAt: string | null;
  madeAt: string | null;
  appVersion: string | null;
}

function toInstant(value: unknown): string | null {
  if (typeof value !== 'string' || value === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * Describes a book file, read-only, so two books can be told apart before one replaces the
 * other. It reads a file that may be a backup (no repository holds it), so its SQL is here.
 */
export function summarizeBookFile(file: string, nativeBinding?: string, key?: Buffer | null): BookSummary {
  const sqlite = openSqlite(file, {
    readonly: true,
    ...(nativeBinding === undefined ? {} : { nativeBinding }),
    ...(key === null || key === undefined ? {} : { key }),
  });
  try {
    const count = (query: string) => Number((sqlite.prepare(query).get() as { n: number }).n);
    const newest = sqlite.prepare('SELECT max(occurred_at) AS at FROM entries WHERE deleted_at IS NULL').get() as { at: unknown };
    const version = sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(APP_VERSION_KEY) as { value: string } | undefined;
    return {
      customers: count('SELECT count(*) AS n FROM customers'),
      entries: count('SELECT count(*) AS n FROM entries WHERE deleted_at IS NULL'),
      newestEntryAt: toInstant(newest.at),
      madeAt: fs.statSync(file).mtime.toISOString(),
      appVersion: version?.value ?? null,
    };
  } finally {
    sqlite.close();
  }
}
