import fs from 'node:fs';
import { z } from 'zod';
import { openSqlite } from '../../db/connection';
import { badCopyAfter, verifyBackup, type BackupCheck } from './verify-backup';

export const copyRequestSchema = z.object({
  book: z.string(),
  to: z.string(),
  nativeBinding: z.string().optional(),
  key: z.string().optional(),
});

export interface CopyRequest {
  /** The open book's file; read through a connection of the copy's own. */
  book: string;
  /** Where the copy goes (a partial name, renamed by the caller once it verified). */
  to: string;
  nativeBinding?: string;
  /** A protected book's key in hex: the copy is written with it (VACUUM INTO keeps the book's key). */
  key?: string;
}

/**
 * Copies a book with VACUUM INTO from a read-only connection of its own, then verifies the copy.
 * The book is in WAL mode, so this reads the last committed state while the app goes on writing.
 * Synchronous and long on a large book: the backup worker runs it off the app's main thread.
 */
export function copyAndVerify(request: CopyRequest): BackupCheck {
  const key = request.key === undefined ? undefined : Buffer.from(request.key, 'hex');
  const options = {
    ...(request.nativeBinding === undefined ? {} : { nativeBinding: request.nativeBinding }),
    ...(key === undefined ? {} : { key }),
  };
  fs.rmSync(request.to, { force: true });
  let sqlite;
  try {
    sqlite = openSqlite(request.book, { readonly: true, ...options });
  } catch (error) {
    return badCopyAfter('bookUnreadable', 'could not read the book', error);
  }
  try {
    sqlite.prepare('VACUUM INTO ?').run(request.to);
  } catch (error) {
    fs.rmSync(request.to, { force: true });
    return badCopyAfter('unwritable', 'could not be written', error);
  } finally {
    sqlite.close();
  }
  return verifyBackup(request.to, request.nativeBinding, key);
}
