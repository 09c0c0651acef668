import fs from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { openSqlite, rawKeyText } from '../../db/connection';

const plainHeader = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Whether a book file is encrypted, from its first bytes: a plain SQLite file starts with its magic
 * string, an encrypted one with random salt. Read from the file itself, never from a setting, so
 * the opener cannot be fooled by a sidecar left behind. A missing or empty file is a new, plain book.
 */
export function isEncryptedFile(file: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  try {
    const head = Buffer.alloc(plainHeader.length);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    return read > 0 && !head.subarray(0, read).equals(plainHeader.subarray(0, read));
  } finally {
    fs.closeSync(fd);
  }
}

export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export interface CopyOptions {
  /** The key the copy is written with; null: a plain copy. */
  key: Buffer | null;
  /** The key `source` is open with (the copy starts with it); null for a plain source. */
  sourceKey: Buffer | null;
  nativeBinding?: string;
  /** Runs on the copy's own connection before it is re-keyed, e.g. to leave a customer out. */
  edit?: (copy: BetterSqlite3.Database) => void;
}

/**
 * Writes a whole copy of an open book to `to` with the key asked for, flushed to disk. VACUUM INTO
 * copies with the source's own key (SQLite3 Multiple Ciphers keys the target like the main
 * database); the copy, in rollback-journal mode, is then re-keyed in place if it needs another key
 * (rekey does not work on a WAL book in this version, hence never on the live book itself).
 */
export function writeBookCopy(source: BetterSqlite3.Database, to: string, options: CopyOptions): void {
  fs.rmSync(to, { force: true });
  source.prepare('VACUUM INTO ?').run(to);
  const copy = openSqlite(to, {
    ...(options.sourceKey === null ? {} : { key: options.sourceKey }),
    ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
  });
  try {
    options.edit?.(copy);
    const same = options.key === null ? options.sourceKey === null : options.sourceKey !== null && options.key.equals(options.sourceKey);
    if (!same) copy.pragma(`rekey = '${options.key === null ? '' : rawKeyText(options.key)}'`);
  } finally {
    copy.close();
  }
  if (isEncryptedFile(to) !== (options.key !== null)) {
    fs.rmSync(to, { force: true });
    throw new Error('The copy of the book did not come out with the protection asked for.');
  }
  fsyncFile(to);
}
