import fs from 'node:fs';
import path from 'node:path';
import { restoreBook, type RestoreResult } from '../../domains/backup/restore.service';
import { BOOK_FILE_NAME } from '../../db/open-book';
import { openForCommand, PASSCODE_ENV, withBookFolder } from './with-book';

/**
 * `shuke restore FILE --data DIR`: the app's restore from the command line (refused while the app
 * has the book). A protected backup from another book opens with the passcode or recovery code in
 * SHUKE_PASSCODE, as a protected book does.
 */
export async function runRestore(source: string, dataDir: string): Promise<RestoreResult> {
  const file = path.join(dataDir, BOOK_FILE_NAME);
  if (!fs.existsSync(file)) throw new Error(`There is no customer book in ${dataDir}.`);
  // While the app has the book, restoring under it would lose its next saves: refused, named.
  return withBookFolder(dataDir, async () => {
    const ctx = await openForCommand(dataDir);
    const secret = process.env[PASSCODE_ENV];
    try {
      return await restoreBook(ctx, source, secret === undefined || secret === '' ? {} : { secret });
    } finally {
      await ctx.book?.lock();
    }
  });
}
