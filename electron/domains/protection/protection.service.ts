import crypto from 'node:crypto';
import type { CallOutput, ParsedInput } from '../../../shared/contract';
import type { ProtectionStatus } from '../../../shared/contract/protection.contract';
import { AppError } from '../../api/app-error';
import type { ServiceContext } from '../../api/context';
import type { BookSession } from './book-session';
import { switchBook } from './book-switch';
import { newBookKey, wrapKey } from '../encryption/key-wrap';
import { unwrapWith } from '../encryption/unwrap-with';
import { wrapLabel, type KeysFile } from '../encryption/keys-file';
import { newRecoveryCode, normalizeRecoveryCode } from '../encryption/recovery-code';
import { waitAfterWrongTries } from './unlock-attempts';
import { joinedHub } from '../../db/replication-marks';

/** Minutes without a call before a newly protected book locks itself. */
export const DEFAULT_IDLE_MINUTES = 10;

function sessionOf(ctx: ServiceContext): BookSession {
  if (ctx.book === undefined) throw AppError.saying('INVALID_INPUT', 'protectionUnavailable');
  return ctx.book;
}

/**
 * Protection is not switched while the book replicates: the hub's database holds the book as it
 * left (in the clear, or sealed under ids of this key), so the other mode would put every document
 * there twice, and the clear ones would stay beside the sealed. The owner stops syncing first, and
 * joins a new hub database afterwards (with the other counters given the book anew).
 */
async function refuseWhileSyncing(session: BookSession): Promise<void> {
  if (await joinedHub(session.db())) throw AppError.saying('CONFLICT', 'protectionWhileSyncing');
}

function keysOf(session: BookSession): KeysFile {
  const keys = session.keysFile();
  if (keys === null) throw AppError.saying('CONFLICT', 'protectionNotOn');
  return keys;
}

export function protectionStatus(ctx: ServiceContext): ProtectionStatus {
  const session = ctx.book;
  const keys = session?.keysFile() ?? null;
  const retryAt = keys?.retryAt ?? null;
  return {
    protected: keys !== null,
    locked: keys !== null && session?.locked === true,
    idleMinutes: keys?.idleMinutes ?? 0,
    keyringAvailable: session?.keyring.available() ?? false,
    autoUnlock: keys?.autoUnlock ?? false,
    failedAttempts: keys?.failedAttempts ?? 0,
    retryAt: retryAt !== null && new Date(retryAt).getTime() > ctx.now().getTime() ? retryAt : null,
  };
}

/**
 * The book's key from its passcode or recovery code. A wrong one is counted and makes the next
 * try wait (0, 0, 1, 2, 4 … s up to 5 min); the count and the wait are kept in the key file, so
 * restarting the app does not reset them.
 */
async function keyFromSecret(ctx: ServiceContext, session: BookSession, secret: string): Promise<Buffer> {
  const keys = keysOf(session);
  const now = ctx.now();
  if (keys.retryAt !== null && new Date(keys.retryAt).getTime() > now.getTime()) {
    const seconds = Math.ceil((new Date(keys.retryAt).getTime() - now.getTime()) / 1000);
    throw AppError.saying('UNAUTHORIZED', 'unlockWait', { seconds });
  }
  const key = await unwrapWith(keys, secret);
  if (key === null) {
    const failedAttempts = keys.failedAttempts + 1;
    const wait = waitAfterWrongTries(failedAttempts);
    session.saveKeys({ ...keys, failedAttempts, retryAt: wait === 0 ? null : new Date(now.getTime() + wait * 1000).toISOString() });
    throw AppError.saying('UNAUTHORIZED', 'passcodeWrong', { count: failedAttempts });
  }
  if (keys.failedAttempts > 0 || keys.retryAt !== null) session.saveKeys({ ...keys, failedAttempts: 0, retryAt: null });
  return key;
}

export async function enableProtection(
  ctx: ServiceContext,
  input: ParsedInput<'protection.enable'>,
): Promise<CallOutput<'protection.enable'>> {
  const session = sessionOf(ctx);
  if (session.isProtected) throw AppError.saying('CONFLICT', 'protectionAlreadyOn');
  await refuseWhileSyncing(session);
  const key = newBookKey();
  const bookId = crypto.randomUUID();
  const recoveryCode = newRecoveryCode();
  const [passcode, recovery] = await Promise.all([
    wrapKey(key, input.passcode, session.cost.passcode, wrapLabel(bookId, 'passcode')),
    wrapKey(key, normalizeRecoveryCode(recoveryCode) ?? recoveryCode, session.cost.recovery, wrapLabel(bookId, 'recovery')),
  ]);
  const keys: KeysFile = {
    version: 1,
    bookId,
    cipher: 'chacha20',
    passcode,
    recovery,
    idleMinutes: DEFAULT_IDLE_MINUTES,
    autoUnlock: false,
    failedAttempts: 0,
    retryAt: null,
  };
  await switchBook(session, { key, keys });
  return { recoveryCode, status: protectionStatus(ctx) };
}

export async function disableProtection(ctx: ServiceContext, input: ParsedInput<'protection.disable'>): Promise<ProtectionStatus> {
  const session = sessionOf(ctx);
  const keys = keysOf(session);
  await refuseWhileSyncing(session);
  await keyFromSecret(ctx, session, input.secret);
  await switchBook(session, { key: null, keys: null });
  session.keyring.forget(keys.bookId);
  return protectionStatus(ctx);
}

export async function changePasscode(ctx: ServiceContext, input: ParsedInput<'protection.changePasscode'>): Promise<ProtectionStatus> {
  const session = sessionOf(ctx);
  const key = await keyFromSecret(ctx, session, input.secret);
  const keys = keysOf(session);
  session.saveKeys({ ...keys, passcode: await wrapKey(key, input.passcode, session.cost.passcode, wrapLabel(keys.bookId, 'passcode')) });
  return protectionStatus(ctx);
}

export async function replaceRecoveryCode(
  ctx: ServiceContext,
  input: ParsedInput<'protection.newRecoveryCode'>,
): Promise<CallOutput<'protection.newRecoveryCode'>> {
  const session = sessionOf(ctx);
  const key = await keyFromSecret(ctx, session, input.secret);
  const keys = keysOf(session);
  const recoveryCode = newRecoveryCode();
  const recovery = await wrapKey(
    key,
    normalizeRecoveryCode(recoveryCode) ?? recoveryCode,
    session.cost.recovery,
    wrapLabel(keys.bookId, 'recovery'),
  );
  session.saveKeys({ ...keys, recovery });
  return { recoveryCode, status: protectionStatus(ctx) };
}

export async function unlockBook(ctx: ServiceContext, input: ParsedInput<'protection.unlock'>): Promise<ProtectionStatus> {
  const session = sessionOf(ctx);
  keysOf(session);
  if (!session.locked) return protectionStatus(ctx);
  const key = await keyFromSecret(ctx, session, input.secret);
  await session.open(key);
  return protectionStatus(ctx);
}

export async function lockBook(ctx: ServiceContext): Promise<ProtectionStatus> {
  const session = sessionOf(ctx);
  keysOf(session);
  await session.lock();
  return protectionStatus(ctx);
}

export function setProtectionOptions(ctx: ServiceContext, input: ParsedInput<'protection.setOptions'>): ProtectionStatus {
  const session = sessionOf(ctx);
  let keys = keysOf(session);
  if (input.idleMinutes !== undefined) keys = { ...keys, idleMinutes: input.idleMinutes };
  if (input.autoUnlock === true) {
    const key = session.currentKey();
    if (!session.keyring.available()) throw AppError.saying('CONFLICT', 'keyringUnavailable');
    if (key === null) throw AppError.saying('LOCKED', 'bookIsLocked');
    session.keyring.store(keys.bookId, key);
    keys = { ...keys, autoUnlock: true };
  }
  if (input.autoUnlock === false) {
    session.keyring.forget(keys.bookId);
    keys = { ...keys, autoUnlock: false };
  }
  session.saveKeys(keys);
  return protectionStatus(ctx);
}

/** True when the book has had no call for its idle minutes and one more (the page locks at its idle minutes; this is the backstop). */
export function idleLockDue(session: BookSession, nowMs: number): boolean {
  const keys = session.keysFile();
  if (keys === null || session.locked || keys.idleMinutes === 0) return false;
  return nowMs - session.lastCallAt > (keys.idleMinutes + 1) * 60_000;
}

/** Checks every 15 s whether the book should lock itself; `lockNow` goes through the dispatcher, so it waits for running calls. */
export function startIdleLock(session: BookSession, lockNow: () => Promise<unknown>): () => void {
  const timer = setInterval(() => {
    if (idleLockDue(session, Date.now())) void lockNow();
  }, 15_000);
  timer.unref();
  return () => clearInterval(timer);
}
