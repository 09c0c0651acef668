import type { CallOutput, ParsedInput } from '../../../shared/contract';
import type { ServiceContext } from '../../api/context';
import { AppError } from '../../api/app-error';
import { inTransaction } from '../../db/in-transaction';
import { documentIds } from './apply-documents.service';
import { conflictItem } from './conflict-view';
import { openConflicts, settleConflict } from './conflicts.service';
import { checkHubAddress } from './hub-address';
import { hubError } from './hub-errors';
import { forgetHub, offerAll, readHubConfig, writeHubConfig, type HubConfig } from './hub-config.repository';
import { countWaiting } from './outbox.repository';
import { startOutbox, stopOutbox } from './outbox-triggers';
import { dropReplica, hubOf, runRound, runtimeOf } from './sync-runtime';
import { lastSyncedKey } from './sync-status.service';
import { readSyncState } from './sync-state.repository';
import { counterName, nameCounter } from '../team/team.service';

type Status = CallOutput<'sync.status'>;

export async function syncStatus(ctx: ServiceContext): Promise<Status> {
  const config = await readHubConfig(ctx.db);
  const runtime = runtimeOf(ctx);
  const conflicts = config === null ? 0 : (await openConflicts(ctx.db)).length;
  return {
    joined: config !== null,
    hub: config?.url ?? null,
    // The counter's name as Settings has it now (it may have been renamed since joining).
    deviceName: config === null ? null : (await counterName(ctx.db)) || config.deviceName,
    plainHttp: config?.plainHttp ?? false,
    needsPassword: runtime.needsPassword,
    lastSyncedAt: config === null ? null : ((await readSyncState(ctx.db, lastSyncedKey)) ?? null),
    waiting: config === null ? 0 : await countWaiting(ctx.db),
    openConflicts: conflicts,
    inSync: config === null ? null : (runtime.lastCheck?.inSync ?? null),
    differing: runtime.lastCheck?.differing ?? 0,
    running: runtime.running !== null,
    lastError: config === null ? null : runtime.lastError,
  };
}

/**
 * Joins a hub: its address checked (HTTPS unless on this machine or the shop's network) and the
 * hub asked for its database before anything is written, so a wrong address or password changes
 * nothing. Then every document of the book is offered to it, the outbox starts noting writes and
 * the first round runs in the background; joining never deletes anything here.
 */
export async function joinHub(ctx: ServiceContext, input: ParsedInput<'sync.join'>): Promise<Status> {
  const { url, plainHttp } = checkHubAddress(input.hub);
  const config: HubConfig = {
    url,
    username: input.username === undefined || input.username === '' ? null : input.username,
    deviceName: input.deviceName,
    plainHttp,
    mode: (ctx.book?.currentKey() ?? null) === null ? 'plain' : 'sealed',
  };
  const password = input.password === undefined || input.password === '' ? null : input.password;
  const hub = hubOf(config, password);
  try {
    await hub.info();
  } catch (error) {
    throw hubError(error, url);
  } finally {
    await hub.close().catch(() => undefined);
  }
  await inTransaction(ctx.db, async (trx) => {
    await writeHubConfig(trx, config);
    await nameCounter(trx, input.deviceName);
    await offerAll(trx, await documentIds(trx));
    await startOutbox(trx);
  });
  const runtime = runtimeOf(ctx);
  runtime.password = password;
  runtime.lastError = null;
  runtime.lastCheck = null;
  void runRound(ctx);
  return syncStatus(ctx);
}

export async function giveHubPassword(ctx: ServiceContext, input: ParsedInput<'sync.password'>): Promise<Status> {
  if ((await readHubConfig(ctx.db)) === null) throw AppError.saying('CONFLICT', 'syncNotJoined');
  const runtime = runtimeOf(ctx);
  // A round already under way went without the password: its refusal is not this password's.
  await runtime.running;
  runtime.password = input.password;
  await runRound(ctx);
  return syncStatus(ctx);
}

export async function syncNow(ctx: ServiceContext): Promise<Status> {
  if ((await readHubConfig(ctx.db)) === null) throw AppError.saying('CONFLICT', 'syncNotJoined');
  // A round already under way (the background's) may have started before the latest writes: this
  // one waits for it, then sends everything.
  await runtimeOf(ctx).running;
  await runRound(ctx);
  return syncStatus(ctx);
}

/** Stops replicating: the outbox stops noting, the hub is forgotten with the device's copy; the book keeps everything. */
export async function leaveHub(ctx: ServiceContext): Promise<Status> {
  if ((await readHubConfig(ctx.db)) === null) return syncStatus(ctx);
  const runtime = runtimeOf(ctx);
  await runtime.running;
  await inTransaction(ctx.db, async (trx) => {
    await stopOutbox(trx);
    await forgetHub(trx);
  });
  await dropReplica(ctx, runtime);
  Object.assign(runtime, { password: null, lastCheck: null, lastError: null, needsPassword: false });
  return syncStatus(ctx);
}

export async function syncConflicts(ctx: ServiceContext): Promise<CallOutput<'sync.conflicts'>> {
  const items = [];
  for (const conflict of await openConflicts(ctx.db)) items.push(await conflictItem(ctx.db, conflict));
  return { items };
}

export async function settle(ctx: ServiceContext, input: ParsedInput<'sync.settle'>): Promise<CallOutput<'sync.settle'>> {
  if (!(await openConflicts(ctx.db)).some((c) => c.id === input.id)) throw AppError.saying('NOT_FOUND', 'syncConflictGone');
  await settleConflict(ctx.db, input.id, input.choice, ctx.now());
  return syncConflicts(ctx);
}

/** How often a joined book replicates in the background while the app runs. */
export const syncEveryMs = 60_000;

/**
 * Replicates a joined book in the background (now, then every minute) while it is open; a locked
 * book waits. A round never blocks the counter: PouchDB's work is asynchronous and the book's
 * part is short transactions. Answers a function that stops it.
 */
export function scheduleSync(ctx: ServiceContext, every = syncEveryMs): () => void {
  const tick = () => {
    if (ctx.book?.locked === true) return;
    void runRound(ctx).catch((error: unknown) => console.error('[shuke] sync failed', error));
  };
  tick();
  const timer = setInterval(tick, every);
  timer.unref();
  return () => clearInterval(timer);
}
