import fs from 'node:fs';
import type { BrowserWindow, Dialog } from 'electron';
import type { ChosenFiles } from '../api/chosen-files';
import type { Dispatcher } from '../api/dispatcher';
import { exportFileName, exportFiles } from '../domains/archive/export.service';
import { contract } from '../../shared/contract';
import { rendererUrl } from './app-protocol';
import { describeRestore } from './describe-restore';
import type { MenuActions } from './menu';
import { backupFilters } from './native-dialogs';
import { errorText } from '../../shared/error-text';

/**
 * What the File menu does: every path comes from main's own dialogs, never from the page, and
 * every action is a call through the same dispatcher as the page's (checked, in turn with them).
 */
export function desktopMenuActions(
  window: BrowserWindow,
  chosenFiles: ChosenFiles,
  dispatch: Dispatcher,
  dialog: Pick<Dialog, 'showSaveDialog' | 'showMessageBox' | 'showErrorBox'>,
): MenuActions {
  const report = (title: string, error: unknown) => dialog.showErrorBox(title, errorText(error));
  return {
    backupTo: () => {
      const stamp = new Date().toISOString().slice(0, 10);
      void dialog.showSaveDialog(window, { defaultPath: `shuke-${stamp}.sqlite`, filters: backupFilters }).then(async (choice) => {
        if (choice.canceled || choice.filePath === undefined) return;
        try {
          const backedUp = await dispatch('backup.now', { to: chosenFiles.add(choice.filePath) });
          if (!backedUp.ok) return report('The backup failed', new Error(backedUp.error.message));
          const result = contract['backup.now'].output.parse(backedUp.value);
          await dialog.showMessageBox(window, { message: `Backed up ${result.customers} customers to ${result.file}, verified.` });
        } catch (error) {
          report('The backup failed', error);
        }
      });
    },
    exportAs: (format) => {
      const { extension, label } = exportFiles[format];
      void dialog
        .showSaveDialog(window, { defaultPath: exportFileName(format, new Date()), filters: [{ name: label, extensions: [extension] }] })
        .then(async (choice) => {
          if (choice.canceled || choice.filePath === undefined) return;
          try {
            // The save dialog has asked about replacing the file; exports never overwrite, so a
            // replacement is written beside it and swapped in only once it is complete.
            const file = choice.filePath;
            const target = fs.existsSync(file) ? `${file}.replacing` : file;
            fs.rmSync(`${file}.replacing`, { force: true });
            const exported = await dispatch('export.write', { format, to: chosenFiles.add(target) });
            if (!exported.ok) return report('The export failed', new Error(exported.error.message));
            const result = contract['export.write'].output.parse(exported.value);
            if (target !== file) fs.renameSync(target, file);
            await dialog.showMessageBox(window, { message: `Exported ${result.customers} customers to ${file}.` });
          } catch (error) {
            report('The export failed', error);
          }
        });
    },
    restoreFrom: () => {
      void (async () => {
        // The menu goes through the same dispatcher as the page: chosen, checked, then confirmed.
        const chosen = await dispatch('backup.choose', {});
        if (!chosen.ok) return report('The restore was refused', new Error(chosen.error.message));
        const id = contract['backup.choose'].output.parse(chosen.value).chosen;
        if (id === null) return;
        const inspected = await dispatch('backup.inspect', { chosen: id });
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
        const restored = await dispatch('backup.restore', { chosen: id });
        if (!restored.ok) return report('The restore failed', new Error(restored.error.message));
        // Today says what happened and offers to undo it.
        await window.loadURL(rendererUrl('/today'));
      })();
    },
  };
}
