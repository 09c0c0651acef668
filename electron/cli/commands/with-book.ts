import fs from 'node:fs';
import path from 'node:path';
import { lockBookFolder } from '../../db/book-lock';
import { BOOK_FILE_NAME, openBook, type Book } from '../../db/open-book';

/**
 * Takes the data folder for one command, or refuses at once while the app or browser mode has
 * it open (the message names which): one process writes a book.
 */
export async function withBookFolder<T>(dataDir: string, run: () => Promise<T>): Promise<T> {
  const lock = lockBookFolder(dataDir, 'the command line');
  try {
    return await run();
  } finally {
    lock.release();
  }
}

/**
 * Opens the book in a data folder for one command and always closes it. `mustExist` refuses an
 * empty folder (backup, restore, export); an import may start a new book.
 */
export async function withBook<T>(dataDir: string, mustExist: boolean, run: (book: Book) => Promise<T>): Promise<T> {
  const file = path.join(dataDir, BOOK_FILE_NAME);
  if (mustExist && !fs.existsSync(file)) throw new Error(`There is no customer book in ${dataDir}.`);
  return withBookFolder(dataDir, async () => {
    const book = await openBook(file);
    try {
      return await run(book);
    } finally {
      await book.close();
    }
  });
}
