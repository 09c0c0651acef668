import type { Db } from './database';

/** Work under way on an open book that its connection must outlive (a sync round): how to ask it to stop, and when it has. */
interface BookHold {
  stop(): void;
  done: Promise<unknown>;
}

const holds = new WeakMap<Db, Set<BookHold>>();

/**
 * Notes work on `db` that a lock, a restore or a protection switch must see end before closing
 * the book: closing under it would fail it half-way (and a write landing between the copy and the
 * swap would be in neither book). Kept below every domain, as the sync domain stands above those
 * that close the book.
 */
export function holdBook(db: Db, hold: BookHold): void {
  const set = holds.get(db) ?? new Set<BookHold>();
  holds.set(db, set);
  set.add(hold);
  void hold.done.then(
    () => set.delete(hold),
    () => set.delete(hold),
  );
}

/** Asks each work holding `db` to stop at its next safe point and resolves once all have ended. */
export async function bookHoldsReleased(db: Db): Promise<void> {
  const set = [...(holds.get(db) ?? [])];
  for (const hold of set) hold.stop();
  await Promise.allSettled(set.map((h) => h.done));
}
