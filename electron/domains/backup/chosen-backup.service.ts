import path from 'node:path';
import { AppError } from '../../api/app-error';
import type { ServiceContext } from '../../api/context';
import { chosenFile } from '../../api/chosen-files';
import type { CallOutput, ParsedInput } from '../../../shared/contract';
import { backupNow, backupStatus, backupTo, setBackupFolder } from './backup.service';
import { inspectBackup, restoreBook, type RestoreResult } from './restore.service';

function picker(ctx: ServiceContext) {
  if (ctx.picker === undefined || ctx.chosenFiles === undefined) throw AppError.saying('INVALID_INPUT', 'chooseNeedsDesktop');
  return { picker: ctx.picker, chosenFiles: ctx.chosenFiles };
}

/** The desktop app's open dialog for a backup; the page learns only the chosen file's id. */
export async function chooseBackup(ctx: ServiceContext): Promise<CallOutput<'backup.choose'>> {
  const { picker: pick, chosenFiles } = picker(ctx);
  const file = await pick.backupFile();
  return { chosen: file === null ? null : chosenFiles.add(file) };
}

export async function inspectChosen(ctx: ServiceContext, input: ParsedInput<'backup.inspect'>): Promise<CallOutput<'backup.inspect'>> {
  const file = chosenFile(ctx, input.chosen);
  const { backup, current } = await inspectBackup(ctx, file, input.secret);
  return { chosen: input.chosen, name: path.basename(file), backup, current };
}

export function restoreChosen(ctx: ServiceContext, input: ParsedInput<'backup.restore'>): Promise<RestoreResult> {
  return restoreBook(ctx, chosenFile(ctx, input.chosen), input.secret === undefined ? {} : { secret: input.secret });
}

/** Into the backups folder, or into a new file a person chose to save the backup as. */
export function backupNowOrTo(ctx: ServiceContext, input: ParsedInput<'backup.now'>): Promise<CallOutput<'backup.now'>> {
  return input.to === undefined ? backupNow(ctx) : backupTo(ctx, chosenFile(ctx, input.to), ctx.now());
}

/** "choose": the desktop app's folder dialog (cancelled: nothing changes); "default": beside the book. */
export async function setFolderChoice(ctx: ServiceContext, input: ParsedInput<'backup.setFolder'>): Promise<CallOutput<'backup.status'>> {
  if (input.folder === 'default') return setBackupFolder(ctx, null);
  const dir = await picker(ctx).picker.folder();
  return dir === null ? backupStatus(ctx) : setBackupFolder(ctx, dir);
}
