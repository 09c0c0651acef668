import path from 'node:path';
import type { CallOutput } from '../../../shared/contract';
import { backupNow, backupTo } from '../../domains/backup/backup.service';
import { withBook } from './with-book';
import { bundledWorker } from '../../workers/bundled-worker';
import type { ServiceContext } from '../../api/context';

export const autoBackupNote = 'Tip: schedule this command (cron, Task Scheduler) for backups while the app is closed.';

/** `shuke backup`: the same backup as the app's, from the command line, for scheduled backups. */
export async function runBackup(dataDir: string, out?: string): Promise<CallOutput<'backup.now'>> {
  return withBook(dataDir, true, (book) => {
    const ctx: ServiceContext = {
      db: book.db,
      now: () => new Date(),
      locale: 'zh-CN',
      backupDir: path.join(dataDir, 'backups'),
      bookFile: book.file,
      backupWorker: bundledWorker('backup-worker'),
    };
    return out === undefined ? backupNow(ctx) : backupTo(ctx, out, new Date());
  });
}
