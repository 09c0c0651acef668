import { openSqlite, SHUKE_APPLICATION_ID } from '../../db/connection';
import { unknownMigrations } from '../../db/migrate';

export interface BackupCheck {
  ok: boolean;
  problem: string | null;
  customers: number;
}

/**
 * Opens a backup read-only and checks it is a whole Shuke book: our application id, SQLite's
 * integrity check, and no migration this version does not know.
 */
export function verifyBackup(file: string, nativeBinding?: string): BackupCheck {
  let sqlite;
  try {
    sqlite = openSqlite(file, { readonly: true, ...(nativeBinding === undefined ? {} : { nativeBinding }) });
  } catch (error) {
    return { ok: false, problem: `cannot be opened (${error instanceof Error ? error.message : String(error)})`, customers: 0 };
  }
  try {
    if (Number(sqlite.pragma('application_id', { simple: true })) !== SHUKE_APPLICATION_ID)
      return { ok: false, problem: 'is not a Shuke book', customers: 0 };
    const integrity = String(sqlite.pragma('integrity_check', { simple: true }));
    if (integrity !== 'ok') return { ok: false, problem: `is damaged (${integrity})`, customers: 0 };
    if (unknownMigrations(sqlite).length > 0) return { ok: false, problem: 'was written by a newer Shuke', customers: 0 };
    const row = sqlite.prepare('SELECT count(*) AS n FROM customers').get() as { n: number };
    return { ok: true, problem: null, customers: row.n };
  } catch (error) {
    return { ok: false, problem: `could not be read (${error instanceof Error ? error.message : String(error)})`, customers: 0 };
  } finally {
    sqlite.close();
  }
}
