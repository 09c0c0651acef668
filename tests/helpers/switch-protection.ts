// Run in a child process by the kill -9 test: switches a data folder's book on or off, and is
// killed (SIGKILL, by itself) at the step named in SHUKE_TEST_KILL_AT.
import path from 'node:path';
import { BOOK_FILE_NAME } from '../../electron/db/open-book';
import { BookSession } from '../../electron/domains/protection/book-session';
import { disableProtection, enableProtection, unlockBook } from '../../electron/domains/protection/protection.service';
import { sessionContext } from '../../electron/domains/protection/session-context';

const cheap = { passcode: { N: 1024, r: 8, p: 1 }, recovery: { N: 1024, r: 8, p: 1 } };

async function main(): Promise<void> {
  const [dir = '', action = '', passcode = ''] = process.argv.slice(2);
  const session = new BookSession({ file: path.join(dir, BOOK_FILE_NAME), cost: cheap });
  await session.start();
  const ctx = sessionContext(session, { now: () => new Date(), locale: 'en' });
  if (session.locked) await unlockBook(ctx, { secret: passcode });
  if (action === 'enable') await enableProtection(ctx, { passcode, understood: true });
  else await disableProtection(ctx, { secret: passcode });
  await session.lock();
  console.log('done');
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
