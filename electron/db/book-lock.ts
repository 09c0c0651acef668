import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../api/app-error';

/** Who holds a book: shown to the process that is refused. */
export interface LockHolder {
  /** What kind of program: 'the desktop app', 'browser mode', 'the command line (restore)'. */
  what: string;
  pid: number;
  host: string;
  since: string;
}

export interface BookLock {
  holder: LockHolder;
  release(): void;
}

export const LOCK_FILE_NAME = 'shuke.lock';
const HOLDER_FILE_NAME = 'shuke.lock.json';

function readHolder(dir: string): LockHolder | null {
  try {
    const raw: unknown = JSON.parse(fs.readFileSync(path.join(dir, HOLDER_FILE_NAME), 'utf8'));
    if (typeof raw !== 'object' || raw === null) return null;
    const { what, pid, host, since } = raw as Record<string, unknown>;
    if (typeof what !== 'string' || typeof pid !== 'number' || typeof host !== 'string' || typeof since !== 'string') return null;
    return { what, pid, host, since };
  } catch {
    return null;
  }
}

/**
 * Takes the book folder for this process, or refuses at once, naming who holds it.
 *
 * The lock is an exclusive SQLite transaction held open on a small file beside the book. SQLite's
 * file locks (fcntl on Unix, LockFileEx on Windows) belong to the process and the operating system
 * drops them when it ends, however it ends: a crash, `kill -9` or a power cut never leaves a stale
 * lock, and a reused process id cannot fake one. A second connection in the same process is refused
 * too, which keeps the tests honest. The JSON beside it only says who holds the lock; it is never
 * what decides.
 */
export function lockBookFolder(dir: string, what: string, options: { nativeBinding?: string } = {}): BookLock {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE_NAME);
  const sqlite = new BetterSqlite3(file, options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding });
  try {
    sqlite.pragma('busy_timeout = 0');
    sqlite.pragma('locking_mode = EXCLUSIVE');
    sqlite.exec('BEGIN EXCLUSIVE');
    // A write makes SQLite take its exclusive lock on the file now, not at commit.
    sqlite.exec('CREATE TABLE IF NOT EXISTS held (at TEXT)');
  } catch (error) {
    sqlite.close();
    if (error instanceof Error && /busy|locked/i.test(error.message)) throw refusal(dir, readHolder(dir));
    throw error;
  }
  const holder: LockHolder = { what, pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  fs.writeFileSync(path.join(dir, HOLDER_FILE_NAME), JSON.stringify(holder));
  let held = true;
  return {
    holder,
    release() {
      if (!held) return;
      held = false;
      if (readHolder(dir)?.pid === process.pid) fs.rmSync(path.join(dir, HOLDER_FILE_NAME), { force: true });
      try {
        sqlite.exec('ROLLBACK');
      } finally {
        sqlite.close();
      }
    },
  };
}

function refusal(dir: string, holder: LockHolder | null): AppError {
  if (holder === null) return AppError.saying('CONFLICT', 'bookLockedUnknown', { dir });
  const since = holder.since.slice(0, 16).replace('T', ' ');
  return AppError.saying('CONFLICT', 'bookLocked', { dir, what: holder.what, pid: holder.pid, since });
}
