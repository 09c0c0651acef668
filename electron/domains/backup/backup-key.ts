import fs from 'node:fs';
import { AppError } from '../../api/app-error';
import type { ServiceContext } from '../../api/context';
import { openSqlite } from '../../db/connection';
import { isEncryptedFile } from '../encryption/book-file-copy';
import { keysFileOf, readKeysFile, type KeysFile } from '../encryption/keys-file';
import { unwrapWith } from '../encryption/unwrap-with';

function opensWith(file: string, key: Buffer, nativeBinding?: string): boolean {
  try {
    openSqlite(file, { readonly: true, key, ...(nativeBinding === undefined ? {} : { nativeBinding }) }).close();
    return true;
  } catch {
    return false;
  }
}

export interface BackupKey {
  /** The key the backup opens with; null for a plain backup. */
  key: Buffer | null;
  /** The wrapped keys beside it, when it was opened with them (not with the open book's own key). */
  keys: KeysFile | null;
}

/**
 * The key a backup file opens with. A plain backup needs none; one made from this book opens with
 * the book's own key (a passcode change does not change the key); any other needs the passcode or
 * the recovery code it was made under, read against the key file beside it.
 */
export async function backupKey(ctx: ServiceContext, file: string, secret?: string): Promise<BackupKey> {
  if (!isEncryptedFile(file)) return { key: null, keys: null };
  const current = ctx.book?.currentKey() ?? null;
  if (current !== null && opensWith(file, current, ctx.nativeBinding)) return { key: current, keys: null };
  const keys = readKeysFile(keysFileOf(file));
  if (keys === null) {
    // An encrypted book is whole pages; anything else (a text file, a truncated copy) is left to
    // the check that follows, which says it is not a book.
    if (fs.statSync(file).size % 512 !== 0) return { key: null, keys: null };
    throw AppError.saying('INVALID_INPUT', 'backupKeysMissing', { file: keysFileOf(file) });
  }
  if (secret === undefined) throw AppError.saying('UNAUTHORIZED', 'backupNeedsSecret');
  const key = await unwrapWith(keys, secret);
  if (key === null) throw AppError.saying('UNAUTHORIZED', 'passcodeWrong', { count: 1 });
  return { key, keys };
}
