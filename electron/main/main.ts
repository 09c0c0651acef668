import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, session } from 'electron';
import type { UiLocale } from '../../shared/domain/salutation';
import { createDispatcher } from '../api/dispatcher';
import { createChosenFiles } from '../api/chosen-files';
import { nativePicker } from './native-dialogs';
import { desktopMenuActions } from './menu-actions';
import { BOOK_FILE_NAME } from '../db/open-book';
import { lockBookFolder, type BookLock } from '../db/book-lock';
import { BookSession } from '../domains/protection/book-session';
import { sessionContext } from '../domains/protection/session-context';
import { startIdleLock } from '../domains/protection/protection.service';
import { safeStorageKeyring } from './safe-storage-keyring';
import { scheduleAutoBackups } from '../domains/backup/backup.service';
import { scheduleDailyValues } from '../domains/value/value.service';
import { afterStart } from '../workers/after-start';
import { registerIpc } from './ipc';
import { LOCKED_CHANNEL, lockAndTell, lockOnSleep } from './lock-on-sleep';
import { menuTemplate } from './menu';
import { electronNativeBinding } from './native-binding';
import { appResponse, appScheme, privilegedSchemes, rendererRoot, rendererUrl } from './app-protocol';
import { guardApp, hardenSession, isTrustedUrl } from './security';
import { createWindowOptions } from './window-options';
import { bundledWorkers, useBackgroundWorkers } from '../workers/background-workers';
import { errorText } from '../../shared/error-text';

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
    dialog.showErrorBox('Shuke could not open the customer book', errorText(error));
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
    ...(nativeBinding === undefined ? {} : { nativeBinding }),
    chosenFiles: createChosenFiles(),
    picker: nativePicker(dialog, () => mainWindow),
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
  useBackgroundWorkers({ ...bundledWorkers(), ...(nativeBinding === undefined ? {} : { nativeBinding }), locale: ctx.locale });
  afterStart(() => {
    const values = scheduleDailyValues(ctx, (error) => console.error('[shuke] computing customer values failed', error));
    const stopBackups = scheduleAutoBackups(ctx, (error) => console.error('[shuke] automatic backup failed', error));
    return () => {
      values.stop();
      stopBackups();
    };
  });
  registerIpc(ipcMain, dispatch, (url) => isTrustedUrl(url, rendererRoot));

  const window = new BrowserWindow(createWindowOptions(path.join(__dirname, 'preload.cjs'), build));
  mainWindow = window;
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate(process.platform, app.name, desktopMenuActions(window, ctx, dispatch, dialog), build)),
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
