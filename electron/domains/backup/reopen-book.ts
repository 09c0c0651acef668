import type { ServiceContext } from '../../api/context';
import type { Db } from '../../db/database';
import { openBook, type OpenBookOptions } from '../../db/open-book';
import { prepareBook } from '../maintenance/book-maintenance.service';
import { valuesPassSettled } from '../value/values-pass';
import { backupsSettled } from './backup.service';

/** How this runtime opens a book (Electron brings its own build of SQLite's native module). */
export function openingOf(ctx: Pick<ServiceContext, 'nativeBinding'>): OpenBookOptions {
  return ctx.nativeBinding === undefined ? {} : { nativeBinding: ctx.nativeBinding };
}

/**
 * Lets go of the open book before another file takes its place. A value pass or a backup copy in
 * a worker holds the book open (on Windows its file could not be replaced while they run), so they
 * are waited for first. The caller runs alone (BookGate), so no call is using the connection.
 */
export async function closeOpenBook(ctx: ServiceContext): Promise<void> {
  await valuesPassSettled(ctx.db);
  await backupsSettled(ctx.db);
  await ctx.db.destroy();
}

/** Opens a book file brought up to date and indexed; the caller makes it the open book (ctx.db) once it is ready. */
export async function openPrepared(ctx: Pick<ServiceContext, 'nativeBinding'>, file: string): Promise<Db> {
  const book = await openBook(file, openingOf(ctx));
  try {
    await prepareBook(book.db);
  } catch (error) {
    await book.db.destroy();
    throw error;
  }
  return book.db;
}
