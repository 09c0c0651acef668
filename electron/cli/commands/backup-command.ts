import fs from 'node:fs';
import path from 'node:path';
import type { CallOutput } from '../../../shared/contract';
import { backupNow, backupTo } from '../../domains/backup/backup.service';
import { BOOK_FILE_NAME, openBook } from '../../db/open-book';

export const autoBackupNote = 'Tip: schedule this command (cron, Task Scheduler) for backups while the app is closed.';

/** `shuke backup`: the same backup as the app's, from the command line, for scheduled backups. */
export async function runBackup(dataDir: string, out?: string): Promise<CallOutput<'backup.now'>> {
  const file = path.join(dataDir, BOOK_FILE_NAME);
  if (!fs.existsSync(file)) throw new Error(`There is no customer book in ${dataDir}.`);
  const book = await openBook(file);
  try {
    const ctx = { db: book.db, now: () => new Date(), locale: 'zh-CN' as const, backupDir: path.join(dataDir, 'backups') };
    return out === undefined ? await backupNow(ctx) : await backupTo(book.db, out, new Date());
  } finally {
    await book.close();
  }
}
