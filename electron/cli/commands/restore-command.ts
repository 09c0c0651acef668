import fs from 'node:fs';
import path from 'node:path';
import type { ServiceContext } from '../../api/context';
import { restoreBook, type RestoreResult } from '../../domains/backup/restore.service';
import { BOOK_FILE_NAME, openBook } from '../../db/open-book';
import { withBookFolder } from './with-book';

/** `shuke restore FILE --data DIR`: the app's restore from the command line (refused while the app has the book). */
export async function runRestore(source: string, dataDir: string): Promise<RestoreResult> {
  const file = path.join(dataDir, BOOK_FILE_NAME);
  if (!fs.existsSync(file)) throw new Error(`There is no customer book in ${dataDir}.`);
  // While the app has the book, restoring under it would lose its next saves: refused, named.
  return withBookFolder(dataDir, async () => {
    const book = await openBook(file);
    const ctx: ServiceContext = {
      db: book.db,
      now: () => new Date(),
      locale: 'zh-CN',
      backupDir: path.join(dataDir, 'backups'),
      bookFile: file,
    };
    try {
      return await restoreBook(ctx, source);
    } finally {
      await ctx.db.destroy();
    }
  });
}
