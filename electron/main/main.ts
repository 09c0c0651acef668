import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, session } from 'electron';
import type { UiLocale } from '../../shared/domain/salutation';
import { errorText } from '../../shared/error-text';
import { startBook, type StartedBook } from '../app/start-book';
import { nativePicker } from './native-dialogs';
import { desktopMenuActions } from './menu-actions';
import { safeStorageKeyring, safeStorageSealer } from './safe-storage-keyring';
import { registerIpc } from './ipc';
import { LOCKED_CHANNEL, lockOnSleep } from './lock-on-sleep';
import { menuTemplate } from './menu';
import { electronNativeBinding } from './native-binding';
import { appResponse, appScheme, privilegedSchemes, rendererRoot, rendererUrl } from './app-protocol';
import { guardApp, hardenSession, isTrustedUrl } from './security';
import { createWindowOptions } from './window-options';

function uiLocale(systemLocale: string): UiLocale {
  if (/^zh[-_](TW|HK|MO|Hant)/i.test(systemLocale)) return 'zh-TW';
  if (systemLocale.startsWith('zh')) return 'zh-CN';
  return 'en';
}

let started: StartedBook | undefined;
let mainWindow: BrowserWindow | undefined;

// Tests (and people who keep the book on another drive) can point the app at another folder.
const userDataOverride = process.env.SHUKE_USER_DATA;
if (userDataOverride !== undefined && userDataOverride !== '') app.setPath('userData', userDataOverride);

async function start(): Promise<void> {
  guardApp(app);
  hardenSession(session.defaultSession);
  const dataDir = app.getPath('userData');
  const nativeBinding = electronNativeBinding(app.getAppPath(), process.versions.electron);
  const sealer = safeStorageSealer();
  try {
    // A protected book opens only with its key: from this computer's keyring if the owner chose so,
    // else it starts locked and the page asks for the passcode. The same keyring keeps the hub's password.
    started = await startBook({
      dataDir,
      holder: 'the desktop app',
      locale: uiLocale(app.getLocale()),
      stays: true,
      keyring: safeStorageKeyring(dataDir, sealer),
      sealer,
      onProgress: (phase, done, total) => console.log(`[shuke] indexing ${phase}: ${done}/${total}`),
      ...(nativeBinding === undefined ? {} : { nativeBinding }),
      picker: nativePicker(dialog, () => mainWindow),
      tellLocked: () => mainWindow?.webContents.send(LOCKED_CHANNEL),
    });
  } catch (error) {
    dialog.showErrorBox('Shuke could not open the customer book', errorText(error));
    app.exit(1);
    return;
  }
  const { dispatch, lockNow } = started;

  const rendererDir = path.join(__dirname, '..', 'renderer');
  protocol.handle(appScheme, (request) => appResponse(rendererDir, request.url));
  // A checkout (npm start) is a development build; a packaged app has no reload or DevTools.
  const build = { development: !app.isPackaged };
  // The screen locked or the machine went to sleep: so does a protected book.
  lockOnSleep(powerMonitor, lockNow);
  registerIpc(ipcMain, dispatch, (url) => isTrustedUrl(url, rendererRoot));

  const window = new BrowserWindow(createWindowOptions(path.join(__dirname, 'preload.cjs'), build));
  mainWindow = window;
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(process.platform, app.name, desktopMenuActions(window, started.chosenFiles, dispatch, dialog), build),
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
    void started?.stop();
  });
  void app.whenReady().then(start);
}
