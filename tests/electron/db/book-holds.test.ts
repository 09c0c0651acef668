import { describe, expect, it } from 'vitest';
import { bookHoldsReleased, holdBook } from '../../../electron/db/book-holds';
import { createTestDb } from '../../helpers/create-test-db';

describe('work holding a book open', () => {
  it('is asked to stop and waited for before the book closes; work already ended is not asked', async () => {
    const { db } = await createTestDb();
    const asked: string[] = [];
    let finish: (value?: unknown) => void = () => undefined;
    const running = new Promise<unknown>((resolve) => {
      finish = resolve;
    });
    holdBook(db, {
      stop: () => {
        asked.push('running');
        finish();
      },
      done: running,
    });
    const ended = Promise.resolve();
    holdBook(db, { stop: () => asked.push('ended'), done: ended });
    await ended;
    await bookHoldsReleased(db);
    expect(asked).toEqual(['running']);
    // Another book's close asks nothing of this one's work.
    const other = await createTestDb();
    holdBook(db, { stop: () => asked.push('late'), done: new Promise(() => undefined) });
    await bookHoldsReleased(other.db);
    expect(asked).toEqual(['running']);
  });

  it('waits for work that fails as for work that ends', async () => {
    const { db } = await createTestDb();
    let fail = (_error: Error) => undefined as unknown;
    const failing = new Promise((_resolve, reject) => (fail = reject));
    failing.catch(() => undefined);
    holdBook(db, { stop: () => fail(new Error('stopped')), done: failing });
    await expect(bookHoldsReleased(db)).resolves.toBeUndefined();
  });
});
