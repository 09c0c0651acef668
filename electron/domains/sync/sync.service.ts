import type { CallOutput, ParsedInput } from '../../../shared/contract';
import type { ServiceContext } from '../../api/context';
import { AppError } from '../../api/app-error';
import { inTransaction } from '../../db/in-transaction';
import { documentIds } from './apply-documents.service';
import { conflictItem } from './conflict-view';
import { openConflicts, settleConflict } from './conflicts.service';
import { checkHubAddress } from './hub-address';
import { hubError } from './hub-errors';
import { canSeal, keepHubPassword, sealedPasswordKey } from './hub-password';
import { forgetHub, offerAll, readHubConfig, writeHubConfig, type HubConfig } from './hub-config.repository';
import { countWaiting } from './outbox.repository';
import { startOutbox, stopOutbox } from './outbox-triggers';
import { closeReplica, heldPassword, hubOf, runRound, runtimeOf, type SyncRuntime } from './sync-runtime';
import { rejoinedKey } from './copy-binding';
import { writeSyncState } from './sync-state.repository';
import { lastSyncedKey } from './sync-status.service';
import { readSyncState } from './sync-state.repository';
import { counterName, nameCounter } from '../team/team.service';

type Status = CallOutput<'sync.status'>;

export async function syncStatus(ctx: ServiceContext): Promise<Status> {
  const config = await readHubConfig(ctx.db);
  const runtime = runtimeOf(ctx);
  const conflicts = config === null ? 0 : (await openConflicts(ctx.db)).length;
  const canKeepPassword = canSeal(ctx.sealer);
  const sealed = config !== null && (await readSyncState(ctx.db, sealedPasswordKey)) !== undefined;
  const kept = sealed && canKeepPassword && !runtime.passwordUnreadable ? 'sealed' : runtime.password !== null ? 'thisRun' : 'none';
  return {
    joined: config !== null,
    hub: config?.url ?? null,
    // The counter's name as Settings has it now (it may have been renamed since joining).
    deviceName: config === null ? null : (await counterName(ctx.db)) || config.deviceName,
    username: config?.username ?? null,
    plainHttp: config?.plainHttp ?? false,
    needsPassword: runtime.needsPassword,
    passwordKept: config === null || config.username === null ? 'none' : kept,
    canKeepPassword,
    passwordUnreadable: config !== null && runtime.passwordUnreadable,
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
 * Work that must not meet a round (the device's copy dropped): a round asked for meanwhile waits
 * for it, as it would for another round.
 */
async function withNoRound(runtime: SyncRuntime, work: () => Promise<void>): Promise<void> {
  while (runtime.running !== null) await runtime.running;
  runtime.running = work().finally(() => {
    runtime.running = null;
  });
  await runtime.running;
}

/**
 * Joins a hub: its address checked (HTTPS unless on this machine or the shop's network) and the
 * hub asked for its database before anything is written, so a wrong address or password changes
 * nothing. Then every document of the book is offered to it, the outbox starts noting writes and
 * the first round runs in the background; joining never deletes anything here. The password is
 * kept sealed on this device when it has a keyring. A book joined to another hub moves to this
 * one only when the call says the person confirmed it.
 */
export async function joinHub(ctx: ServiceContext, input: ParsedInput<'sync.join'>): Promise<Status> {
  const { url, plainHttp } = checkHubAddress(input.hub);
  const before = await readHubConfig(ctx.db);
  if (before !== null && before.url !== url && input.replaceHub !== true)
    throw AppError.saying('CONFLICT', 'syncHubChangeUnconfirmed', { hub: before.url });
  const config: HubConfig = {
    url,
    username: input.username === undefined || input.username === '' ? null : input.username,
    deviceName: input.deviceName,
    plainHttp,
    mode: (ctx.book?.currentKey() ?? null) === null ? 'plain' : 'sealed',
  };
  const runtime = runtimeOf(ctx);
  const given = input.password === undefined || input.password === '' ? null : input.password;
  // The same hub and login again (another name for this counter): the password held goes on, never to another hub.
  const sameLogin = before !== null && before.url === url && before.username === config.username;
  const password = given ?? (sameLogin ? await heldPassword(ctx, runtime) : null);
  const hub = hubOf(config, password);
  try {
    await hub.info();
  } catch (error) {
    throw hubError(error, url);
  } finally {
    await hub.close().catch(() => undefined);
  }
  // Another hub (or this book in another form, its protection changed) starts afresh, as leaving
  // and joining would: the old hub's copy holds what is not the new hub's to get (on a shared hub,
  // other books' documents too), and its checkpoints are the old hub's.
  const afresh = before !== null && (before.url !== url || before.mode !== config.mode);
  const write = async () => {
    await inTransaction(ctx.db, async (trx) => {
      if (afresh) {
        await stopOutbox(trx);
        await forgetHub(trx);
      }
      await writeHubConfig(trx, config);
      await nameCounter(trx, input.deviceName);
      await keepHubPassword(trx, ctx.sealer, config.username === null ? null : password);
      await offerAll(trx, await documentIds(trx));
      // A copy kept from an earlier membership of the same hub tells what was deleted while away;
      // one bound to another hub (or the book in another form) is made again at the next round.
      await writeSyncState(trx, rejoinedKey, '1');
      await startOutbox(trx);
    });
    if (afresh) await closeReplica(runtime);
  };
  if (afresh) await withNoRound(runtime, write);
  else await write();
  Object.assign(runtime, { password, passwordUnreadable: false, lastError: null, lastCheck: null, needsPassword: false });
  void runRound(ctx);
  return syncStatus(ctx);
}

/**
 * The hub's password given again (after a restart without a keyring, or when the hub refused the
 * one held): tried in a round, then kept as at joining. A password the hub refuses is not kept and
 * the call is refused, so the page never says "accepted" for it.
 */
export async function giveHubPassword(ctx: ServiceContext, input: ParsedInput<'sync.password'>): Promise<Status> {
  const config = await readHubConfig(ctx.db);
  if (config === null) throw AppError.saying('CONFLICT', 'syncNotJoined');
  const runtime = runtimeOf(ctx);
  // A round already under way went without the password: its refusal is not this password's.
  await runtime.running;
  const held = runtime.password;
  runtime.password = input.password;
  await runRound(ctx);
  const refused = runtime.lastError;
  if (refused?.code === 'UNAUTHORIZED') {
    runtime.password = held;
    throw AppError.saying('UNAUTHORIZED', 'syncHubRefused', { status: Number(refused.params?.status ?? 401) });
  }
  runtime.passwordUnreadable = false;
  if (config.username !== null) await keepHubPassword(ctx.db, ctx.sealer, input.password);
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

/**
 * Stops replicating: the outbox stops noting, the hub is forgotten with the password kept sealed
 * for it; the book keeps everything. The device's copy stays beside the book with the book's
 * checkpoint, so joining the same hub again sends as deletions what the book deleted meanwhile.
 */
export async function leaveHub(ctx: ServiceContext): Promise<Status> {
  if ((await readHubConfig(ctx.db)) === null) return syncStatus(ctx);
  const runtime = runtimeOf(ctx);
  await withNoRound(runtime, async () => {
    await inTransaction(ctx.db, async (trx) => {
      await stopOutbox(trx);
      await forgetHub(trx);
    });
    await closeReplica(runtime);
  });
  Object.assign(runtime, { password: null, passwordUnreadable: false, lastCheck: null, lastError: null, needsPassword: false });
  return syncStatus(ctx);
}

export async function syncConflicts(ctx: ServiceContext): Promise<CallOutput<'sync.conflicts'>> {
  const items = [];
  for (const conflict of await openConflicts(ctx.db)) items.push(await conflictItem(ctx.db, conflict));
  return { items };
}

export async function syncChangesOf(ctx: ServiceContext, input: ParsedInput<'sync.changesOf'>): Promise<CallOutput<'sync.changesOf'>> {
  return { items: (await syncConflicts(ctx)).items.filter((item) => item.customerId === input.customerId) };
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
