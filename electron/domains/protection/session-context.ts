import type { ServiceContext } from '../../api/context';
import { BookSession } from './book-session';

/**
 * A service context whose book is the session's: `db` is read from the session at each use (so a
 * restore, an unlock or a switch is seen at once) and refuses while the book is locked. The sample
 * book is a session of its own: `openFile` puts it (or the owner's book again) in the open one's
 * place, so locks, backups and restores always act on the book that is open.
 */
export function sessionContext(
  session: BookSession,
  base: Omit<ServiceContext, 'db' | 'book' | 'bookFile' | 'openFile'>,
): ServiceContext & { readonly book: BookSession } {
  let current = session;
  const sessions = new Map<string, BookSession>([[session.file, session]]);
  return {
    ...base,
    get bookFile() {
      return current.file;
    },
    get book() {
      return current;
    },
    get db() {
      return current.db();
    },
    set db(_db) {
      // A restore puts its book in through the session (BookSession.replace), which keeps the key.
      throw new Error('The book of a session is replaced through the session.');
    },
    async openFile(file: string) {
      if (file === current.file) return;
      const next = sessions.get(file) ?? new BookSession({ ...session.options, file, keyring: session.keyring, cost: session.cost });
      sessions.set(file, next);
      const previous = current;
      // Locked, not just closed: the key of a protected book is not kept while another is open.
      await previous.lock();
      try {
        await next.start();
        current = next;
      } catch (error) {
        await previous.start();
        throw error;
      }
    },
  };
}
