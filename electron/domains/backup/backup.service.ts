import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { CallOutput } from '../../../shared/contract';
import { AppError } from '../../api/app-error';
import { sampleIsOpen, type ServiceContext } from '../../api/context';
import type { Db } from '../../db/database';
import { readSettings, writeSetting } from '../settings/settings.repository';
import { backupsToKeep, type BackupFile } from './retention';
import { verifyBackup, type BackupCheck } from './verify-backup';
import { runCopy } from './run-copy';
import { backgroundWorkers } from '../../workers/background-workers';
import { clearBackgroundFailure, recordBackgroundFailure } from '../settings/background-failure';
import { lastRestore } from './restore-record';
import { keyOf } from '../../db/book-key';
import { keysFileOf, writeKeysFile } from '../encryption/keys-file';
import { errorText } from '../../../shared/error-text';

type BackupResult = CallOutput<'backup.now'>;

/** A file-name-safe UTC timestamp: 20261124-090000. */
export function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d+Z$/, '')
    .replace(/[-:]/g, '')
    .replace('T', '-');
}

const autoPattern = /^shuke-auto-(\d{8})-(\d{6})\.sqlite$/;

/** What a backup needs to know of the book it copies. */
export type BackupSource = Pick<ServiceContext, 'db' | 'bookFile' | 'nativeBinding' | 'book' | 'books'>;

// Copies running per book, so that a restore can wait for them before it replaces the file.
const copying = new WeakMap<Db, Set<Promise<BackupCheck>>>();

/** Resolves once no backup of this book is being copied. */
export async function backupsSettled(db: Db): Promise<void> {
  await Promise.allSettled([...(copying.get(db) ?? [])]);
}

async function copyBook(source: BackupSource, partial: string): Promise<BackupCheck> {
  const running = copying.get(source.db) ?? new Set();
  copying.set(source.db, running);
  const copy = copyBookNow(source, partial);
  running.add(copy);
  try {
    return await copy;
  } finally {
    running.delete(copy);
  }
}

/** A book in a file is copied by the backup worker; one in memory, through its own connection. */
async function copyBookNow(source: BackupSource, partial: string): Promise<BackupCheck> {
  if (source.bookFile === undefined) {
    await sql`VACUUM INTO ${partial}`.execute(source.db);
    return verifyBackup(partial, source.nativeBinding);
  }
  const key = keyOf(source.db);
  const request = {
    book: source.bookFile,
    to: partial,
    ...(source.nativeBinding === undefined ? {} : { nativeBinding: source.nativeBinding }),
    ...(key === undefined ? {} : { key: key.toString('hex') }),
  };
  return runCopy(request, backgroundWorkers().backup, {
    failed: (reason) => recordBackgroundFailure(source.db, { what: 'backup', at: new Date().toISOString(), reason }),
    succeeded: () => clearBackgroundFailure(source.db, 'backup'),
  });
}

/**
 * Writes a copy of the book with VACUUM INTO (never a raw copy of the live file) to a partial
 * file, opens and verifies it, and only then gives it its name. A failed backup leaves nothing.
 */
export async function backupTo(source: BackupSource, file: string, now: Date): Promise<BackupResult> {
  // The sample is made up: a backup of it beside the real ones could one day be restored by mistake.
  if (sampleIsOpen(source)) throw AppError.saying('INVALID_INPUT', 'sampleNotBackedUp');
  if (fs.existsSync(file)) throw AppError.saying('CONFLICT', 'backupExists', { file });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  try {
    const check = await copyBook(source, partial);
    if (!check.ok) throw AppError.saying('INTERNAL', 'backupDiscarded', { reason: check.problem ?? 'no reason given' });
    // A protected book's backup is as encrypted as the book; its wrapped keys go beside it first,
    // so that it opens on another computer with the passcode or the recovery code.
    const keys = source.book?.keysForBackup() ?? null;
    if (keys !== null) writeKeysFile(keysFileOf(file), keys);
    fs.renameSync(partial, file);
    return { file, bytes: fs.statSync(file).size, at: now.toISOString(), customers: check.customers };
  } catch (error) {
    fs.rmSync(partial, { force: true });
    if (error instanceof AppError) throw error;
    throw AppError.saying('INTERNAL', 'backupFailed', { file, reason: errorText(error) });
  }
}

async function record(db: Db, result: BackupResult): Promise<void> {
  await writeSetting(db, 'backup.lastAt', result.at);
  await writeSetting(db, 'backup.lastFile', result.file);
}

/** The folder chosen in settings, else the default beside the book. */
async function backupDirOf(ctx: ServiceContext): Promise<string | null> {
  const chosen = (await readSettings(ctx.db)).get('backup.dir');
  if (chosen !== undefined && chosen !== '') return chosen;
  return ctx.backupDir ?? null;
}

async function requireDir(ctx: ServiceContext): Promise<string> {
  const dir = await backupDirOf(ctx);
  if (dir === null) throw AppError.saying('INVALID_INPUT', 'backupNoFolder');
  return dir;
}

/** Checks that a folder exists (or can be made) and takes a file, before backups are sent there. */
export async function setBackupFolder(ctx: ServiceContext, dir: string | null): Promise<CallOutput<'backup.status'>> {
  // Where the real book's backups go is kept in the real book; set in the sample, it would be lost.
  if (sampleIsOpen(ctx)) throw AppError.saying('INVALID_INPUT', 'sampleNotBackedUp');
  if (dir !== null) {
    if (!path.isAbsolute(dir)) throw AppError.saying('INVALID_INPUT', 'backupFolderNotAbsolute');
    const probe = path.join(dir, `.shuke-write-test-${process.pid}`);
    try {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(probe, 'ok');
      fs.rmSync(probe, { force: true });
    } catch (error) {
      throw AppError.saying('INVALID_INPUT', 'backupFolderUnwritable', {
        dir,
        reason: errorText(error),
      });
    }
  }
  await writeSetting(ctx.db, 'backup.dir', dir ?? '');
  return backupStatus(ctx);
}

export async function backupNow(ctx: ServiceContext): Promise<BackupResult> {
  const now = ctx.now();
  const result = await backupTo(ctx, path.join(await requireDir(ctx), `shuke-${stamp(now)}.sqlite`), now);
  await record(ctx.db, result);
  return result;
}

export async function backupStatus(ctx: ServiceContext): Promise<CallOutput<'backup.status'>> {
  const settings = await readSettings(ctx.db);
  return {
    lastAt: settings.get('backup.lastAt') ?? null,
    lastFile: settings.get('backup.lastFile') ?? null,
    dir: await backupDirOf(ctx),
    lastRestore: await lastRestore(ctx.db, ctx.now()),
  };
}

export function listAutoBackups(dir: string): BackupFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).flatMap((name) => {
    const m = autoPattern.exec(name);
    if (m === null || m[1] === undefined || m[2] === undefined) return [];
    const [d, t] = [m[1], m[2]];
    const at = new Date(`${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}Z`);
    return Number.isNaN(at.getTime()) ? [] : [{ name, at }];
  });
}

/**
 * The automatic backup: at most one a day (checked at start and every hour while running), then
 * old automatic backups are thinned out by the retention policy. Manual backups are never pruned.
 */
export async function autoBackup(ctx: ServiceContext): Promise<BackupResult | null> {
  // While the sample is open the real book is closed and unchanged: its backup waits for its return.
  if (sampleIsOpen(ctx)) return null;
  // Locked, the book has no key to copy with; the hourly check backs it up after an unlock.
  if (ctx.book?.locked === true) return null;
  const dir = await requireDir(ctx);
  const now = ctx.now();
  const latest = listAutoBackups(dir).sort((a, b) => b.at.getTime() - a.at.getTime())[0];
  if (latest !== undefined && now.getTime() - latest.at.getTime() < 24 * 3600_000) return null;
  const result = await backupTo(ctx, path.join(dir, `shuke-auto-${stamp(now)}.sqlite`), now);
  await record(ctx.db, result);
  const files = listAutoBackups(dir);
  const keep = backupsToKeep(files);
  for (const file of files) {
    if (keep.has(file.name)) continue;
    fs.rmSync(path.join(dir, file.name), { force: true });
    fs.rmSync(keysFileOf(path.join(dir, file.name)), { force: true });
  }
  return result;
}

/** Backs up at start and checks every hour; returns a function that stops the schedule. */
export function scheduleAutoBackups(ctx: ServiceContext, onError: (error: unknown) => void): () => void {
  const run = () => {
    autoBackup(ctx).catch(onError);
  };
  run();
  const timer = setInterval(run, 3600_000);
  timer.unref();
  return () => clearInterval(timer);
}
