import fs from 'node:fs';
import path from 'node:path';
import type { ServiceContext } from '../../api/context';
import { lockBookFolder } from '../../db/book-lock';
import { BOOK_FILE_NAME } from '../../db/open-book';
import { BookSession } from '../../domains/protection/book-session';
import { unlockBook } from '../../domains/protection/protection.service';
import { sessionContext } from '../../domains/protection/session-context';
import { bundledWorker } from '../../workers/bundled-worker';
import { useBackgroundWorkers } from '../../workers/background-workers';

/** Where the command line reads a protected book's passcode (or recovery code) from. */
export const PASSCODE_ENV = 'SHUKE_PASSCODE';

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
 * The book of a data folder, opened for one command: a protected book with the passcode or
 * recovery code in SHUKE_PASSCODE (an environment variable, so it is not left in the shell's
 * history or the process list), counted like a wrong try in the app.
 */
export async function openForCommand(dataDir: string): Promise<ServiceContext> {
  const backup = bundledWorker('backup-worker');
  // The command line copies backups in the backup worker; it computes no day's values.
  useBackgroundWorkers({ ...(backup === undefined ? {} : { backup }) });
  const session = new BookSession({ file: path.join(dataDir, BOOK_FILE_NAME) });
  await session.start();
  const ctx = sessionContext(session, {
    now: () => new Date(),
    locale: 'zh-CN',
    backupDir: path.join(dataDir, 'backups'),
  });
  if (!session.locked) return ctx;
  const secret = process.env[PASSCODE_ENV];
  if (secret === undefined || secret === '')
    throw new Error(`The book in ${dataDir} is protected: set ${PASSCODE_ENV} to its passcode or recovery code and run the command again.`);
  await unlockBook(ctx, { secret });
  return ctx;
}

/**
 * Opens the book in a data folder for one command and always closes it. `mustExist` refuses an
 * empty folder (backup, restore, export); an import may start a new book.
 */
export async function withBook<T>(dataDir: string, mustExist: boolean, run: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  const file = path.join(dataDir, BOOK_FILE_NAME);
  if (mustExist && !fs.existsSync(file)) throw new Error(`There is no customer book in ${dataDir}.`);
  return withBookFolder(dataDir, async () => {
    const ctx = await openForCommand(dataDir);
    try {
      return await run(ctx);
    } finally {
      await ctx.book?.lock();
    }
  });
}
