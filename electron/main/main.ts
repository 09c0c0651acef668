import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, session } from 'electron';
import { backupTo } from '../domains/backup/backup.service';
import { exportFileName, exportFiles, writeExport } from '../domains/archive/export.service';
import { describeRestore } from './describe-restore';
import type { UiLocale } from '../../shared/domain/salutation';
import { createDispatcher } from '../api/dispatcher';
import { BOOK_FILE_NAME } from '../db/open-book';
import { lockBookFolder, type BookLock } from '../db/book-lock';
import { BookSession } from '../domains/protection/book-session';
import { sessionContext } from '../domains/protection/session-context';
import { startIdleLock } from '../domains/protection/protection.service';
import { safeStorageKeyring } from './safe-storage-keyring';
import { scheduleAutoBackups } from '../domains/backup/backup.service';
import { scheduleDailyValues } from '../domains/value/value.service';
import { runValuePassesIn } from '../domains/value/values-pass';
import { registerIpc } from './ipc';
import { LOCKED_CHANNEL, lockAndTell, lockOnSleep } from './lock-on-sleep';
import { menuTemplate } from './menu';
import { electronNativeBinding } from './native-binding';
import { appResponse, appScheme, privilegedSchemes, rendererRoot, rendererUrl } from './app-protocol';
import { guardApp, hardenSession, isTrustedUrl } from './security';
import { createWindowOptions } from './window-options';
import { bundledWorker } from '../workers/bundled-worker';

function uiLocale(systemLocale: string): UiLocale {
  if (/^zh[-_](TW|HK|MO|Hant)/i.test(systemLocale)) return 'zh-TW';
  if (systemLocale.startsWith('zh')) return 'zh-CN';
  return 'en';
}

// The open book lives in the session the context holds now (the owner's book, or the sample).
let current: { readonly book: BookSession } | undefined;
let lock: BookLock | undefined;
let mainWindow: BrowserWindow | undefined;

// Tests (and people who keep the book on another drive) can point the app at another folder.
const userDataOverride = process.env.SHUKE_USER_DATA;
if (userDataOverride !== undefined && userDataOverride !== '') app.setPath('userData', userDataOverride);

async function start(): Promise<void> {
  guardApp(app);
  hardenSession(session.defaultSession);
  const file = path.join(app.getPath('userData'), BOOK_FILE_NAME);
  const nativeBinding = electronNativeBinding(app.getAppPath(), process.versions.electron);
  // A protected book opens only with its key: from this computer's keyring if the owner chose so,
  // else it starts locked and the page asks for the passcode.
  const book = new BookSession({
    file,
    keyring: safeStorageKeyring(app.getPath('userData')),
    onProgress: (phase, done, total) => console.log(`[shuke] indexing ${phase}: ${done}/${total}`),
    ...(nativeBinding === undefined ? {} : { nativeBinding }),
  });
  try {
    // One process writes a book: browser mode or the command line may already have this folder.
    lock = lockBookFolder(path.dirname(file), 'the desktop app', nativeBinding === undefined ? {} : { nativeBinding });
    await book.start();
  } catch (error) {
    dialog.showErrorBox('Shuke could not open the customer book', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }

  const rendererDir = path.join(__dirname, '..', 'renderer');
  protocol.handle(appScheme, (request) => appResponse(rendererDir, request.url));
  // A checkout (npm start) is a development build; a packaged app has no reload or DevTools.
  const build = { development: !app.isPackaged };
  const ctx = sessionContext(book, {
    now: () => new Date(),
    locale: uiLocale(app.getLocale()),
    backupDir: path.join(app.getPath('userData'), 'backups'),
    books: { real: file, sample: path.join(app.getPath('userData'), 'sample', BOOK_FILE_NAME) },
    backupWorker: bundledWorker('backup-worker'),
    ...(nativeBinding === undefined ? {} : { nativeBinding }),
  });
  current = ctx;
  const dispatch = createDispatcher(ctx);
  const lockNow = lockAndTell(
    () => dispatch('protection.lock', {}),
    () => mainWindow?.webContents.send(LOCKED_CHANNEL),
  );
  startIdleLock(book, lockNow);
  // The screen locked or the machine went to sleep: so does a protected book.
  lockOnSleep(powerMonitor, lockNow);
  runValuePassesIn(bundledWorker('values-worker'), nativeBinding);
  scheduleDailyValues(ctx, (error) => console.error('[shuke] computing customer values failed', error));
  scheduleAutoBackups(ctx, (error) => console.error('[shuke] automatic backup failed', error));
  registerIpc(ipcMain, dispatch, (url) => isTrustedUrl(url, rendererRoot));

  const window = new BrowserWindow(createWindowOptions(path.join(__dirname, 'preload.cjs'), build));
  mainWindow = window;
  const report = (title: string, error: unknown) => dialog.showErrorBox(title, error instanceof Error ? error.message : String(error));
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(
        process.platform,
        app.name,
        {
          backupTo: () => {
            const stamp = new Date().toISOString().slice(0, 10);
            void dialog
              .showSaveDialog(window, { defaultPath: `shuke-${stamp}.sqlite`, filters: [{ name: 'Shuke backup', extensions: ['sqlite'] }] })
              .then(async (choice) => {
                if (choice.canceled || choice.filePath === undefined) return;
                try {
                  const result = await backupTo(ctx, choice.filePath, new Date());
                  await dialog.showMessageBox(window, { message: `Backed up ${result.customers} customers to ${result.file}, verified.` });
                } catch (error) {
                  report('The backup failed', error);
                }
              });
          },
          exportAs: (format) => {
            const { extension, label } = exportFiles[format];
            void dialog
              .showSaveDialog(window, {
                defaultPath: exportFileName(format, new Date()),
                filters: [{ name: label, extensions: [extension] }],
              })
              .then(async (choice) => {
                if (choice.canceled || choice.filePath === undefined) return;
                try {
                  // The save dialog has asked about replacing the file; exports never overwrite, so a
                  // replacement is written beside it and swapped in only once it is complete.
                  const file = choice.filePath;
                  const target = fs.existsSync(file) ? `${file}.replacing` : file;
                  fs.rmSync(`${file}.replacing`, { force: true });
                  const result = await writeExport(ctx.db, format, target, { locale: ctx.locale });
                  if (target !== file) fs.renameSync(target, file);
                  await dialog.showMessageBox(window, { message: `Exported ${result.customers} customers to ${file}.` });
                } catch (error) {
                  report('The export failed', error);
                }
              });
          },
          restoreFrom: () => {
            void dialog
              .showOpenDialog(window, { properties: ['openFile'], filters: [{ name: 'Shuke backup', extensions: ['sqlite'] }] })
              .then(async (choice) => {
                const source = choice.filePaths[0];
                if (choice.canceled || source === undefined) return;
                // The menu goes through the same dispatcher as the page: checked, then confirmed.
                const inspected = await dispatch('backup.inspect', { file: source });
                if (!inspected.ok) return report('The restore was refused', new Error(inspected.error.message));
                const answer = await dialog.showMessageBox(window, {
                  type: 'warning',
                  message: 'Replace the open book with this backup?',
                  detail: describeRestore(inspected.value),
                  buttons: ['Restore this backup', 'Cancel'],
                  defaultId: 1,
                  cancelId: 1,
                });
                if (answer.response !== 0) return;
                const restored = await dispatch('backup.restore', { file: source });
                if (!restored.ok) return report('The restore failed', new Error(restored.error.message));
                // Today says what happened and offers to undo it.
                await window.loadURL(rendererUrl('/today'));
              });
          },
        },
        build,
      ),
    ),
  );
  window.once('ready-to-show', () => window.show());
  await window.loadURL(rendererUrl());
}

// Before the app is ready: the renderer's own scheme gets a real origin and a secure context.
protocol.registerSchemesAsPrivileged(privilegedSchemes);

// The desktop app is single-instance: a second launch focuses the first window and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow === undefined) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    void current?.book.lock().finally(() => lock?.release());
  });
  void app.whenReady().then(start);
}
