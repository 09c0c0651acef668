import { bookToken, keepPort, keptPort } from './session';
import path from 'node:path';
import { createDispatcher, failed } from '../api/dispatcher';
import { AppError } from '../api/app-error';
import type { Result } from '../../shared/domain/result';
import { BOOK_FILE_NAME } from '../db/open-book';
import { lockBookFolder } from '../db/book-lock';
import { BookSession } from '../domains/protection/book-session';
import { sessionContext } from '../domains/protection/session-context';
import { startIdleLock } from '../domains/protection/protection.service';
import { scheduleAutoBackups, setBackupFolder } from '../domains/backup/backup.service';
import { createChosenFiles } from '../api/chosen-files';
import { scheduleDailyValues } from '../domains/value/value.service';
import { exportFileName, exportFiles, exportFormatOf, writeExport } from '../domains/archive/export.service';
import { exportLocaleOf } from '../../shared/domain/export-words';
import { progressPrinter } from '../cli/progress';
import { parseWebArgs } from './args';
import { createWebServer } from './server';
import { createRestoreStaging } from './restore-staging';
import { bundledWorkers, useBackgroundWorkers } from '../workers/background-workers';
import { afterStart } from '../workers/after-start';
import { errorText } from '../../shared/error-text';

// `npm run bench` asks for the steps of start-up (when each happened, ms since 1970) with SHUKE_STARTUP_TIMES=1.
const clock = () => performance.timeOrigin + performance.now();
const startupSteps: Record<string, number> | null = process.env.SHUKE_STARTUP_TIMES === '1' ? { up: clock() } : null;

async function main(): Promise<void> {
  const args = parseWebArgs(process.argv.slice(2));
  // One process writes a book: refuse at once if the desktop app or the command line has it.
  const lock = lockBookFolder(args.dataDir, 'browser mode');
  // A protected book starts locked (browser mode has no keyring): the page asks for the passcode.
  const session = new BookSession({
    file: path.join(args.dataDir, BOOK_FILE_NAME),
    onProgress: progressPrinter('Building the lookup index'),
  });
  await session.start();
  if (startupSteps !== null) startupSteps.bookOpen = clock();
  if (session.locked) console.log('The book is protected: unlock it in the page with its passcode or recovery code.');
  const locale = args.lang ?? (/^zh[-_](TW|HK|MO)/i.test(Intl.DateTimeFormat().resolvedOptions().locale) ? 'zh-TW' : 'zh-CN');
  // Uploaded backups are chosen files too: the page gets their id, never their path.
  const chosenFiles = createChosenFiles();
  const ctx = sessionContext(session, {
    now: () => new Date(),
    locale,
    backupDir: path.join(args.dataDir, 'backups'),
    books: { real: session.file, sample: path.join(args.dataDir, 'sample', BOOK_FILE_NAME) },
    chosenFiles,
  });
  // The folder is kept in the book: a locked book takes it after its unlock, from the next start.
  if (args.backups !== null && !session.locked) await setBackupFolder(ctx, args.backups);
  else if (args.backups !== null)
    console.log('The book is locked: --backups takes effect once it is unlocked and browser mode is started again.');
  const dispatch = createDispatcher(ctx);
  const stopIdleLock = startIdleLock(session, () => dispatch('protection.lock', {}));
  useBackgroundWorkers({ ...bundledWorkers(), locale: ctx.locale });
  const stopBackground = afterStart(() => {
    const values = scheduleDailyValues(ctx, (error) => console.error('[shuke] computing customer values failed', error));
    const stopBackups = scheduleAutoBackups(ctx, (error) => console.error(`Automatic backup failed: ${errorText(error)}`));
    return () => {
      values.stop();
      stopBackups();
    };
  });
  const staging = createRestoreStaging();
  const staged = (step: () => unknown): Promise<Result<unknown>> => {
    try {
      if (session.locked) throw AppError.saying('LOCKED', 'bookIsLocked');
      return Promise.resolve({ ok: true, value: step() ?? {} });
    } catch (error) {
      if (error instanceof AppError) return Promise.resolve(failed(error));
      throw error;
    }
  };
  const token = bookToken(args.dataDir);
  const server = createWebServer({
    dispatch,
    // An upload is only staged: the page then asks backup.inspect for it (with the passcode or
    // recovery code, and after its key file, when it is protected) and restores once confirmed.
    restoreUpload: {
      backup: (file, name) => staged(() => ({ chosen: chosenFiles.add(staging.stage(file, name)) })),
      keys: (file, chosen) => staged(() => staging.stageKeys(file, chosenFiles.path(chosen ?? ''))),
    },
    exports: {
      describe: (format) => {
        const known = exportFormatOf(format);
        return known === undefined ? null : { fileName: exportFileName(known, new Date()), contentType: exportFiles[known].contentType };
      },
      write: async (format, file, lang) => {
        const known = exportFormatOf(format);
        if (known === undefined) throw new Error(`unknown format ${format}`);
        await writeExport(ctx.db, known, file, { locale: exportLocaleOf(lang) ?? ctx.locale });
      },
    },
    rendererDir: path.join(__dirname, '..', 'renderer'),
    token,
    lang: args.lang,
  });
  // Without --port, the book's last port is tried first, so a bookmark of the page still opens it.
  const preferred = args.port === 0 ? keptPort(args.dataDir) : args.port;
  const listen = (port: number) => server.listen(port, '127.0.0.1');
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE' && args.port === 0 && preferred !== 0) listen(0);
    else throw error;
  });
  server.on('listening', () => {
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : args.port;
    if (args.port === 0) keepPort(args.dataDir, port);
    console.log(`Shuke is serving the book in ${args.dataDir}`);
    console.log(`Open http://127.0.0.1:${port}/?token=${token}`);
    console.log('(Opened once, the page keeps its key: a bookmark of it opens the book again next time.)');
    if (startupSteps !== null) console.log(`[startup] ${JSON.stringify({ ...startupSteps, listening: clock() })}`);
  });
  listen(preferred);
  const stop = () => {
    stopBackground();
    stopIdleLock();
    staging.clear();
    server.close();
    // The book may have been swapped by a restore: close whichever is open now.
    void session
      .lock()
      .finally(() => lock.release())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`Shuke could not start: ${errorText(error)}`);
  process.exit(1);
});
