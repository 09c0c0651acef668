import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type PouchDB from 'pouchdb-core';
import type { AppErrorShape } from '../../../shared/domain/result';
import type { ServiceContext } from '../../api/context';
import { AppError } from '../../api/app-error';
import { plainCipher, sealedCipher, type DocumentCipher, type StoredDocument } from './document-cipher';
import { hubError } from './hub-errors';
import { Pouch, type Replica } from './pouch';
import { boundCopy, seedFromHub } from './copy-binding';
import { holdBook } from '../../db/book-holds';
import { copyFolderOf } from '../../db/replication-marks';
import type { Db } from '../../db/database';
import { syncOnce } from './sync-engine.service';
import { checkWithHub, type SyncCheck } from './sync-status.service';
import { readHubConfig, type HubConfig } from './hub-config.repository';
import { inTransaction } from '../../db/in-transaction';
import { startOutbox, stopOutbox } from './outbox-triggers';
import { openHubPassword } from './hub-password';

/** What a running app knows about its book's replication beyond what the book holds. */
export interface SyncRuntime {
  replica: Replica | null;
  folder: string | null;
  /** The hub password this run holds: given at joining or later, or opened from its sealed copy (hub-password.ts). */
  password: string | null;
  /** A password kept sealed for this book could not be opened here (another user, a reset keyring). */
  passwordUnreadable: boolean;
  running: Promise<void> | null;
  lastCheck: SyncCheck | null;
  lastError: AppErrorShape | null;
  /** The hub refused this counter's login: its password is wanted (none held, or the one held is refused). */
  needsPassword: boolean;
  /** The book whose outbox's triggers were made again this run (after an upgrade, a table may have new columns; a restore brings another book). */
  triggersRenewed: Db | null;
}

const runtimes = new WeakMap<object, SyncRuntime>();

/** The runtime of the book a context serves: per session (which outlives reopening the book), or per connection. */
export function runtimeOf(ctx: ServiceContext): SyncRuntime {
  const owner: object = ctx.book ?? ctx.db;
  let runtime = runtimes.get(owner);
  if (runtime === undefined) {
    runtime = {
      replica: null,
      folder: null,
      password: null,
      passwordUnreadable: false,
      running: null,
      lastCheck: null,
      lastError: null,
      needsPassword: false,
      triggersRenewed: null,
    };
    runtimes.set(owner, runtime);
  }
  return runtime;
}

/** Where the device's PouchDB copy lives: beside the book's file, or (a book in memory) in a temporary folder. */
function replicaFolder(ctx: ServiceContext, runtime: SyncRuntime): string {
  runtime.folder ??= ctx.bookFile === undefined ? fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-sync-')) : copyFolderOf(ctx.bookFile);
  return runtime.folder;
}

/** Closes the device's copy (leaving the hub): it stays on disk, so joining the same hub again sends what was deleted meanwhile. */
export async function closeReplica(runtime: SyncRuntime): Promise<void> {
  await runtime.replica?.close();
  runtime.replica = null;
}

/** The password this run holds, or after a restart the one this device kept sealed, so syncing resumes without asking. */
export async function heldPassword(ctx: ServiceContext, runtime: SyncRuntime): Promise<string | null> {
  if (runtime.password === null) {
    const kept = await openHubPassword(ctx.db, ctx.sealer);
    runtime.passwordUnreadable = kept === 'unreadable';
    if (typeof kept === 'object') runtime.password = kept.password;
  }
  return runtime.password;
}

/** The hub's database, with the user name given at joining and this run's password. */
export function hubOf(config: HubConfig, password: string | null): PouchDB.Database<StoredDocument> {
  const auth = config.username !== null && password !== null ? { auth: { username: config.username, password } } : {};
  return new Pouch<StoredDocument>(config.url, auth);
}

/**
 * How this book's documents leave it: sealed with its key when protected. A book whose protection
 * changed since it joined would send the same documents under other ids (and the hub would hold
 * both), so it is refused until it leaves and joins a new hub database.
 */
export function cipherOf(ctx: ServiceContext, config: HubConfig): DocumentCipher {
  const key = ctx.book?.currentKey() ?? null;
  if ((key === null ? 'plain' : 'sealed') !== config.mode) throw AppError.saying('CONFLICT', 'syncProtectionChanged');
  return key === null ? plainCipher : sealedCipher(key);
}

const shapeOf = (error: AppError): AppErrorShape => ({
  code: error.code,
  message: error.message,
  ...(error.said === undefined ? {} : { key: error.said.key, params: error.said.params }),
});

/**
 * One round with the hub and a check against it, one at a time per book (a round asked for while
 * one runs waits for it). Failures are kept for the status rather than thrown: the counter goes on.
 */
export function runRound(ctx: ServiceContext): Promise<void> {
  const runtime = runtimeOf(ctx);
  runtime.running ??= (async () => {
    const db = ctx.db;
    // A lock, a restore or a protection switch stops the round between two steps and waits for it
    // before closing the book (holdBook): each step is whole or undone, and the next round goes on.
    const stop = new AbortController();
    const work = round(ctx, db, runtime, stop.signal);
    holdBook(db, { stop: () => stop.abort(), done: work });
    await work;
  })().finally(() => {
    runtime.running = null;
  });
  return runtime.running;
}

async function round(ctx: ServiceContext, db: Db, runtime: SyncRuntime, signal: AbortSignal): Promise<void> {
  const config = await readHubConfig(db);
  if (config === null) return;
  const hub = hubOf(config, await heldPassword(ctx, runtime));
  try {
    if (runtime.triggersRenewed !== db) {
      // Made at joining by an older Shuke, a trigger may not know a column a later migration added.
      await inTransaction(db, async (trx) => {
        await stopOutbox(trx);
        await startOutbox(trx);
      });
      runtime.triggersRenewed = db;
    }
    const cipher = cipherOf(ctx, config);
    runtime.replica = await boundCopy(db, replicaFolder(ctx, runtime), runtime.replica, config, cipher);
    const replica = runtime.replica;
    await seedFromHub(db, replica, hub, cipher, signal);
    const report = await syncOnce(db, replica, hub, cipher, signal);
    // The check reads every document's revision on both sides: after a round that moved nothing
    // and a check that found both the same, the answer stands (a 100k book is not read each minute).
    const moved = report.pushed + report.pulled > 0 || runtime.lastCheck?.inSync !== true;
    runtime.lastCheck = moved ? await checkWithHub(db, replica, hub) : runtime.lastCheck;
    runtime.lastError = null;
    runtime.needsPassword = false;
  } catch (error) {
    // Stopped for a lock or a restore: nothing failed, the next round goes on where this one stopped.
    if (signal.aborted) return;
    const said = hubError(error, config.url);
    runtime.lastError = shapeOf(said);
    // Refused with a login: none held, or the one held is wrong now (changed, or this counter removed from the team).
    runtime.needsPassword = said.code === 'UNAUTHORIZED' && config.username !== null;
  } finally {
    await hub.close().catch(() => undefined);
  }
}
