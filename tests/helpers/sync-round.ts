// Run in a child process by the sync kill -9 test: opens a data folder's book as the app does and
// runs one sync round (Sync now), killed with SIGKILL by itself at the step named in
// SHUKE_TEST_KILL_AT, or by the test at any moment.
import path from 'node:path';
import { createDispatcher } from '../../electron/api/dispatcher';
import { BOOK_FILE_NAME } from '../../electron/db/open-book';
import { BookSession } from '../../electron/domains/protection/book-session';
import { sessionContext } from '../../electron/domains/protection/session-context';

async function main(): Promise<void> {
  const [dir = ''] = process.argv.slice(2);
  const session = new BookSession({ file: path.join(dir, BOOK_FILE_NAME) });
  await session.start();
  const dispatch = createDispatcher(sessionContext(session, { now: () => new Date(), locale: 'en' }));
  console.log('started');
  const result = await dispatch('sync.now', {});
  if (!result.ok) throw new Error(result.error.message);
  await session.lock();
  console.log('done');
  // The copy's LevelDB would keep the process alive a moment; the round is over.
  process.exit(0);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
