import { bookToken, keepPort, keptPort } from './session';
import type { Server } from 'node:http';
import path from 'node:path';
import { failed } from '../api/dispatcher';
import { startBook, type StartedBook } from '../app/start-book';
import { AppError } from '../api/app-error';
import type { Result } from '../../shared/domain/result';
import { setBackupFolder } from '../domains/backup/backup.service';
import { exportFileName, exportFiles, exportFormatOf } from '../domains/archive/export.service';
import { exportLocaleOf } from '../../shared/domain/export-words';
import { progressPrinter } from '../cli/progress';
import { parseWebArgs, type WebArgs } from './args';
import { createWebServer, type WebServerOptions } from './server';
import { createRestoreStaging, type RestoreStaging } from './restore-staging';
import { errorText } from '../../shared/error-text';

// `npm run bench` asks for the steps of start-up (when each happened, ms since 1970) with SHUKE_STARTUP_TIMES=1.
const clock = () => performance.timeOrigin + performance.now();
const startupSteps: Record<string, number> | null = process.env.SHUKE_STARTUP_TIMES === '1' ? { up: clock() } : null;

async function main(): Promise<void> {
  const args = parseWebArgs(process.argv.slice(2));
  // A protected book starts locked (browser mode has no keyring): the page asks for the passcode.
  const started = await startBook({
    dataDir: args.dataDir,
    holder: 'browser mode',
    locale: args.lang ?? (/^zh[-_](TW|HK|MO)/i.test(Intl.DateTimeFormat().resolvedOptions().locale) ? 'zh-TW' : 'zh-CN'),
    stays: true,
    onProgress: progressPrinter('Building the lookup index'),
  });
  if (startupSteps !== null) startupSteps.bookOpen = clock();
  const { ctx, dispatch } = started;
  const session = ctx.book;
  if (session.locked) console.log('The book is protected: unlock it in the page with its passcode or recovery code.');
  // The folder is kept in the book: a locked book takes it after its unlock, from the next start.
  if (args.backups !== null && !session.locked) await setBackupFolder(ctx, args.backups);
  else if (args.backups !== null)
    console.log('The book is locked: --backups takes effect once it is unlocked and browser mode is started again.');
  const staging = createRestoreStaging();
  const token = bookToken(args.dataDir);
  const server = createWebServer({
    dispatch,
    restoreUpload: restoreUploads(started, staging),
    exports: bookExports(started),
    rendererDir: path.join(__dirname, '..', 'renderer'),
    token,
    lang: args.lang,
  });
  listenOnBookPort(server, args, token);
  const stop = () => {
    staging.clear();
    server.close();
    void started.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/**
 * An upload is only staged: the page then asks backup.inspect for it (with the passcode or
 * recovery code, and after its key file, when it is protected) and restores once confirmed.
 */
function restoreUploads(started: StartedBook, staging: RestoreStaging): NonNullable<WebServerOptions['restoreUpload']> {
  const session = started.ctx.book;
  const { chosenFiles } = started;
  const staged = (step: () => unknown): Promise<Result<unknown>> => {
    try {
      if (session.locked) throw AppError.saying('LOCKED', 'bookIsLocked');
      return Promise.resolve({ ok: true, value: step() ?? {} });
    } catch (error) {
      if (error instanceof AppError) return Promise.resolve(failed(error));
      throw error;
    }
  };
  return {
    backup: (file, name) => staged(() => ({ chosen: chosenFiles.add(staging.stage(file, name)) })),
    keys: (file, chosen) => staged(() => staging.stageKeys(file, chosenFiles.path(chosen ?? ''))),
  };
}

/** Downloads of the book's exports, written by the same export.write call as the desktop's. */
function bookExports({ dispatch, chosenFiles }: StartedBook): NonNullable<WebServerOptions['exports']> {
  return {
    describe: (format) => {
      const known = exportFormatOf(format);
      return known === undefined ? null : { fileName: exportFileName(known, new Date()), contentType: exportFiles[known].contentType };
    },
    write: async (format, file, lang) => {
      const known = exportFormatOf(format);
      if (known === undefined) throw new Error(`unknown format ${format}`);
      const locale = exportLocaleOf(lang);
      const written = await dispatch('export.write', {
        format: known,
        to: chosenFiles.add(file),
        ...(locale === undefined ? {} : { lang: locale }),
      });
      if (!written.ok) throw new Error(written.error.message);
    },
  };
}

/** Without --port, the book's last port is tried first, so a bookmark of the page still opens it. */
function listenOnBookPort(server: Server, args: WebArgs, token: string): void {
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
}

main().catch((error: unknown) => {
  console.error(`Shuke could not start: ${errorText(error)}`);
  process.exit(1);
});
