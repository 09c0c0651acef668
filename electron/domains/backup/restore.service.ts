import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../api/app-error';
import { sampleIsOpen, type ServiceContext } from '../../api/context';
import { openBook } from '../../db/open-book';
import type { CallOutput } from '../../../shared/contract';
import { readSettings } from '../settings/settings.repository';
import { summarizeBookFile } from './book-summary';
import { carryOver, lastRestore } from './restore-record';
import { valuesPassSettled } from '../value/values-pass';
import { backupsSettled, backupTo, stamp } from './backup.service';
import { prepareBook } from '../maintenance/book-maintenance.service';
import { verifyBackup, type BackupCheck } from './verify-backup';
import { backupKey, type BackupKey } from './backup-key';
import { openSqlite } from '../../db/connection';
import { writeBookCopy } from '../encryption/book-file-copy';
import { keysForBackup } from '../encryption/keys-file';
import { errorText } from '../../../shared/error-text';
import { bookHoldsReleased } from '../../db/book-holds';
import { copyFolderOf } from '../../db/replication-marks';

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

/** Closes the book before its file is replaced: through the session where there is one (workers stopped, key kept). */
async function closeBook(ctx: ServiceContext): Promise<void> {
  await valuesPassSettled(ctx.db);
  await backupsSettled(ctx.db);
  if (ctx.book === undefined) {
    // A sync round under way stops at its next safe point (the session's close does the same).
    await bookHoldsReleased(ctx.db);
    await ctx.db.destroy();
  } else await ctx.book.closeConnections();
}

/** Opens the book at `file` again, with `key` where it is protected. */
async function reopenBook(ctx: ServiceContext, file: string, key: Buffer | null): Promise<void> {
  if (ctx.book !== undefined) {
    await ctx.book.open(key);
    return;
  }
  ctx.db = (await openBook(file, { ...(ctx.nativeBinding === undefined ? {} : { nativeBinding: ctx.nativeBinding }) })).db;
}

async function checkedSource(
  ctx: ServiceContext,
  source: string,
  secret?: string,
): Promise<{ file: string; backupDir: string; customers: number; source: BackupKey }> {
  // A backup is of the real book: restoring it over the sample would mix the two.
  if (sampleIsOpen(ctx)) throw AppError.saying('INVALID_INPUT', 'sampleNotRestored');
  const file = ctx.bookFile;
  if (file === undefined || ctx.backupDir === undefined || ctx.backupDir === null)
    throw AppError.saying('INVALID_INPUT', 'restoreUnavailable');
  if (!fs.existsSync(source)) throw AppError.saying('NOT_FOUND', 'restoreNoFile', { file: source });
  const opened = await backupKey(ctx, source, secret);
  if (opened.key !== null && ctx.book === undefined) throw AppError.saying('INVALID_INPUT', 'protectionUnavailable');
  const check = verifyBackup(source, ctx.nativeBinding, opened.key ?? undefined);
  if (!check.ok) throw refusal(check);
  return { file, backupDir: ctx.backupDir, customers: check.customers, source: opened };
}

/** A backup beside the open book, for a person to compare before confirming; changes nothing. */
export async function inspectBackup(
  ctx: ServiceContext,
  source: string,
  secret?: string,
): Promise<Pick<CallOutput<'backup.inspect'>, 'backup' | 'current'>> {
  const { file, source: opened } = await checkedSource(ctx, source, secret);
  return {
    backup: summarizeBookFile(source, ctx.nativeBinding, opened.key),
    current: { ...summarizeBookFile(file, ctx.nativeBinding, ctx.book?.currentKey()), madeAt: null },
  };
}

/**
 * Writes the backup where it will take the book's place, with the key the restored book keeps: a
 * protected book stays protected under its own key and passcode whatever the backup was; a plain
 * book restored from a protected backup takes on the backup's key (and its key file). A restore
 * never turns protection off.
 */
function stageIncoming(ctx: ServiceContext, source: string, incoming: string, from: BackupKey): Buffer | null {
  const key = ctx.book?.currentKey() ?? from.key;
  const same = key === null ? from.key === null : from.key !== null && key.equals(from.key);
  if (same) {
    fs.copyFileSync(source, incoming);
    return key;
  }
  const options = ctx.nativeBinding === undefined ? {} : { nativeBinding: ctx.nativeBinding };
  const backup = openSqlite(source, { readonly: true, ...options, ...(from.key === null ? {} : { key: from.key }) });
  try {
    writeBookCopy(backup, incoming, { key, sourceKey: from.key, ...options });
  } finally {
    backup.close();
  }
  return key;
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
export async function restoreBook(
  ctx: ServiceContext,
  source: string,
  options: { undo?: boolean; secret?: string } = {},
): Promise<RestoreResult> {
  const { file, backupDir, customers, source: opened } = await checkedSource(ctx, source, options.secret);
  const kept = await readSettings(ctx.db);

  const now = ctx.now();
  const snapshot = path.join(backupDir, `shuke-before-${options.undo === true ? 'undo' : 'restore'}-${stamp(now)}.sqlite`);
  await backupTo(ctx, snapshot, now);

  const incoming = `${file}.restoring`;
  const wasKey = ctx.book?.currentKey() ?? null;
  const key = stageIncoming(ctx, source, incoming, opened);
  if (!verifyBackup(incoming, ctx.nativeBinding, key ?? undefined).ok) {
    fs.rmSync(incoming, { force: true });
    throw AppError.saying('INTERNAL', 'restoreCopyUnverified');
  }
  // A plain book becoming a protected one: its key file goes in before the rename (settleSwitch
  // drops it again should the rename never happen).
  const takesKeys = wasKey === null && opened.keys !== null ? keysForBackup(opened.keys) : null;
  // A value pass or a backup copy in a worker holds the book open; on Windows the file could not
  // be replaced while they run.
  await closeBook(ctx);
  try {
    removeSidecars(file);
    if (takesKeys !== null) ctx.book?.saveKeys(takesKeys);
    fs.renameSync(incoming, file);
  } catch (error) {
    // Closing checkpointed the book, so the file is whole: reopen it as it was.
    fs.rmSync(incoming, { force: true });
    if (takesKeys !== null) ctx.book?.dropKeys();
    await reopenBook(ctx, file, wasKey);
    throw AppError.saying('INTERNAL', 'restoreSwapFailed', { reason: errorText(error) });
  }
  try {
    await reopenBook(ctx, file, key);
    await prepareBook(ctx.db);
    await carryOver(ctx.db, kept, options.undo === true ? null : { at: now.toISOString(), from: source, snapshot });
  } catch (error) {
    // Put the book back exactly as it was before this restore.
    if (ctx.book !== undefined && !ctx.book.locked) await ctx.book.closeConnections();
    else if (ctx.book === undefined) await ctx.db.destroy().catch(() => undefined);
    removeSidecars(file);
    fs.copyFileSync(snapshot, file);
    if (takesKeys !== null) ctx.book?.dropKeys();
    await reopenBook(ctx, file, wasKey);
    throw AppError.saying('INTERNAL', 'restoreReopenFailed', { reason: errorText(error) });
  }
  // A sync copy beside a plain book holds it in the clear, and the book is protected now. One a
  // round still has open (Windows keeps its files) is made again at the next round (another mode).
  if (takesKeys !== null) {
    try {
      fs.rmSync(copyFolderOf(file), { recursive: true, force: true });
    } catch (error) {
      console.error(`[shuke] the sync copy beside the book could not be removed yet: ${errorText(error)}`);
    }
  }
  return { restoredFrom: source, customers, snapshot };
}
