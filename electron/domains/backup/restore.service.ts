import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../api/app-error';
import type { ServiceContext } from '../../api/context';
import { openBook } from '../../db/open-book';
import type { CallOutput } from '../../../shared/contract';
import { prepareBook } from '../book-maintenance.service';
import { readSettings } from '../settings/settings.repository';
import { summarizeBookFile } from './book-summary';
import { carryOver, lastRestore } from './restore-record';
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

function checkedSource(ctx: ServiceContext, source: string): { file: string; backupDir: string; customers: number } {
  const file = ctx.bookFile;
  if (file === undefined || ctx.backupDir === undefined || ctx.backupDir === null)
    throw AppError.saying('INVALID_INPUT', 'restoreUnavailable');
  if (!fs.existsSync(source)) throw AppError.saying('NOT_FOUND', 'restoreNoFile', { file: source });
  const check = verifyBackup(source, ctx.nativeBinding);
  if (!check.ok) throw refusal(check);
  return { file, backupDir: ctx.backupDir, customers: check.customers };
}

/** A backup beside the open book, for a person to compare before confirming; changes nothing. */
export function inspectBackup(ctx: ServiceContext, source: string): Pick<CallOutput<'backup.inspect'>, 'backup' | 'current'> {
  const { file } = checkedSource(ctx, source);
  return {
    backup: summarizeBookFile(source, ctx.nativeBinding),
    current: { ...summarizeBookFile(file, ctx.nativeBinding), madeAt: null },
  };
}

/** Puts back the book as it was before the last restore; the book as it is now is kept too. */
export async function undoRestore(ctx: ServiceContext): Promise<RestoreResult> {
  const last = await lastRestore(ctx.db, ctx.now());
  if (last === null) throw AppError.saying('NOT_FOUND', 'restoreNothingToUndo');
  if (!fs.existsSync(last.snapshot)) throw AppError.saying('NOT_FOUND', 'restoreUndoGone', { file: last.snapshot });
  return restoreBook(ctx, last.snapshot, { undo: true });
}

/**
 * Restores a backup over the open book: the file is checked first (a Shuke book, intact, not from
 * a newer Shuke; an older one is migrated on open), the current book is snapshotted, then the
 * backup is swapped in and the book reopened. Anything refused or failing leaves the book as it was.
 * The dispatcher runs it alone (BookGate), so no save can land on the book being replaced.
 */
export async function restoreBook(ctx: ServiceContext, source: string, options: { undo?: boolean } = {}): Promise<RestoreResult> {
  const { file, backupDir, customers } = checkedSource(ctx, source);
  const kept = await readSettings(ctx.db);

  const now = ctx.now();
  const snapshot = path.join(backupDir, `shuke-before-${options.undo === true ? 'undo' : 'restore'}-${stamp(now)}.sqlite`);
  await backupTo(ctx, snapshot, now);

  const incoming = `${file}.restoring`;
  fs.copyFileSync(source, incoming);
  if (!verifyBackup(incoming, ctx.nativeBinding).ok) {
    fs.rmSync(incoming, { force: true });
    throw AppError.saying('INTERNAL', 'restoreCopyUnverified');
  }
  const opening = ctx.nativeBinding === undefined ? {} : { nativeBinding: ctx.nativeBinding };
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
    ctx.db = (await openBook(file, opening)).db;
    throw AppError.saying('INTERNAL', 'restoreSwapFailed', { reason: error instanceof Error ? error.message : String(error) });
  }
  try {
    const book = await openBook(file, opening);
    await prepareBook(book.db);
    await carryOver(book.db, kept, options.undo === true ? null : { at: now.toISOString(), from: source, snapshot });
    ctx.db = book.db;
  } catch (error) {
    // Put the book back exactly as it was before this restore.
    removeSidecars(file);
    fs.copyFileSync(snapshot, file);
    ctx.db = (await openBook(file, opening)).db;
    throw AppError.saying('INTERNAL', 'restoreReopenFailed', { reason: error instanceof Error ? error.message : String(error) });
  }
  return { restoredFrom: source, customers, snapshot };
}
