import { openSqlite, SHUKE_APPLICATION_ID } from '../../db/connection';
import { unknownMigrations } from '../../db/migrate';
import { errorText } from '../../../shared/error-text';

/** Why a file is not a usable book: `restoreBook` words each differently. */
export const backupProblems = ['unopenable', 'foreign', 'damaged', 'newer', 'unreadable', 'bookUnreadable', 'unwritable'] as const;
export type BackupProblem = (typeof backupProblems)[number];

export interface BackupCheck {
  ok: boolean;
  /** What is wrong, in English, with any detail SQLite gave; null when ok. */
  problem: string | null;
  kind: BackupProblem | null;
  /** SQLite's or the system's own words about it, if any. */
  detail: string;
  customers: number;
}

export function badCopy(kind: BackupProblem, problem: string, detail = ''): BackupCheck {
  return { ok: false, problem: detail === '' ? problem : `${problem} (${detail})`, kind, detail, customers: 0 };
}

export function badCopyAfter(kind: BackupProblem, problem: string, error: unknown): BackupCheck {
  return badCopy(kind, problem, errorText(error));
}

/**
 * Opens a backup read-only and checks it is a whole Shuke book: our application id, SQLite's
 * integrity check, and no migration this version does not know.
 */
export function verifyBackup(file: string, nativeBinding?: string, key?: Buffer): BackupCheck {
  let sqlite;
  try {
    sqlite = openSqlite(file, {
      readonly: true,
      ...(nativeBinding === undefined ? {} : { nativeBinding }),
      ...(key === undefined ? {} : { key }),
    });
  } catch (error) {
    return badCopyAfter('unopenable', 'cannot be opened', error);
  }
  try {
    if (Number(sqlite.pragma('application_id', { simple: true })) !== SHUKE_APPLICATION_ID)
      return badCopy('foreign', 'is not a Shuke book');
    const integrity = String(sqlite.pragma('integrity_check', { simple: true }));
    if (integrity !== 'ok') return badCopy('damaged', 'is damaged', integrity);
    if (unknownMigrations(sqlite).length > 0) return badCopy('newer', 'was written by a newer Shuke');
    const row = sqlite.prepare('SELECT count(*) AS n FROM customers').get() as { n: number };
    return { ok: true, problem: null, kind: null, detail: '', customers: row.n };
  } catch (error) {
    return badCopyAfter('unreadable', 'could not be read', error);
  } finally {
    sqlite.close();
  }
}
