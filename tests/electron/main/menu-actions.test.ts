import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {
  BaseWindow,
  BrowserWindow,
  MessageBoxOptions,
  MessageBoxReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createChosenFiles } from '../../../electron/api/chosen-files';
import { createDispatcher } from '../../../electron/api/dispatcher';
import type { ServiceContext } from '../../../electron/api/context';
import { prepareBook } from '../../../electron/domains/maintenance/book-maintenance.service';
import { openBook } from '../../../electron/db/open-book';
import { desktopMenuActions } from '../../../electron/main/menu-actions';

let dir: string;
let ctx: ServiceContext;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-menu-'));
  const file = path.join(dir, 'shuke.sqlite');
  const book = await openBook(file);
  await prepareBook(book.db);
  ctx = {
    db: book.db,
    now: () => new Date(),
    locale: 'en',
    backupDir: path.join(dir, 'backups'),
    bookFile: file,
    chosenFiles: createChosenFiles(),
  };
});
afterEach(async () => {
  await ctx.db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The menu over the real dispatcher, its save dialog answering `file`; resolves with what the message box said. */
function menu(file: string) {
  return new Promise<string>((resolve, reject) => {
    function showSaveDialog(window: BaseWindow, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
    function showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
    function showSaveDialog(): Promise<SaveDialogReturnValue> {
      return Promise.resolve({ canceled: false, filePath: file });
    }
    function showMessageBox(window: BaseWindow, options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
    function showMessageBox(options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
    function showMessageBox(first: BaseWindow | MessageBoxOptions, second?: MessageBoxOptions): Promise<MessageBoxReturnValue> {
      resolve((second ?? ('message' in first ? first : { message: '' })).message);
      return Promise.resolve({ response: 0, checkboxChecked: false });
    }
    const dialog = {
      showSaveDialog,
      showMessageBox,
      showErrorBox: (title: string, content: string) => reject(new Error(`${title}: ${content}`)),
    };
    const dispatch = vi.fn(createDispatcher(ctx));
    actions = { run: desktopMenuActions({} as BrowserWindow, ctx.chosenFiles ?? createChosenFiles(), dispatch, dialog), dispatch };
  });
}
let actions: { run: ReturnType<typeof desktopMenuActions>; dispatch: ReturnType<typeof vi.fn> };

describe('the File menu goes through the dispatcher like the page', () => {
  it('backs up to the file chosen in the save dialog with backup.now', async () => {
    const file = path.join(dir, 'usb', 'monday.sqlite');
    const told = menu(file);
    actions.run.backupTo();
    expect(await told).toBe(`Backed up 0 customers to ${file}, verified.`);
    expect(actions.dispatch).toHaveBeenCalledWith('backup.now', { to: expect.any(String) as string });
    expect(fs.existsSync(file)).toBe(true);
  });

  it('exports with export.write, and replaces a file the person agreed to replace only once the new one is whole', async () => {
    const file = path.join(dir, 'customers.csv');
    fs.writeFileSync(file, 'old');
    const told = menu(file);
    actions.run.exportAs('csv');
    expect(await told).toBe(`Exported 0 customers to ${file}.`);
    expect(actions.dispatch).toHaveBeenCalledWith('export.write', { format: 'csv', to: expect.any(String) as string });
    expect(fs.readFileSync(file, 'utf8')).not.toBe('old');
    expect(fs.existsSync(`${file}.replacing`)).toBe(false);
  });
});
