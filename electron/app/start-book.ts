import path from 'node:path';
import type { UiLocale } from '../../shared/domain/salutation';
import type { ServiceContext } from '../api/context';
import { createChosenFiles, type ChosenFiles, type FilePicker } from '../api/chosen-files';
import { createDispatcher, type Dispatcher } from '../api/dispatcher';
import { lockBookFolder } from '../db/book-lock';
import { BOOK_FILE_NAME } from '../db/open-book';
import { scheduleAutoBackups } from '../domains/backup/backup.service';
import { checkCardsAside } from '../domains/cards/card-check.service';
import { BookSession } from '../domains/protection/book-session';
import type { Sealer } from '../domains/protection/file-keyring';
import type { Keyring } from '../domains/protection/keyring';
import { startIdleLock } from '../domains/protection/protection.service';
import { sessionContext } from '../domains/protection/session-context';
import type { Progress } from '../domains/search/search-index.service';
import { scheduleDailyValues } from '../domains/value/value.service';
import { scheduleSync } from '../domains/sync/sync.service';
import { afterStart } from '../workers/after-start';
import { bundledWorkers, useBackgroundWorkers } from '../workers/background-workers';
import { lockAndTell } from './lock-and-tell';

export interface StartBookOptions {
  /** The folder that holds the book, its backups and its sample book. */
  dataDir: string;
  /** Who has the folder, as another process's refusal names it ("the desktop app", "browser mode", "the command line"). */
  holder: string;
  locale: UiLocale;
  /**
   * The book stays open in this process (the app, browser mode): it locks when idle, computes the
   * day's values in the values worker and backs itself up, and a sample book can open beside it.
   * Without it (one command) the book is only opened, and its backups still copy in the worker.
   */
  stays: boolean;
  nativeBinding?: string;
  keyring?: Keyring;
  /** The operating system's keyring, which keeps the hub's password sealed for the next start (the desktop app). */
  sealer?: Sealer;
  onProgress?: Progress;
  /** The desktop app's native dialogs. */
  picker?: FilePicker;
  /** Told once the book was locked from this side (idle, or the screen locked): the desktop tells its page. */
  tellLocked?: () => void;
}

export interface StartedBook {
  ctx: ServiceContext & { readonly book: BookSession };
  dispatch: Dispatcher;
  /** Files a person chose (a dialog, an upload, a command's argument), handed to calls by id. */
  chosenFiles: ChosenFiles;
  /** Locks a protected book now; an unprotected one refuses and nothing happens. */
  lockNow(): Promise<unknown>;
  /** Stops the background work, closes (locks) whichever book is open now and lets go of the folder. */
  stop(): Promise<void>;
}

/**
 * Opens the book of a data folder the one way every entry point does (the desktop app, browser
 * mode, the command line) and starts what keeps it: the folder's lock (one process writes a book),
 * the session (a protected book opens with this computer's keyring or stays locked), the
 * dispatcher every call goes through, the workers, the idle lock and the daily schedules. Each
 * entry point adds only its transport: IPC and windows, HTTP, or command-line arguments.
 */
export async function startBook(options: StartBookOptions): Promise<StartedBook> {
  const { dataDir, nativeBinding } = options;
  const file = path.join(dataDir, BOOK_FILE_NAME);
  // Refused at once when another process has the folder: the message names which.
  const lock = lockBookFolder(dataDir, options.holder, nativeBinding === undefined ? {} : { nativeBinding });
  const checks = new OpenedBookChecks();
  const session = new BookSession({
    file,
    ...(options.stays ? { afterOpen: () => checks.soon() } : {}),
    ...(options.keyring === undefined ? {} : { keyring: options.keyring }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    ...(nativeBinding === undefined ? {} : { nativeBinding }),
  });
  try {
    await session.start();
  } catch (error) {
    lock.release();
    throw error;
  }
  const chosenFiles = createChosenFiles();
  const ctx = sessionContext(session, {
    now: () => new Date(),
    locale: options.locale,
    backupDir: path.join(dataDir, 'backups'),
    ...(options.stays ? { books: { real: file, sample: path.join(dataDir, 'sample', BOOK_FILE_NAME) } } : {}),
    ...(nativeBinding === undefined ? {} : { nativeBinding }),
    chosenFiles,
    ...(options.picker === undefined ? {} : { picker: options.picker }),
    ...(options.sealer === undefined ? {} : { sealer: options.sealer }),
  });
  checks.of(ctx);
  const dispatch = createDispatcher(ctx);
  const { backup, values } = bundledWorkers();
  // A single command computes no day's values: they wait for the app, as they always have.
  useBackgroundWorkers({
    ...(backup === undefined ? {} : { backup }),
    ...(values === undefined || !options.stays ? {} : { values }),
    ...(nativeBinding === undefined ? {} : { nativeBinding }),
    locale: options.locale,
  });
  const lockNow = lockAndTell(
    () => dispatch('protection.lock', {}),
    () => options.tellLocked?.(),
  );
  const stopBackground = options.stays ? keepBook(ctx, lockNow) : () => undefined;
  return {
    ctx,
    dispatch,
    chosenFiles,
    lockNow,
    async stop() {
      stopBackground();
      checks.stop();
      // The book may have been swapped (a restore, the sample): close whichever is open now.
      await ctx.book.lock().finally(() => lock.release());
    },
  };
}

/**
 * The checks of a book that has just opened (its member cards add up), started once the counter's
 * first answers are out (afterStart) and run in the values worker: each open (start, unlock,
 * restore) asks again, and a book locked by then is checked at its next open.
 */
class OpenedBookChecks {
  private ctx: (ServiceContext & { readonly book: BookSession }) | null = null;
  // Only the newest open's check is waited for: it reads whichever book is open when it fires,
  // so an older one still waiting would check the same book twice.
  private cancelPending: () => void = () => undefined;

  of(ctx: ServiceContext & { readonly book: BookSession }): void {
    this.ctx = ctx;
  }

  soon(): void {
    this.cancelPending();
    this.cancelPending = afterStart(() => {
      const ctx = this.ctx;
      if (ctx !== null && !ctx.book.locked) {
        void checkCardsAside(ctx.db, (error) => console.error('[shuke] checking the member cards failed', error));
      }
      return () => undefined;
    });
  }

  stop(): void {
    this.cancelPending();
  }
}

/** The idle lock, and after a quiet start the day's values, the automatic backups and replication; answers a function that stops them. */
function keepBook(ctx: ServiceContext & { readonly book: BookSession }, lockNow: () => Promise<unknown>): () => void {
  const stopIdleLock = startIdleLock(ctx.book, lockNow);
  const stopSchedules = afterStart(() => {
    const values = scheduleDailyValues(ctx, (error) => console.error('[shuke] computing customer values failed', error));
    const stopBackups = scheduleAutoBackups(ctx, (error) => console.error('[shuke] automatic backup failed', error));
    const stopSync = scheduleSync(ctx);
    return () => {
      values.stop();
      stopBackups();
      stopSync();
    };
  });
  return () => {
    stopSchedules();
    stopIdleLock();
  };
}
