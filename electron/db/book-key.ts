import type { Db } from './database';

// The key each open protected book was opened with, by its query builder: workers and backups of
// that book open their own connections with it. Gone with the connection (and wiped when locked).
const keys = new WeakMap<Db, Buffer>();

export function rememberKey(db: Db, key: Buffer): void {
  keys.set(db, key);
}

/** The key of a protected book's connection; undefined for a plain book. */
export function keyOf(db: Db): Buffer | undefined {
  return keys.get(db);
}

/** Wipes the key from memory (as far as JavaScript allows: copies SQLite made are its own to wipe). */
export function forgetKey(db: Db): void {
  keys.get(db)?.fill(0);
  keys.delete(db);
}
