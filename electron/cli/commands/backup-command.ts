import type { CallOutput } from '../../../shared/contract';
import { call, withBook } from './with-book';

export const autoBackupNote = 'Tip: schedule this command (cron, Task Scheduler) for backups while the app is closed.';

/** `shuke backup`: the same backup as the app's, from the command line, for scheduled backups (a protected book's is encrypted too). */
export async function runBackup(dataDir: string, out?: string): Promise<CallOutput<'backup.now'>> {
  return withBook(dataDir, true, (book) => call(book, 'backup.now', out === undefined ? {} : { to: book.chosenFiles.add(out) }));
}
