import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../api/app-error';
import type { ServiceContext } from '../../api/context';
import { openBook } from '../../db/open-book';
import { prepareBook } from '../book-maintenance.service';
import { valuesPassSettled } from '../value/values-pass';
import { backupsSettled, backupTo, stamp } from './backup.service';
import { verifyBackup, type BackupCheck } from './verify-backup';

export interface RestoreResult {
  restoredFrom: string;
  customers: number;
  /** The book as it was just before, kept beside the backups. */
  snapshot: string;
}

/** Why a file was refused, worded for its kind of problem. */
function refusal(check: BackupCheck): AppError {
  const reason = check.detail === '' ? (check.problem ?? '') : check.detail;
  if (check.kind === 'foreign') return AppError.saying('INVALID_INPUT', 'restoreForeign');
  if (check.kind === 'newer') return AppError.saying('INVALID_INPUT', 'restoreNewer');
  if (check.kind === 'damaged') return AppError.saying('INVALID_INPUT', 'restoreDamaged', { reason });
  return AppError.saying('INVALID_INPUT', 'restoreUnreadable', { reason });
}

function removeSidecars(file: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}

/**
 * Restores a backup over the open book: the file is checked first (a Shuke book, intact, not from
 * a newer Shuke; an older one is migrated on open), the current book is snapshotted, then the
 * backup is swapped in and the book reopened. Anything refused or failing leaves the book as it was.
 */
export async function restoreBook(ctx: ServiceContext, source: string): Promise<RestoreResult> {
  const file = ctx.bookFile;
  if (file === undefined || ctx.backupDir === undefined || ctx.backupDir === null)
    throw AppError.saying('INVALID_INPUT', 'restoreUnavailable');
  if (!fs.existsSync(source)) throw AppError.saying('NOT_FOUND', 'restoreNoFile', { file: source });
  const check = verifyBackup(source, ctx.nativeBinding);
  if (!check.ok) throw refusal(check);

  const now = ctx.now();
  const snapshot = path.join(ctx.backupDir, `shuke-before-restore-${stamp(now)}.sqlite`);
  await backupTo(ctx, snapshot, now);

  const incoming = `${file}.restoring`;
  fs.copyFileSync(source, incoming);
  if (!verifyBackup(incoming, ctx.nativeBinding).ok) {
    fs.rmSync(incoming, { force: true });
    throw AppError.saying('INTERNAL', 'restoreCopyUnverified');
  }
  const options = ctx.nativeBinding === undefined ? {} : { nativeBinding: ctx.nativeBinding };
  // A value pass or a backup copy in a worker holds the book open; on Windows the file could not
  // be replaced while they run.
  await valuesPassSettled(ctx.db);
  await backupsSettled(ctx.db);
  await ctx.db.destroy();
  try {
    removeSidecars(file);
    fs.renameSync(incoming, file);
  } catch (error) {
    // Closing checkpointed the book, so the file is whole: reopen it as it was.
    fs.rmSync(incoming, { force: true });
    ctx.db = (await openBook(file, options)).db;
    throw AppError.saying('INTERNAL', 'restoreSwapFailed', { reason: error instanceof Error ? error.message : String(error) });
  }
  try {
    const book = await openBook(file, options);
    await prepareBook(book.db);
    ctx.db = book.db;
  } catch (error) {
    // Put the book back exactly as it was before this restore.
    removeSidecars(file);
    fs.copyFileSync(snapshot, file);
    ctx.db = (await openBook(file, options)).db;
    throw AppError.saying('INTERNAL', 'restoreReopenFailed', { reason: error instanceof Error ? error.message : String(error) });
  }
  return { restoredFrom: source, customers: check.customers, snapshot };
}
