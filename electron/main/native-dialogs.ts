import type { BrowserWindow, Dialog } from 'electron';
import type { FilePicker } from '../api/chosen-files';

export const backupFilters = [{ name: 'Shuke backup', extensions: ['sqlite'] }];

/** The desktop app's own open dialogs, over the app window: the only way a file or folder reaches a call. */
export function nativePicker(dialog: Pick<Dialog, 'showOpenDialog'>, window: () => BrowserWindow | undefined): FilePicker {
  const open = async (options: Parameters<Dialog['showOpenDialog']>[0]): Promise<string | null> => {
    const parent = window();
    const choice = parent === undefined ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(parent, options);
    return choice.canceled ? null : (choice.filePaths[0] ?? null);
  };
  return {
    backupFile: () => open({ properties: ['openFile'], filters: backupFilters }),
    folder: () => open({ properties: ['openDirectory', 'createDirectory'] }),
  };
}
