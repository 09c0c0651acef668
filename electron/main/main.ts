import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import type { UiLocale } from '../../shared/domain/salutation';
import { createDispatcher } from '../api/dispatcher';
import { BOOK_FILE_NAME, openBook, type Book } from '../db/open-book';
import { prepareBook } from '../domains/book-maintenance.service';
import { scheduleAutoBackups } from '../domains/backup/backup.service';
import type { ServiceContext } from '../api/context';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { electronNativeBinding } from './native-binding';
import { guardApp, hardenSession, isTrustedUrl } from './security';
import { createWindowOptions } from './window-options';

function uiLocale(systemLocale: string): UiLocale {
  if (/^zh[-_](TW|HK|MO|Hant)/i.test(systemLocale)) return 'zh-TW';
  if (systemLocale.startsWith('zh')) return 'zh-CN';
  return 'en';
}

let book: Book | undefined;

// Tests (and people who keep the book on another drive) can point the app at another folder.
const userDataOverride = process.env.SHUKE_USER_DATA;
if (userDataOverride !== undefined && userDataOverride !== '') app.setPath('userData', userDataOverride);

async function start(): Promise<void> {
  guardApp(app);
  hardenSession(session.defaultSession);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, app.name)));

  const file = path.join(app.getPath('userData'), BOOK_FILE_NAME);
  const nativeBinding = electronNativeBinding(app.getAppPath(), process.versions.electron);
  try {
    book = await openBook(file, nativeBinding === undefined ? {} : { nativeBinding });
    await prepareBook(book.db, (phase, done, total) => console.log(`[shuke] indexing ${phase}: ${done}/${total}`));
  } catch (error) {
    dialog.showErrorBox('Shuke could not open the customer book', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }

  const rendererIndex = path.join(__dirname, '..', 'renderer', 'index.html');
  const rendererRoot = pathToFileURL(path.dirname(rendererIndex) + path.sep).href;
  const ctx: ServiceContext = {
    db: book.db,
    now: () => new Date(),
    locale: uiLocale(app.getLocale()),
    backupDir: path.join(app.getPath('userData'), 'backups'),
    ...(nativeBinding === undefined ? {} : { nativeBinding }),
  };
  const dispatch = createDispatcher(ctx);
  scheduleAutoBackups(ctx, (error) => console.error('[shuke] automatic backup failed', error));
  registerIpc(ipcMain, dispatch, (url) => isTrustedUrl(url, rendererRoot));

  const window = new BrowserWindow(createWindowOptions(path.join(__dirname, 'preload.cjs')));
  window.once('ready-to-show', () => window.show());
  await window.loadFile(rendererIndex);
}

app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => {
  void book?.close();
});
void app.whenReady().then(start);
