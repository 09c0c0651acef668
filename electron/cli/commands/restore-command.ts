import type { CallOutput } from '../../../shared/contract';
import { call, commandSecret, withBook } from './with-book';

/**
 * `shuke restore FILE --data DIR`: the app's restore from the command line (refused while the app
 * has the book). A protected backup from another book opens with the passcode or recovery code in
 * SHUKE_PASSCODE, as a protected book does.
 */
export async function runRestore(source: string, dataDir: string): Promise<CallOutput<'backup.restore'>> {
  // While the app has the book, restoring under it would lose its next saves: refused, named.
  return withBook(dataDir, true, (book) => {
    const secret = commandSecret();
    return call(book, 'backup.restore', { chosen: book.chosenFiles.add(source), ...(secret === undefined ? {} : { secret }) });
  });
}
