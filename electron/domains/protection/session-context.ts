import type { ServiceContext } from '../../api/context';
import type { BookSession } from './book-session';

/**
 * A service context whose book is the session's: `db` is read from the session at each use (so a
 * restore, an unlock or a switch is seen at once) and refuses while the book is locked.
 */
export function sessionContext(session: BookSession, base: Omit<ServiceContext, 'db' | 'book' | 'bookFile'>): ServiceContext {
  return {
    ...base,
    bookFile: session.file,
    book: session,
    get db() {
      return session.db();
    },
    set db(_db) {
      // A restore puts its book in through the session (BookSession.replace), which keeps the key.
      throw new Error('The book of a session is replaced through the session.');
    },
  };
}
